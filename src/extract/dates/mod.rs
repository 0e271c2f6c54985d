//! Temporal expressions, normalised to TIMEX3 values.
//!
//! Each sentence is cut once into tokens (words, digit runs, single
//! punctuation marks) with an accent-folded, lower-case form; the
//! `grammar` rules then start only at anchor tokens (a digit, a month or
//! weekday name, a unit of time, a relative word) and read forward. Every
//! match holds a strong token (a digit, a month, a unit...): a sentence
//! without one is passed over before it is cut (read eight bytes at a
//! time, a word looked up only when its shape fits), and a rule is tried only
//! where a strong token lies within its reach. Values
//! are resolved against the reference date by `calendar`, which picks the
//! year of an underspecified date from the tense of the clause (`tense`).
//! Spans leave out a leading preposition or article (`le`, `en`, `au`,
//! `d'ici`, `dès`, `depuis`) but keep what changes the value (`juillet
//! dernier`, `fin de 2025`, `cette année`, `il y a deux ans`).
//!
//! # Output
//!
//! Every candidate carries a [`DateValue`]:
//!
//! - `kind`: `DATE`, `TIME` (a time of day, `2024-05-30T14:30`, or a part
//!   of a day, a span of hours: `2024-05-29T18` .. `2024-05-29T23` for
//!   `hier soir`, read as TIMEX3 `2024-05-29TEV` and resolved by
//!   `grammar::part_hours` from `data/dates/dayparts.tsv`), `DURATION` (`P3Y`,
//!   `PT48H`, `PXY` for `plusieurs années`) or `SET` (`P1D` for `chaque
//!   jour`, `XXXX-WXX-1` for `chaque lundi`).
//! - `value`: the TIMEX3 value; unknown parts are `X` (`XXXX-11` with no
//!   reference date).
//! - `modifier`: `START`, `MID`, `END` for parts of a period (`fin de 2025`
//!   is `2025` with `END`), `AFTER` / `BEFORE` for open intervals (`à partir
//!   du 8 mars`, `avant 2020`: the bound is the value).
//! - `end_value`: for a closed interval (`du 3 au 5 mars`, `entre 2019 et
//!   2021`, `de janvier à mars`, `fin mars`), `value` is its first unit and
//!   `end_value` its last one, **inclusive** (`2024-03-03` .. `2024-03-05`).
//!   A part of a month or of a week resolves to such a span of days
//!   (`début mars` is `2024-03-01` .. `2024-03-10` with `START`), so that
//!   a timeline can place it; a part of a year keeps the TIMEX3 form.
//!
//! Anaphoric expressions (`la veille`, `le lendemain`, `deux jours plus
//! tard`, `l'année suivante`, `cette année-là`) count from the last date
//! the text named before them, as a reader does; only with none do they
//! fall back on the reference date (or are left out, for `-là`).
//!
//! Without a reference date, relative expressions keep their unknown parts
//! (`XXXX-XX-XX` for `demain`) and vague ones their `*_REF` value.

mod calendar;
mod grammar;
mod tense;
#[cfg(test)]
mod tests;

use crate::lexicon::FastMap;
use crate::text::is_letter;
use std::cell::Cell;
use std::sync::LazyLock;

use super::{Candidate, DateValue, Doc, Extractor, Found, Kind};

/// Finds temporal expressions.
#[derive(Debug, Default)]
pub struct DateExtractor {}

impl DateExtractor {
    /// Builds the extractor.
    pub fn new() -> DateExtractor {
        DateExtractor {}
    }
}

impl Extractor for DateExtractor {
    fn kind(&self) -> Kind {
        Kind::Dates
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        find_dates(doc, out, false);
    }
}

/// Finds the dates of `doc`. With `every_rule`, every rule is tried at
/// every anchor of every sentence, as the rules alone decide: the tests
/// check that the sets of rules that may start at a token, and the strong
/// words a sentence needs, leave the output as it is.
fn find_dates(doc: &Doc<'_>, out: &mut Vec<Candidate>, every_rule: bool) {
    // Room for a long sentence: the buffers are not grown step by step
    // in every document.
    let mut toks = Vec::with_capacity(128);
    let mut folded_bytes = Vec::with_capacity(1024);
    let mut buf = String::new();
    let mut numbers = Vec::with_capacity(128);
    // The room of each sentence's folded forms, handed on to the next.
    let mut spare_words: Vec<&'static str> = Vec::with_capacity(128);
    let mut last = None;
    for range in doc.sentences {
        let Some(sentence) = doc.text.get(range.clone()) else {
            continue;
        };
        // No rule matches in a sentence without a strong word or a
        // number that may be part of a date: most are told so before
        // they are cut into tokens.
        if !(every_rule || may_hold_date(sentence, &mut buf)) {
            continue;
        }
        toks.clear();
        folded_bytes.clear();
        let strong = tokenize(
            sentence,
            range.start,
            &mut toks,
            &mut folded_bytes,
            true,
        );
        // No rule matches in a sentence without a strong token.
        if !(strong || every_rule) {
            continue;
        }
        // Whole characters went in: checked once per sentence.
        let Ok(folded) = std::str::from_utf8(&folded_bytes) else {
            continue;
        };
        // The folded form of each token, cut once: the forms follow one
        // another in `folded`.
        let mut rest = folded;
        let mut words = recycle(std::mem::take(&mut spare_words));
        words.extend(toks.iter().map(|t| {
            let (w, after) = rest
                .split_at_checked(t.norm.1 - t.norm.0)
                .unwrap_or((rest, ""));
            rest = after;
            w
        }));
        if every_rule {
            for i in 0..toks.len() {
                let s = Sentence {
                    text: doc.text,
                    toks: &toks,
                    words: &words,
                    numbers: &[],
                };
                let rules = grammar::every_rule(&s, i);
                toks[i].rules = rules;
                // Every token strong: no rule is left out for want of a
                // strong token near its start.
                toks[i].strong = true;
            }
        }
        numbers.clear();
        numbers.resize(toks.len(), Cell::new(None));
        let s = Sentence {
            text: doc.text,
            toks: &toks,
            words: &words,
            numbers: &numbers,
        };
        grammar::scan(&s, doc.reference_date, &mut last, &mut |mut c| {
            let v = &mut c.value;
            grammar::part_hours(v);
            if calendar::within_iso(&mut v.value)
                && v.end_value.as_mut().is_none_or(calendar::within_iso)
            {
                out.push(Candidate {
                    start: c.start,
                    end: c.end,
                    found: Found::Date(Box::new(c.value)),
                })
            }
        });
        spare_words = recycle(words);
    }
}

/// `v`'s room, emptied, for references of another lifetime: a sentence's
/// folded forms borrow its buffer, which the next sentence refills.
/// Nothing is converted (the vector is empty), and the standard library
/// keeps the allocation when the element types are alike.
fn recycle<'b>(mut v: Vec<&str>) -> Vec<&'b str> {
    v.clear();
    v.into_iter().map(|_| "").collect()
}

/// A date found in a sentence, in byte offsets into the document.
struct Hit {
    start: usize,
    end: usize,
    value: DateValue,
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other visible character.
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Copy, Debug)]
struct Tok {
    /// Byte offsets into the document.
    start: usize,
    end: usize,
    /// Byte range of the folded form in [`Sentence::folded`].
    norm: (usize, usize),
    kind: TokKind,
    /// Whether white space comes right before the token.
    space_before: bool,
    /// Whether the token starts with an upper-case letter.
    upper: bool,
    /// The rules that may start at the token.
    rules: grammar::RuleSet,
    /// Whether the token is strong (see [`grammar::classify`]).
    strong: bool,
}

/// A tokenized sentence.
struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Tok],
    /// The folded form of each token.
    words: &'a [&'a str],
    /// The number read at each token, once asked for (`None` until then).
    numbers: &'a [NumberMemo],
}

/// A memo of `grammar`'s number reader at one token: `None` until asked,
/// then its answer (value and end token, or none).
type NumberMemo = Cell<Option<Option<(f64, usize)>>>;

impl Sentence<'_> {
    /// The folded form of token `i`, or `""` past the end.
    fn w(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The original text from token `i` on.
    fn rest(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.text.get(t.start..)).unwrap_or("")
    }
}

/// Cuts `sentence` (at byte `base` of the document) into tokens, writing
/// their folded forms to `folded`. With `classify`, each token gets the
/// rules that may start at it, and the answer says whether a token is
/// strong (see [`grammar::classify`]); the phrase tables, which those
/// rules are built from, are cut without.
///
/// Tokens are words (runs of letters), digit runs and single other
/// signs; white space separates them. Runs of ASCII letters and digits
/// are measured eight bytes at a time ([`run_end`]); a character outside
/// ASCII is decoded and folded on its own (a letter goes on the word
/// around it).
fn tokenize(
    sentence: &str,
    base: usize,
    toks: &mut Vec<Tok>,
    folded: &mut Vec<u8>,
    classify: bool,
) -> bool {
    let bytes = sentence.as_bytes();
    let mut space = true;
    let mut strong = false;
    let mut p = 0;
    while let Some(&b) = bytes.get(p) {
        let start = p;
        let n0 = folded.len();
        let (kind, upper, rules, st);
        match BYTE_CLASS[usize::from(b)] {
            DIGIT => {
                p = copy_run(bytes, p, folded, digit_bytes);
                (kind, upper) = (TokKind::Num, false);
                (rules, st) = if classify {
                    (grammar::NUM_RULES, true)
                } else {
                    (0, false)
                };
            }
            LETTER => {
                let (end, mixed, key) = word(sentence, p, folded);
                p = end;
                (kind, upper) = (TokKind::Word, b.is_ascii_uppercase());
                (rules, st) = if !classify {
                    (0, false)
                } else {
                    let w = folded.get(n0..).unwrap_or(&[]);
                    classify_word(w, key, upper, mixed)
                };
            }
            OTHER => {
                p += 1;
                if char::from(b).is_whitespace() {
                    space = true;
                    continue;
                }
                folded.push(b);
                (kind, upper, rules, st) = (TokKind::Punct, false, 0, false);
            }
            _ => {
                let Some(c) = sentence.get(p..).and_then(|r| r.chars().next())
                else {
                    break;
                };
                if c.is_whitespace() {
                    p += c.len_utf8();
                    space = true;
                    continue;
                }
                if is_letter(c) {
                    (p, _, _) = word(sentence, p, folded);
                    (kind, upper) = (TokKind::Word, c.is_uppercase());
                    (rules, st) = if classify {
                        let w = folded.get(n0..).unwrap_or(&[]);
                        classify_word(w, None, upper, true)
                    } else {
                        (0, false)
                    };
                } else {
                    p += c.len_utf8();
                    fold_char_bytes(c, folded);
                    (kind, upper, rules, st) =
                        (TokKind::Punct, false, 0, false);
                }
            }
        }
        strong |= st;
        toks.push(Tok {
            start: base + start,
            end: base + p,
            norm: (n0, folded.len()),
            kind,
            space_before: space,
            upper,
            rules,
            strong: st,
        });
        // Most tokens are followed by one space: read here, as the next
        // turn would read it.
        space = bytes.get(p) == Some(&b' ');
        p += usize::from(space);
    }
    strong
}

/// [`grammar::classify`] for a word folded to the bytes `w`: `key` is
/// the word packed, when [`word`] packed it, and `mixed` whether it may
/// hold other bytes than lower-case ASCII letters.
#[inline(always)]
fn classify_word(
    w: &[u8],
    key: Option<u64>,
    upper: bool,
    mixed: bool,
) -> (grammar::RuleSet, bool) {
    if !mixed {
        // A word folded to lower-case ASCII letters: packed here if
        // [`word`] did not.
        let key = key.or_else(|| grammar::pack(w));
        return grammar::classify_ascii(w, key, upper);
    }
    let Ok(w) = std::str::from_utf8(w) else {
        return (0, false);
    };
    let plain = w.bytes().all(|b| b.is_ascii_lowercase());
    grammar::classify(w, upper, plain)
}

/// Reads the word that opens at byte `pos` of `sentence` (on a letter),
/// folding it to `folded`: runs of ASCII letters, lower-cased eight bytes
/// at a time, and the letters outside ASCII between them. Returns where
/// the word ends, whether a letter went into it that does not fold to
/// lower-case ASCII (`é` folds to `e`, `ß` stays), and, for a
/// word of at most eight ASCII letters read in one go, the word packed as
/// [`grammar::classify_ascii`] takes it.
#[inline(always)]
fn word(
    sentence: &str,
    mut pos: usize,
    folded: &mut Vec<u8>,
) -> (usize, bool, Option<u64>) {
    let bytes = sentence.as_bytes();
    // Most words: ASCII letters, then a byte of no word, all in the
    // first eight bytes.
    if let Some(w) = load8(bytes, pos) {
        let letters = letter_bytes(w);
        let out = !letters & HIGH;
        let k = (out.trailing_zeros() / 8) as usize;
        if k > 0 && k < 8 && w >> (8 * k) & 0x80 == 0 {
            let lower = w | letters >> 2;
            let n = folded.len();
            folded.extend_from_slice(&lower.to_le_bytes());
            folded.truncate(n + k);
            let key = lower & (u64::MAX >> (64 - 8 * k));
            return (pos + k, false, Some(key));
        }
    }
    let mut mixed = false;
    loop {
        pos = copy_run(bytes, pos, folded, letter_bytes);
        match bytes.get(pos) {
            // An accented letter of French: folded through the table.
            Some(0xC3) => {
                let fold = bytes
                    .get(pos + 1)
                    .and_then(|&b| LATIN_FOLD.get(usize::from(b & 0x3f)))
                    .filter(|f| !f.is_empty());
                if let Some(f) = fold {
                    // Most fold to one letter: pushed, not copied.
                    match f.as_bytes() {
                        &[b] => folded.push(b),
                        f => folded.extend_from_slice(f),
                    }
                    pos += 2;
                    continue;
                }
            }
            Some(b) if !b.is_ascii() => {}
            _ => return (pos, mixed, None),
        }
        let Some(c) = sentence.get(pos..).and_then(|r| r.chars().next())
        else {
            return (pos, mixed, None);
        };
        if !is_letter(c) {
            return (pos, mixed, None);
        }
        let n = folded.len();
        fold_char_bytes(c, folded);
        mixed |= !folded
            .get(n..)
            .is_some_and(|f| f.iter().all(u8::is_ascii_lowercase));
        pos += c.len_utf8();
    }
}

/// The high bit of each byte of `w` that is ASCII but neither a letter
/// nor a digit: a space or a sign between words.
#[inline]
fn other_bytes(w: u64) -> u64 {
    !(letter_bytes(w) | digit_bytes(w) | w) & HIGH
}

/// Where the run of bytes that `class` marks (see [`letter_bytes`]),
/// from `pos` on, ends: eight bytes at a time, then byte by byte.
#[inline]
fn run_end(bytes: &[u8], mut pos: usize, class: fn(u64) -> u64) -> usize {
    while let Some(w) = load8(bytes, pos) {
        let out = !class(w) & HIGH;
        if out != 0 {
            return pos + (out.trailing_zeros() / 8) as usize;
        }
        pos += 8;
    }
    while let Some(&b) = bytes.get(pos) {
        if class(u64::from(b)) & 0x80 == 0 {
            break;
        }
        pos += 1;
    }
    pos
}

/// Copies the run of bytes that `class` marks (see [`letter_bytes`]),
/// from `pos` on, to `folded`, letters lower-cased; returns where it
/// ends. Eight bytes at a time, then byte by byte.
#[inline]
fn copy_run(
    bytes: &[u8],
    mut pos: usize,
    folded: &mut Vec<u8>,
    class: fn(u64) -> u64,
) -> usize {
    while let Some(w) = load8(bytes, pos) {
        let marked = class(w);
        let k = ((!marked & HIGH).trailing_zeros() / 8) as usize;
        // A digit has the 0x20 bit set already.
        let lower = w | marked >> 2;
        let n = folded.len();
        folded.extend_from_slice(&lower.to_le_bytes());
        folded.truncate(n + k);
        pos += k;
        if k < 8 {
            return pos;
        }
    }
    while let Some(&b) = bytes.get(pos) {
        if class(u64::from(b)) & 0x80 == 0 {
            break;
        }
        folded.push(b | 0x20);
        pos += 1;
    }
    pos
}

/// The word at `range` of `bytes`, of one to eight bytes, packed as
/// [`grammar::pack`] packs it: in one load, masked to its length, where
/// eight bytes follow its start.
#[inline]
fn pack_at(bytes: &[u8], range: std::ops::Range<usize>) -> Option<u64> {
    let len = range.len();
    if len == 0 || len > 8 {
        return None;
    }
    match load8(bytes, range.start) {
        Some(w) => Some(w & (u64::MAX >> (64 - 8 * len))),
        None => grammar::pack(bytes.get(range)?),
    }
}

/// The eight bytes of `bytes` from `pos` on, little-endian, if there are
/// eight.
#[inline]
fn load8(bytes: &[u8], pos: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(pos..pos + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// One in every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` that is an ASCII letter. With the
/// high bits cleared and the 0x20 bit set (a letter in lower case), no
/// byte carries into the next when 0x1f or 0x05 is added: the sums cross
/// 0x80 exactly from `a` and from past `z` on.
#[inline]
fn letter_bytes(w: u64) -> u64 {
    let low = (w & !HIGH) | (0x20 * ONES);
    let from_a = low + 0x1f * ONES;
    let past_z = low + 0x05 * ONES;
    from_a & !past_z & !w & HIGH
}

/// The high bit of each byte of `w` that is an ASCII digit (see
/// [`letter_bytes`]).
#[inline]
fn digit_bytes(w: u64) -> u64 {
    let low = w & !HIGH;
    let from_0 = low + 0x50 * ONES;
    let past_9 = low + 0x46 * ONES;
    from_0 & !past_9 & !w & HIGH
}

/// [`tokenize`] written character by character, word by word: the
/// tests check that both cut and fold alike.
#[cfg(test)]
fn tokenize_by_char(
    sentence: &str,
    base: usize,
    toks: &mut Vec<Tok>,
    folded: &mut String,
    classify: bool,
) -> bool {
    let bytes = sentence.as_bytes();
    let mut pos = 0;
    let mut space = true;
    let mut strong = false;
    while let Some(&b) = bytes.get(pos) {
        let start = pos;
        let n0 = folded.len();
        let (kind, upper);
        let mut plain = true;
        if b.is_ascii() {
            if char::from(b).is_whitespace() {
                space = true;
                pos += 1;
                continue;
            }
            if b.is_ascii_digit() {
                pos += ascii_run(bytes, pos, |b| b.is_ascii_digit());
                folded.push_str(sentence.get(start..pos).unwrap_or(""));
                (kind, upper) = (TokKind::Num, false);
            } else if b.is_ascii_alphabetic() {
                (pos, plain) = word_rest(sentence, pos, folded);
                (kind, upper) = (TokKind::Word, b.is_ascii_uppercase());
            } else {
                folded.push(char::from(b));
                pos += 1;
                (kind, upper) = (TokKind::Punct, false);
            }
        } else {
            let Some(c) = sentence.get(pos..).and_then(|r| r.chars().next())
            else {
                break;
            };
            pos += c.len_utf8();
            if c.is_whitespace() {
                space = true;
                continue;
            }
            fold_char(c, folded);
            upper = c.is_uppercase();
            if is_letter(c) {
                let rest_plain;
                (pos, rest_plain) = word_rest(sentence, pos, folded);
                plain = rest_plain && lower_ascii(folded, n0);
                kind = TokKind::Word;
            } else {
                kind = TokKind::Punct;
            }
        }
        let (rules, st) = match kind {
            _ if !classify => (0, false),
            TokKind::Num => (grammar::NUM_RULES, true),
            TokKind::Word => {
                let w = folded.get(n0..).unwrap_or("");
                grammar::classify(w, upper, plain)
            }
            TokKind::Punct => (0, false),
        };
        strong |= st;
        toks.push(Tok {
            start: base + start,
            end: base + pos,
            norm: (n0, folded.len()),
            kind,
            space_before: space,
            upper,
            rules,
            strong: st,
        });
        space = false;
    }
    strong
}

/// Whether a rule may match in `sentence`: whether it may hold a word
/// whose folded form is strong ([`grammar::classify`]) and not a large
/// number such as `millions` ([`grammar::is_strong`]), or a digit run
/// that may be part of a date without one ([`number_may_date`]). Every
/// match holds a strong token; a sentence with neither has none a rule
/// can use. The season `été` counts only where the season rule may read
/// it ([`summer_may_date`]): it is most often the participle of `être`.
///
/// The sentence is read eight bytes at a time: each digit run is checked
/// where it opens; the digits and the ASCII signs and spaces, which end
/// every word, cut it into stretches. A stretch of ASCII letters is one
/// word, checked by its first and last letters and its length, then
/// looked up; a stretch with bytes outside ASCII is read by
/// [`stretch_may_hold_date`], as the tokenizer would cut it.
fn may_hold_date(sentence: &str, buf: &mut String) -> bool {
    let bytes = sentence.as_bytes();
    let n = bytes.len();
    // The current stretch opens at `seg`; the last byte outside ASCII
    // before `pos` is at `wide_end - 1` (none when `wide_end` is 0).
    let (mut seg, mut wide_end) = (0, 0);
    let mut pos = 0;
    let shapes = grammar::strong_shapes();
    let letters = &*LATIN_LETTER;
    while pos < n {
        let w = load8_padded(bytes, pos);
        let digits = digit_bytes(w);
        if digits != 0 && numbers_may_date(sentence, pos, digits) {
            return true;
        }
        let wide = w & HIGH;
        // The ASCII bytes of no letter (signs, spaces, digits): what
        // [`other_bytes`] and `digits` mark.
        let mut ends = !(letter_bytes(w) | w) & HIGH;
        while ends != 0 {
            let k = ends.trailing_zeros() / 8;
            let end = pos + k as usize;
            if end > seg {
                // Whether a byte outside ASCII lies in the stretch: the
                // last one before `end`, in these eight bytes or before.
                let wide_here = if wide == 0 {
                    wide_end > seg
                } else {
                    let below = wide & ((1 << (8 * k)) - 1);
                    let wide_end_here = if below == 0 {
                        wide_end
                    } else {
                        pos + (64 - below.leading_zeros() as usize) / 8
                    };
                    wide_end_here > seg
                };
                if stretch_strong(
                    sentence,
                    seg..end.min(n),
                    wide_here,
                    (shapes, letters),
                    buf,
                ) {
                    return true;
                }
            }
            seg = end + 1;
            ends &= ends - 1;
        }
        if wide != 0 {
            wide_end = pos + (64 - wide.leading_zeros() as usize) / 8;
        }
        pos += 8;
    }
    seg < n
        && stretch_strong(
            sentence,
            seg..n,
            wide_end > seg,
            (shapes, letters),
            buf,
        )
}

/// Whether the stretch `range` of `sentence` (letters and bytes outside
/// ASCII, between two ASCII signs) may hold a strong word; `wide` tells
/// whether it holds bytes outside ASCII; `shapes` is the table of
/// [`grammar::may_be_strong`], `letters` [`LATIN_LETTER`]. Most stretches
/// with bytes outside ASCII are one word with accented letters, told by
/// its shape ([`accented_word_shape`]) before any call.
#[inline(always)]
fn stretch_strong(
    sentence: &str,
    range: std::ops::Range<usize>,
    wide: bool,
    (shapes, letters): (&[u32; 1024], &[u8; 64]),
    buf: &mut String,
) -> bool {
    if wide {
        return match accented_word_shape(
            sentence.as_bytes(),
            range.clone(),
            letters,
        ) {
            Some((first, last, len)) => {
                // One word: read in full only where its shape is strong.
                grammar::shaped_strong(shapes, first, last, len)
                    && read_wide_stretch(sentence, range, buf)
            }
            None => wide_stretch_strong(sentence, range, shapes, buf),
        };
    }
    let Some(word) = sentence.as_bytes().get(range.clone()) else {
        return true;
    };
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return false;
    };
    if !grammar::shaped_strong(shapes, first | 0x20, last | 0x20, word.len()) {
        return false;
    }
    let key = pack_at(sentence.as_bytes(), range.clone());
    ascii_word_strong(word, key, buf)
        && (word.len() != 3
            || word_may_date(
                sentence,
                range.start,
                range.end,
                &word.to_ascii_lowercase(),
            ))
}

/// The folded first and last letters and the folded length of the
/// stretch `range` of `bytes` when it is one word of ASCII letters and of
/// the accented letters of French that fold to one letter (two bytes,
/// `C3` and one that [`LATIN_LETTER`], here `letters`, folds): what
/// [`latin_shapes_weak`] reads of such a stretch, without a call. `None`
/// for any other stretch (one with a sign that cuts words, such as `’`
/// or `«`, or with another character outside ASCII), which is read in
/// full. Only the bytes outside ASCII are visited, found eight bytes at
/// a time.
#[inline(always)]
fn accented_word_shape(
    bytes: &[u8],
    range: std::ops::Range<usize>,
    letters: &[u8; 64],
) -> Option<(u8, u8, usize)> {
    let (start, end) = (range.start, range.end);
    let mut accents = 0;
    let mut i = start;
    'chunks: while i < end {
        let mut high = load8_padded(bytes, i) & HIGH;
        if end - i < 8 {
            high &= (1 << (8 * (end - i))) - 1;
        }
        while high != 0 {
            let k = i + (high.trailing_zeros() / 8) as usize;
            // An accented letter: `C3` and a byte of 80 to BF, which a
            // valid string holds after it.
            if bytes.get(k) != Some(&0xC3) {
                return None;
            }
            let next = *bytes.get(k + 1)?;
            if letters[usize::from(next & 0x3f)] == 0 {
                return None;
            }
            accents += 1;
            // Past both bytes of the letter.
            let past = k + 2 - i;
            if past >= 8 {
                i = k + 2;
                continue 'chunks;
            }
            high &= u64::MAX << (8 * past);
        }
        i += 8;
    }
    let fold = |b: u8, next: Option<&u8>| match b {
        b if b.is_ascii() => Some(b | 0x20),
        _ => Some(letters[usize::from(next? & 0x3f)]),
    };
    let first = fold(*bytes.get(start)?, bytes.get(start + 1))?;
    // The last byte is ASCII, or the second byte of an accented letter.
    let last = *bytes.get(end.checked_sub(1)?)?;
    let last = fold(last, Some(&last))?;
    Some((first, last, end.checked_sub(start + accents)?))
}

/// [`stretch_strong`] for a stretch with bytes outside ASCII: most are
/// told by the shapes of their words ([`latin_shapes_weak`]) before any
/// is folded.
#[inline(never)]
fn wide_stretch_strong(
    sentence: &str,
    range: std::ops::Range<usize>,
    shapes: &[u32; 1024],
    buf: &mut String,
) -> bool {
    // A stretch opens and ends next to ASCII bytes (or at the ends of the
    // sentence): on character boundaries, where the bytes are cut as the
    // characters are.
    if sentence.as_bytes().get(range.clone()).is_none() {
        return true;
    }
    if latin_shapes_weak(sentence.as_bytes(), range.clone(), shapes) {
        return false;
    }
    read_wide_stretch(sentence, range, buf)
}

/// [`wide_stretch_strong`] past the shapes: the stretch `range` of
/// `sentence` (on character boundaries) read word by word.
#[inline(never)]
fn read_wide_stretch(
    sentence: &str,
    range: std::ops::Range<usize>,
    buf: &mut String,
) -> bool {
    latin_stretch_strong(sentence, range.clone())
        .unwrap_or_else(|| stretch_may_hold_date(sentence, range, buf))
}

/// Whether no word of `stretch`, cut as [`latin_stretch_strong`] cuts
/// it, has the shape of a strong word ([`grammar::shaped_strong`] with
/// `shapes`): its first and last letters and its length, folded, read
/// on the bytes with no word written out. Only for the stretches of
/// ASCII letters and of the accented letters of French that fold to one
/// letter ([`LATIN_LETTER`]); `false` for any other, which is read in
/// full.
///
/// The stretch is `range` of `text`. Only its bytes outside ASCII are
/// visited, found eight bytes at a time (read on past the stretch in
/// `text`, and masked): a word's length is its bytes less one per
/// accented letter, and only its first and last letters are folded.
fn latin_shapes_weak(
    text: &[u8],
    range: std::ops::Range<usize>,
    shapes: &[u32; 1024],
) -> bool {
    let Some(stretch) = text.get(range.clone()) else {
        return false;
    };
    let letters = &*LATIN_LETTER;
    // The folded letter at byte `q` of a word, and the one that ends at
    // byte `q` (exclusive): an ASCII letter, or an accented one, its two
    // bytes C3 and the byte `LATIN_LETTER` reads.
    let at = |q: usize| match stretch[q] {
        b if b.is_ascii() => b | 0x20,
        _ => letters[usize::from(stretch[q + 1] & 0x3f)],
    };
    let before = |q: usize| match stretch[q - 1] {
        b if b.is_ascii() => b | 0x20,
        b => letters[usize::from(b & 0x3f)],
    };
    // Whether the word `start..end`, with `accents` accented letters, has
    // a strong shape.
    let strong = |start: usize, end: usize, accents: usize| {
        end > start
            && grammar::shaped_strong(
                shapes,
                at(start),
                before(end),
                end - start - accents,
            )
    };
    let (mut start, mut accents) = (0, 0);
    let mut i = 0;
    while i < stretch.len() {
        let pos = range.start + i;
        let mut high =
            load8(text, pos).unwrap_or_else(|| load8_padded(text, pos)) & HIGH;
        if let Some(left @ 0..8) = stretch.len().checked_sub(i) {
            high &= (1 << (8 * left)) - 1;
        }
        if high == 0 {
            i += 8;
            continue;
        }
        let k = i + (high.trailing_zeros() / 8) as usize;
        let next = stretch.get(k + 1).copied().unwrap_or(0);
        let cut = match stretch[k] {
            0xC3 if letters[usize::from(next & 0x3f)] != 0 => {
                accents += 1;
                i = k + 2;
                continue;
            }
            0xC2 if matches!(next, 0xA0 | 0xAB | 0xBB) => 2,
            0xE2 if stretch.get(k + 1..k + 3) == Some(&[0x80, 0x99]) => 3,
            _ => return false,
        };
        if strong(start, k, accents) {
            return false;
        }
        (start, accents) = (k + cut, 0);
        i = start;
    }
    !strong(start, stretch.len(), accents)
}

/// [`number_may_date`] for each digit run of `sentence` that opens among
/// the eight bytes from `pos` on, whose digits `digits` marks
/// ([`digit_bytes`]).
#[inline(never)]
fn numbers_may_date(sentence: &str, pos: usize, digits: u64) -> bool {
    let bytes = sentence.as_bytes();
    let mut left = digits;
    while left != 0 {
        let start = pos + (left.trailing_zeros() / 8) as usize;
        left &= left - 1;
        // A run is checked once, where it opens.
        let opens = start == 0 || !bytes[start - 1].is_ascii_digit();
        if opens && number_may_date(sentence, start) {
            return true;
        }
    }
    false
}

/// Whether the digit run that opens at byte `start` of `sentence` may be
/// part of a date in a sentence with no strong word.
///
/// Read off the rules of `grammar`: where no word is strong (no month,
/// weekday, season, unit such as `h`, `ans` or `siècle`, part of the day,
/// cardinal word but `un`, `une` and the large ones that no rule reads
/// alone, word of a fixed phrase: see [`grammar::is_strong`]), every rule
/// that reads such a word fails, and a match needs one of these numbers:
///
/// - four digits: a year (`year4`, read by `year_rule`, by `part` for
///   `fin 2024`, by `ordinal_rule` for `T1 2024`, by `numeric_date` for
///   `14/Jul/2023`) or the year of `2024-05-26` (`numeric_date`);
/// - a day, one or two digits of 1 to 31, after the word `le` or `du`
///   (`bare_day`: `le 16`, `à partir du 3`; `date_points`: `du 3 au 5`,
///   `entre le 13 et le 18`), or before a month in digits, one or two
///   of 1 to 12, after `/`, `.` or a dash (`17/02`, `3.3.2023`) or after
///   white space (`le 20 02 14`), all glued but the white space
///   (`numeric_date`);
/// - any number right before `:` and a digit (`15:30`: `clock`, read by
///   `time_alone`) or before a prime (`2'`, `1"`: `duration`); the
///   number reader ends on a digit, so the run before the sign is the
///   last one of the number.
///
/// Words and white space are read as the tokenizer reads them: `le` and
/// `du` are the words that fold to them (`Lé`, `DÛ`), and white space is
/// any that `char::is_whitespace` takes.
fn number_may_date(sentence: &str, start: usize) -> bool {
    let bytes = sentence.as_bytes();
    let run = |p: usize| {
        bytes
            .get(p..)
            .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
    };
    // The value of the run at `p`, when it has one or two digits.
    let short = |p: usize| match bytes.get(p..p + run(p)) {
        Some(d @ ([_] | [_, _])) => {
            Some(d.iter().fold(0, |v, &b| v * 10 + u32::from(b - b'0')))
        }
        _ => None,
    };
    let end = start + run(start);
    let after = sentence.get(end..).unwrap_or("");
    // `15:30`; `2'`, `2’`, `1"`: every sign that folds to `'` or is `"`.
    if matches!(after.as_bytes(), [b':', d, ..] if d.is_ascii_digit())
        || after.starts_with(['\'', '"', '’', 'ʼ', '‘'])
    {
        return true;
    }
    match end - start {
        4 => return true,
        1 | 2 => {}
        _ => return false,
    }
    if !short(start).is_some_and(|d| (1..=31).contains(&d)) {
        return false;
    }
    let month = |p: usize| short(p).is_some_and(|m| (1..=12).contains(&m));
    // `17/02`, `3.3.2023`, `12-03-2024`: a sign that folds to `/`, `.`
    // or `-`, glued on both sides.
    if let Some(c) = after.chars().next()
        && matches!(c, '/' | '.' | '-' | '‐' | '‑' | '–' | '—')
        && month(end + c.len_utf8())
    {
        return true;
    }
    // `le 20 02 14`.
    let gap = after.len() - after.trim_start().len();
    if gap > 0 && month(end + gap) {
        return true;
    }
    // `le 16`, `du 3`: the word before, over white space.
    let mut back = sentence.get(..start).unwrap_or("").trim_end().chars();
    let (second, first) = (back.next_back(), back.next_back());
    let before = back.next_back();
    let e = |c| {
        matches!(c, 'e' | 'E' | 'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë')
    };
    let u = |c| matches!(c, 'u' | 'U' | 'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü');
    let word = match (first, second) {
        (Some('l' | 'L'), Some(c)) => e(c),
        (Some('d' | 'D'), Some(c)) => u(c),
        _ => false,
    };
    word && !before.is_some_and(is_letter)
}

/// Whether the word of ASCII letters `word`, of a strong shape, is
/// strong once lower-cased; `key` is the word packed ([`grammar::pack`]),
/// when it has eight bytes or fewer.
#[inline(never)]
fn ascii_word_strong(word: &[u8], key: Option<u64>, buf: &mut String) -> bool {
    match key {
        // Lower-cased: the 0x20 bit set in each of its bytes.
        Some(key) => grammar::is_strong_packed(
            key | ((0x20 * ONES) & (u64::MAX >> (64 - 8 * word.len()))),
        ),
        None => {
            buf.clear();
            buf.extend(word.iter().map(|&b| char::from(b | 0x20)));
            grammar::is_strong(buf)
        }
    }
}

/// Whether the strong word at `start..end` of `sentence`, folded to
/// `folded`, lets the sentence through: `été` only where the season
/// rule may read it ([`summer_may_date`]), and the abbreviation of a
/// weekday (`sam`, `mer`) only with its full stop glued after it, as
/// `grammar::weekday_name` reads it (no other rule reads one).
fn word_may_date(
    sentence: &str,
    start: usize,
    end: usize,
    folded: &[u8],
) -> bool {
    if folded.len() != 3 {
        return true;
    }
    if folded == b"ete" {
        return summer_may_date(sentence, start, end);
    }
    let abbreviation = std::str::from_utf8(folded).is_ok_and(|w| {
        WEEKDAYS.get(w).is_some_and(|v| v.get(1) == Some(&"a"))
    });
    !abbreviation || sentence.as_bytes().get(end) == Some(&b'.')
}

/// Whether the word at `start..end` of `sentence`, which folds to `ete`,
/// stands where `grammar::season` may read it without a year (a year
/// is four digits, which [`number_may_date`] lets through): most are the
/// participle of `être` (`a été`, `ont été`), which no rule reads.
///
/// Read off the rule, which needs a cue: `ce`, `cet` or `cette` before
/// the season (`cet été`, `cet été-là`), `en` or `au` before it (`en
/// été`), `l` and an apostrophe before it (`l'été`, `de l'été`), or a
/// relative word after it (`été dernier`, `été qui vient`, `été en
/// cours`, `été à venir`: `rel_word`). A capital (`Été`) after another
/// token of the sentence is read only with a year. Tokens are cut and
/// folded as [`tokenize`] cuts and folds them.
#[inline(never)]
fn summer_may_date(sentence: &str, start: usize, end: usize) -> bool {
    let before = sentence.get(..start).unwrap_or("");
    let after = sentence.get(end..).unwrap_or("");
    let (prev, rest) = token_before(before);
    let upper = sentence
        .get(start..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase);
    if upper && !prev.is_empty() {
        return false;
    }
    match prev.as_str() {
        "ce" | "cet" | "cette" | "en" | "au" => return true,
        "'" if token_before(rest).0 == "l" => return true,
        _ => {}
    }
    let (next, rest) = token_after(after);
    match next.as_str() {
        "dernier" | "derniere" | "derniers" | "dernieres" | "passe"
        | "passee" | "passes" | "passees" | "precedent" | "precedente"
        | "precedents" | "precedentes" | "ecoule" | "ecoulee" | "ecoules"
        | "ecoulees" | "prochain" | "prochaine" | "prochains"
        | "prochaines" | "suivant" | "suivante" | "suivants" | "suivantes" => {
            true
        }
        "qui" => matches!(token_after(rest).0.as_str(), "suit" | "vient"),
        "en" => token_after(rest).0 == "cours",
        "a" => token_after(rest).0 == "venir",
        _ => false,
    }
}

/// The folded form of the last token of `text` (empty when there is
/// none) and the text before it, cut as [`tokenize`] cuts tokens.
fn token_before(text: &str) -> (String, &str) {
    let text = text.trim_end();
    let Some(c) = text.chars().next_back() else {
        return (String::new(), text);
    };
    let start = if c.is_ascii_digit() {
        text.trim_end_matches(|d: char| d.is_ascii_digit()).len()
    } else if is_letter(c) {
        text.trim_end_matches(is_letter).len()
    } else {
        text.len() - c.len_utf8()
    };
    let (rest, tok) = text.split_at(start);
    (fold(tok), rest)
}

/// The folded form of the first token of `text` (empty when there is
/// none) and the text after it, cut as [`tokenize`] cuts tokens.
fn token_after(text: &str) -> (String, &str) {
    let text = text.trim_start();
    let Some(c) = text.chars().next() else {
        return (String::new(), text);
    };
    let end = if c.is_ascii_digit() {
        text.len()
            - text.trim_start_matches(|d: char| d.is_ascii_digit()).len()
    } else if is_letter(c) {
        text.len() - text.trim_start_matches(is_letter).len()
    } else {
        c.len_utf8()
    };
    let (tok, rest) = text.split_at(end);
    (fold(tok), rest)
}

/// [`stretch_may_hold_date`] for the stretches news text is full of:
/// ASCII letters, the accented letters of French (folded through
/// [`LATIN_FOLD`]), and the signs that cut words there (`’`, no-break
/// space, `«`, `»`). `None` for any other character: the stretch is then
/// read character by character.
fn latin_stretch_strong(
    sentence: &str,
    range: std::ops::Range<usize>,
) -> Option<bool> {
    let stretch = sentence.as_bytes().get(range.clone())?;
    let mut word = [0u8; 32];
    let mut len = 0;
    // The bytes of the current word in `stretch`.
    let (mut start, mut end) = (0, 0);
    let mut i = 0;
    loop {
        if len == 0 {
            start = i;
        }
        let cut = match stretch.get(i) {
            Some(&b) if b.is_ascii() => {
                *word.get_mut(len)? = b | 0x20;
                len += 1;
                i += 1;
                end = i;
                false
            }
            Some(0xC3) => {
                let next = *stretch.get(i + 1)?;
                let folded = LATIN_FOLD.get(usize::from(next & 0x3f))?;
                for &f in folded.as_bytes() {
                    *word.get_mut(len)? = f;
                    len += 1;
                }
                // An unknown letter folds to nothing.
                if folded.is_empty() {
                    return None;
                }
                i += 2;
                end = i;
                false
            }
            Some(0xC2)
                if matches!(stretch.get(i + 1), Some(0xA0 | 0xAB | 0xBB)) =>
            {
                i += 2;
                true
            }
            Some(0xE2) if stretch.get(i + 1..i + 3) == Some(&[0x80, 0x99]) => {
                i += 3;
                true
            }
            None => true,
            Some(_) => return None,
        };
        if cut && len > 0 {
            let w = word.get(..len)?;
            let (&first, &last) = (w.first()?, w.last()?);
            // The word is lower-case ASCII letters: a short one is
            // looked up packed.
            let strong = || match grammar::pack(w) {
                Some(key) => grammar::is_strong_packed(key),
                None => std::str::from_utf8(w).is_ok_and(grammar::is_strong),
            };
            if grammar::may_be_strong(first, last, len)
                && strong()
                && word_may_date(
                    sentence,
                    range.start + start,
                    range.start + end,
                    w,
                )
            {
                return Some(true);
            }
            len = 0;
        }
        if i >= stretch.len() && cut {
            return Some(false);
        }
    }
}

/// The folded form of each character of U+00C0..U+00FF (by the low six
/// bits of its second UTF-8 byte) when [`fold_accent`] folds it to ASCII
/// letters; empty otherwise.
static LATIN_FOLD: LazyLock<[&'static str; 64]> = LazyLock::new(|| {
    std::array::from_fn(|k| {
        char::from_u32(0xC0 + k as u32)
            .and_then(fold_accent)
            .filter(|f| f.bytes().all(|b| b.is_ascii_lowercase()))
            .unwrap_or("")
    })
});

/// The folded letter of each character of U+00C0..U+00FF (by the low six
/// bits of its second UTF-8 byte) that [`LATIN_FOLD`] folds to one ASCII
/// letter; 0 for the others.
static LATIN_LETTER: LazyLock<[u8; 64]> = LazyLock::new(|| {
    LATIN_FOLD.map(|f| match f.as_bytes() {
        &[b] => b,
        _ => 0,
    })
});

/// The eight bytes of `bytes` from `pos` on, little-endian, padded with
/// spaces past the end.
#[inline]
fn load8_padded(bytes: &[u8], pos: usize) -> u64 {
    load8(bytes, pos).unwrap_or_else(|| {
        let mut chunk = [b' '; 8];
        for (d, &b) in chunk.iter_mut().zip(bytes.get(pos..).unwrap_or(&[])) {
            *d = b;
        }
        u64::from_le_bytes(chunk)
    })
}

/// [`may_hold_date`] read word by word: for the stretches with letters
/// outside ASCII (which hold no digit), and as the reference the tests
/// compare it with. Words are cut as [`tokenize`] cuts them (runs of
/// letters); a word of ASCII letters is first checked by its first and
/// last letters and its length, a word with other letters is folded into
/// `buf` and looked up.
fn stretch_may_hold_date(
    whole: &str,
    range: std::ops::Range<usize>,
    buf: &mut String,
) -> bool {
    let base = range.start;
    let Some(sentence) = whole.get(range) else {
        return true;
    };
    let bytes = sentence.as_bytes();
    let mut pos = 0;
    loop {
        // To the next letter, digit or byte outside ASCII.
        pos = run_end(bytes, pos, other_bytes);
        let Some(&b) = bytes.get(pos) else {
            return false;
        };
        if b.is_ascii_digit() {
            if number_may_date(sentence, pos) {
                return true;
            }
            pos = run_end(bytes, pos, digit_bytes);
            continue;
        }
        let start = pos;
        if b.is_ascii() {
            pos = run_end(bytes, pos, letter_bytes);
        }
        let mixed = match bytes.get(pos) {
            Some(b) if !b.is_ascii() => {
                let Some(c) =
                    sentence.get(pos..).and_then(|r| r.chars().next())
                else {
                    return true;
                };
                if pos == start && !is_letter(c) {
                    // A sign or a space outside ASCII.
                    pos += c.len_utf8();
                    continue;
                }
                is_letter(c)
            }
            _ => false,
        };
        if !mixed {
            let (Some(&first), Some(&last)) =
                (bytes.get(start), bytes.get(pos.saturating_sub(1)))
            else {
                return true;
            };
            let word = bytes.get(start..pos).unwrap_or(&[]);
            if grammar::may_be_strong(first | 0x20, last | 0x20, pos - start)
                && ascii_word_strong(word, grammar::pack(word), buf)
                && (word.len() != 3
                    || word_may_date(
                        whole,
                        base + start,
                        base + pos,
                        &word.to_ascii_lowercase(),
                    ))
            {
                return true;
            }
            continue;
        }
        // The whole word, folded as the tokenizer folds it.
        buf.clear();
        buf.push_str(sentence.get(start..pos).unwrap_or(""));
        buf.make_ascii_lowercase();
        for c in sentence.get(pos..).unwrap_or("").chars() {
            if c.is_ascii_alphabetic() {
                buf.push(c.to_ascii_lowercase());
            } else if !c.is_ascii() && is_letter(c) {
                fold_char(c, buf);
            } else {
                break;
            }
            pos += c.len_utf8();
        }
        let b = buf.as_bytes();
        let shaped = match (b.first(), b.last()) {
            (Some(&first), Some(&last)) => {
                !b.iter().all(u8::is_ascii_lowercase)
                    || grammar::may_be_strong(first, last, b.len())
            }
            _ => true,
        };
        if shaped
            && grammar::is_strong(buf)
            && word_may_date(whole, base + start, base + pos, buf.as_bytes())
        {
            return true;
        }
    }
}

/// [`BYTE_CLASS`]: a byte of no word (ASCII space, sign or control).
const OTHER: u8 = 0;
/// [`BYTE_CLASS`]: an ASCII letter.
const LETTER: u8 = 1;
/// [`BYTE_CLASS`]: an ASCII digit.
const DIGIT: u8 = 2;
/// [`BYTE_CLASS`]: a byte of a character outside ASCII.
const NON_ASCII: u8 = 3;

/// The class of each byte, for the tokenizer.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        t[b] = if !byte.is_ascii() {
            NON_ASCII
        } else if byte.is_ascii_alphabetic() {
            LETTER
        } else if byte.is_ascii_digit() {
            DIGIT
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// Whether the folded text from byte `from` on is all lower-case ASCII.
#[cfg(test)]
fn lower_ascii(folded: &str, from: usize) -> bool {
    folded
        .as_bytes()
        .get(from..)
        .is_some_and(|b| b.iter().all(u8::is_ascii_lowercase))
}

/// The number of bytes from `pos` on that pass `test`.
#[cfg(test)]
fn ascii_run(
    bytes: &[u8],
    mut pos: usize,
    mut test: impl FnMut(u8) -> bool,
) -> usize {
    let start = pos;
    while let Some(&b) = bytes.get(pos) {
        if !test(b) {
            break;
        }
        pos += 1;
    }
    pos - start
}

/// Reads the letters of a word from byte `pos` of `sentence` on, folding
/// them to `folded`; returns where the word ends and whether what it
/// folded is all lower-case ASCII.
#[cfg(test)]
fn word_rest(
    sentence: &str,
    mut pos: usize,
    folded: &mut String,
) -> (usize, bool) {
    let bytes = sentence.as_bytes();
    let mut plain = true;
    loop {
        let mut upper = false;
        let run = ascii_run(bytes, pos, |b| {
            // A letter, in either case, is a lower-case letter with the
            // 0x20 bit set; no other byte is.
            let lower = b | 0x20;
            let letter = lower.is_ascii_lowercase();
            upper |= letter && b != lower;
            letter
        });
        if let Some(chunk) = sentence.get(pos..pos + run) {
            if upper {
                folded.extend(chunk.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                folded.push_str(chunk);
            }
        }
        pos += run;
        match bytes.get(pos) {
            Some(b) if !b.is_ascii() => {}
            _ => return (pos, plain),
        }
        let Some(d) = sentence.get(pos..).and_then(|r| r.chars().next())
        else {
            return (pos, plain);
        };
        if !is_letter(d) {
            return (pos, plain);
        }
        let n0 = folded.len();
        fold_char(d, folded);
        plain &= lower_ascii(folded, n0);
        pos += d.len_utf8();
    }
}

/// Appends the lower-case, accent-free form of `c`: the tables and rules
/// are written once for `Décembre`, `décembre` and `decembre`.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(f) = fold_accent(c) {
        out.push_str(f);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// The folded form of the characters outside ASCII that do not fold to
/// their lower case: accented Latin letters, ligatures, apostrophes and
/// dashes.
fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'î' | 'ï' | 'Î' | 'Ï' => "i",
        'ô' | 'ö' | 'Ô' | 'Ö' => "o",
        'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => "u",
        'ç' | 'Ç' => "c",
        'ÿ' => "y",
        '’' | 'ʼ' | '‘' => "'",
        '‐' | '‑' | '–' | '—' => "-",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        _ => return None,
    })
}

/// [`fold_char`], appending bytes.
fn fold_char_bytes(c: char, out: &mut Vec<u8>) {
    let mut buf = [0; 4];
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase() as u8);
    } else if let Some(f) = fold_accent(c) {
        out.extend_from_slice(f.as_bytes());
    } else {
        for l in c.to_lowercase() {
            out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// Folds a whole string (for table entries).
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A table keyed by folded first field, valued by the other fields.
fn table(src: &'static str) -> FastMap<String, Vec<&'static str>> {
    crate::lexicon::rows(src)
        .filter_map(|row| {
            let mut f = row.split('\t');
            let key = fold(f.next()?);
            Some((key, f.collect()))
        })
        .collect()
}

/// A table of phrases, keyed by the folded forms of their tokens.
fn phrases(src: &'static str) -> Vec<(Vec<String>, &'static str)> {
    let mut out: Vec<(Vec<String>, &'static str)> = crate::lexicon::rows(src)
        .filter_map(|row| {
            let (phrase, value) = row.split_once('\t')?;
            let mut toks = Vec::new();
            let mut folded = Vec::new();
            tokenize(phrase, 0, &mut toks, &mut folded, false);
            let words = toks
                .iter()
                .filter_map(|t| folded.get(t.norm.0..t.norm.1))
                .map(|w| String::from_utf8_lossy(w).into_owned())
                .collect();
            Some((words, value))
        })
        .collect();
    // Longest first, so that `le jour d'avant` wins over `jour`.
    out.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    out
}

/// A [`table`] with the shape of each key (its first and last bytes and
/// its length): most words of a sentence are no key, and are told so by
/// their shape before the map is searched.
struct Table {
    map: FastMap<String, Vec<&'static str>>,
    /// For each pair of first and last bytes (five low bits each), the
    /// lengths of the keys (bit 31 for 31 bytes and more).
    shapes: [u32; 1024],
}

impl Table {
    fn new(map: FastMap<String, Vec<&'static str>>) -> Table {
        let mut shapes = [0; 1024];
        for key in map.keys() {
            if let Some((slot, bit)) = Table::shape(key) {
                shapes[slot] |= bit;
            }
        }
        Table { map, shapes }
    }

    /// The slot and length bit of `w` in [`Table::shapes`] (none for the
    /// empty word).
    fn shape(w: &str) -> Option<(usize, u32)> {
        let b = w.as_bytes();
        let (&first, &last) = (b.first()?, b.last()?);
        let slot = usize::from(first & 31) << 5 | usize::from(last & 31);
        Some((slot, 1 << b.len().min(31)))
    }

    /// The other fields of the row of `w`.
    fn get(&self, w: &str) -> Option<&Vec<&'static str>> {
        match Table::shape(w) {
            Some((slot, bit)) if self.shapes[slot] & bit == 0 => None,
            _ => self.map.get(w),
        }
    }

    /// Whether `w` is a key.
    fn contains_key(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// The keys, in the map's order.
    fn keys(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }
}

macro_rules! lazy_table {
    ($name:ident, $file:literal) => {
        static $name: LazyLock<Table> = LazyLock::new(|| {
            Table::new(table(include_str!(concat!(
                "../../../data/dates/",
                $file
            ))))
        });
    };
}

lazy_table!(MONTHS, "months.tsv");
lazy_table!(WEEKDAYS, "weekdays.tsv");
lazy_table!(SEASONS, "seasons.tsv");
lazy_table!(UNITS, "units.tsv");
lazy_table!(PARTS, "parts.tsv");
lazy_table!(DAY_PARTS, "dayparts.tsv");
lazy_table!(MONTHS_EN, "months_en.tsv");
lazy_table!(ORDINALS, "ordinals.tsv");
lazy_table!(TENSE_FORMS, "tense.tsv");
lazy_table!(ENDINGS, "endings.tsv");
lazy_table!(FORWARD, "forward.tsv");
lazy_table!(PERSONS, "persons.tsv");

static RELATIVE: LazyLock<Vec<(Vec<String>, &'static str)>> =
    LazyLock::new(|| {
        phrases(include_str!("../../../data/dates/relative.tsv"))
    });

static HOLIDAYS: LazyLock<Vec<(Vec<String>, &'static str)>> =
    LazyLock::new(|| {
        phrases(include_str!("../../../data/dates/holidays.tsv"))
    });
