//! Splits a text into the tokens the entity rules read: words, elided
//! articles and single punctuation marks, in byte offsets.
//!
//! A word is a run of letters and digits, joined across inner hyphens
//! (`Jean-Luc`, `peut-il`) and inner apostrophes that do not mark an
//! elision (`aujourd'hui`, `O'Brien`). An elided article or pronoun (`d'`,
//! `l’`, `qu'`) is its own token, so that `d'Air Street Capital` starts a
//! name at `Air`. White space is skipped, but a line break is remembered:
//! names never run across one.

use crate::text::is_letter_or_digit;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word.
    Word,
    /// An elided article or pronoun with its apostrophe (`d'`, `L’`).
    Elision,
    /// One punctuation mark or symbol.
    Punct,
}

/// The letter case of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// All lower case, or no letter (`ville`, `2024`).
    Lower,
    /// Capitalised: upper-case first letter, some lower-case letters
    /// (`Musk`, `OpenAI`, `Jean-Luc`).
    Cap,
    /// Upper-case letters only (`IBM`, `H`, `RENNES`).
    Upper,
    /// Brand case: a short lower-case prefix then a capital (`xAI`,
    /// `iPhone`, `eBay`).
    Brand,
    /// Starts with a digit (`2024`, `3D`).
    Digit,
}

/// One token, in twelve bytes: a long document holds about one token
/// per five bytes of text, all alive at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Start byte offset.
    pub start: u32,
    /// End byte offset, exclusive.
    pub end: u32,
    /// Word, elision or punctuation.
    pub kind: Kind,
    /// Letter case, for words.
    pub shape: Shape,
    /// [`LINE_BEFORE`], [`SPACE_BEFORE`] and [`INITIAL`].
    flags: u8,
}

/// A line break separates the token from the previous one.
const LINE_BEFORE: u8 = 1;
/// White space separates the token from the previous one.
const SPACE_BEFORE: u8 = 2;
/// The token opens a sentence (or a quotation, or a line).
const INITIAL: u8 = 4;

impl Token {
    /// Whether the token is a word that can be (part of) a name by its
    /// form alone.
    pub(crate) fn namelike(&self) -> bool {
        self.kind == Kind::Word
            && matches!(self.shape, Shape::Cap | Shape::Upper | Shape::Brand)
    }

    /// Whether a line break separates this token from the previous one.
    pub(crate) fn line_before(&self) -> bool {
        self.flags & LINE_BEFORE != 0
    }

    /// Whether white space separates this token from the previous one.
    pub(crate) fn space_before(&self) -> bool {
        self.flags & SPACE_BEFORE != 0
    }

    /// Whether the token opens a sentence (or a quotation, or a line).
    pub(crate) fn initial(&self) -> bool {
        self.flags & INITIAL != 0
    }

    /// The byte range of the token.
    pub(crate) fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// The words of a document (not its numbers, elisions or punctuation),
/// in four bytes each rather than a [`Token`]'s twelve: what a document
/// too long to keep all its tokens keeps for a second look at its words,
/// so that it is not tokenised twice.
///
/// Each word is one `u32`: its shape (2 bits), whether it opens a
/// sentence (1 bit), its length (8 bits) and the bytes since the end of
/// the word before (21 bits). A word longer than 255 bytes, or more than
/// two megabytes after the one before, writes a length of 0 and its
/// start and end in the two `u32` after it.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct PackedWords {
    packed: Vec<u32>,
    /// The end of the last word pushed.
    end: u32,
}

/// The [`PackedWords`] bits of a word's shape (never [`Shape::Digit`]).
const PACKED_SHAPES: [Shape; 4] =
    [Shape::Lower, Shape::Cap, Shape::Upper, Shape::Brand];
/// The [`PackedWords`] bit of a word that opens a sentence.
const PACKED_INITIAL: u32 = 4;
/// The first bit of a [`PackedWords`] word's length.
const PACKED_LEN: u32 = 3;
/// The first bit of the gap before a [`PackedWords`] word.
const PACKED_GAP: u32 = 11;

impl PackedWords {
    /// Adds `t` if it is a word that is not a number. Tokens come in text
    /// order.
    pub(crate) fn push(&mut self, t: &Token) {
        let code = match (t.kind, t.shape) {
            (Kind::Word, Shape::Lower) => 0,
            (Kind::Word, Shape::Cap) => 1,
            (Kind::Word, Shape::Upper) => 2,
            (Kind::Word, Shape::Brand) => 3,
            _ => return,
        };
        let code = code | if t.initial() { PACKED_INITIAL } else { 0 };
        let (len, gap) = (t.end - t.start, t.start - self.end);
        if (1..=255).contains(&len) && gap < 1 << (32 - PACKED_GAP) {
            self.packed.push(code | len << PACKED_LEN | gap << PACKED_GAP);
        } else {
            self.packed.extend([code, t.start, t.end]);
        }
        self.end = t.end;
    }

    /// Calls `f` on each word, as a token that keeps its offsets, its
    /// shape and whether it opens a sentence (not the spaces before it).
    #[inline]
    pub(crate) fn for_each(&self, mut f: impl FnMut(Token)) {
        let (mut k, mut end) = (0, 0);
        while let Some(&w) = self.packed.get(k) {
            let len = w >> PACKED_LEN & 0xff;
            let start = if len == 0 {
                let start = self.packed[k + 1];
                end = self.packed[k + 2];
                k += 3;
                start
            } else {
                let start = end + (w >> PACKED_GAP);
                end = start + len;
                k += 1;
                start
            };
            f(Token {
                start,
                end,
                kind: Kind::Word,
                shape: PACKED_SHAPES[(w & 3) as usize],
                flags: if w & PACKED_INITIAL != 0 { INITIAL } else { 0 },
            });
        }
    }
}

/// What a reader keeps of a document's tokens for a second look.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Kept {
    /// Every token, for a document of few tokens (most of them).
    All(Vec<Token>),
    /// Only the words, packed, for a long document.
    Words(PackedWords),
}

#[cfg(test)]
impl Kept {
    /// Calls `f` on each word that is not a number, in text order (the
    /// document stage reads each kind in a loop of its own).
    pub(crate) fn for_each_word(&self, mut f: impl FnMut(Token)) {
        match self {
            Kept::All(toks) => toks
                .iter()
                .filter(|t| t.kind == Kind::Word && t.shape != Shape::Digit)
                .for_each(|&t| f(t)),
            Kept::Words(words) => words.for_each(f),
        }
    }
}

/// [`CLASS`] of an ASCII upper-case letter.
const UPPER: u8 = 1;
/// [`CLASS`] of an ASCII lower-case letter.
const LOWER: u8 = 2;
/// [`CLASS`] of an ASCII digit.
const DIGIT: u8 = 4;
/// [`CLASS`] of ASCII white space.
const SPACE: u8 = 8;
/// [`CLASS`] of a line break (`\n`, `\r`), with [`SPACE`].
const NEWLINE: u8 = 16;
/// [`CLASS`] of the bytes a word may go on across (`-`, `'`, the bytes
/// of non-ASCII characters), which also mark an elision (`'`, `’`): a
/// word that stops at any other byte needs no second look.
const MORE: u8 = 32;
/// [`CLASS`] of the ASCII marks that open a quotation or a clause (`"`,
/// `(`, `:`).
const OPENER: u8 = 64;
/// The [`CLASS`] bits of ASCII letters and digits.
const ALNUM: u8 = UPPER | LOWER | DIGIT;

/// For each byte, what the tokenizer asks of it first: whether it is an
/// ASCII letter of either case, a digit, white space, a line break, a
/// byte a word may go on across or an opening mark (0: none of them).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c == b'\n' || c == b'\r' {
            SPACE | NEWLINE
        } else if matches!(c, b' ' | b'\t' | b'\x0b' | b'\x0c') {
            SPACE
        } else if matches!(c, b'-' | b'\'') || !c.is_ascii() {
            MORE
        } else if matches!(c, b'"' | b'(' | b':') {
            OPENER
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits of `bytes` from
/// `end`, the [`CLASS`] bits of its bytes, or-ed into `cases`, and the
/// class of the byte it stops at (0 at the end of the text): the loop
/// every word spends most of its time in, kept small enough for its
/// state to stay in registers.
#[inline(always)]
fn ascii_run(bytes: &[u8], mut end: usize, mut cases: u8) -> (usize, u8, u8) {
    while let Some(&d) = bytes.get(end) {
        let class = CLASS[usize::from(d)];
        if class & ALNUM == 0 {
            return (end, cases, class);
        }
        cases |= class;
        end += 1;
    }
    (end, cases, 0)
}

/// The elided forms that are split off a word (`d'`, `qu'`, `lorsqu'`),
/// lower case, without the apostrophe: what [`is_elision`] tells by
/// their lengths, checked against this list by the tests.
#[cfg(test)]
const ELISIONS: &[&str] = &[
    "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "quoiqu",
    "s", "t",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether `word` is an elided form split off a word (`c`, `d`, `j`,
/// `l`, `m`, `n`, `s`, `t`, `qu`, `jusqu`, `lorsqu`, `puisqu`, `quoiqu`),
/// in any case: told by its length first, which leaves one or three forms
/// to compare (a word in six of a text comes here, and every elision
/// twice).
fn is_elision(word: &str) -> bool {
    let is = |e: &str| e.eq_ignore_ascii_case(word);
    match word.len() {
        1 => matches!(
            word.as_bytes()[0].to_ascii_lowercase(),
            b'c' | b'd' | b'j' | b'l' | b'm' | b'n' | b's' | b't'
        ),
        2 => is("qu"),
        5 => is("jusqu"),
        6 => is("lorsqu") || is("puisqu") || is("quoiqu"),
        _ => false,
    }
}

/// The shape of a word.
pub(crate) fn shape(word: &str) -> Shape {
    if word.is_ascii() {
        let b = word.as_bytes();
        let Some(&first) = b.first() else { return Shape::Lower };
        if first.is_ascii_digit() {
            return Shape::Digit;
        }
        let lower = b.iter().any(u8::is_ascii_lowercase);
        if first.is_ascii_uppercase() {
            return if lower { Shape::Cap } else { Shape::Upper };
        }
        let upper = b.iter().any(u8::is_ascii_uppercase);
        return if upper && brand_case(word) {
            Shape::Brand
        } else {
            Shape::Lower
        };
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return Shape::Lower };
    if first.is_numeric() {
        return Shape::Digit;
    }
    let (mut upper, mut lower) = (first.is_uppercase() as usize, 0usize);
    for c in chars {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    if first.is_uppercase() {
        if lower == 0 { Shape::Upper } else { Shape::Cap }
    } else if upper > 0 && brand_case(word) {
        Shape::Brand
    } else {
        Shape::Lower
    }
}

/// `xAI`, `iPhone`, `eBay`: one lower-case ASCII letter, then capitals,
/// then lower-case letters. OCR noise such as `dSfiJ` has capitals after
/// lower-case letters again and is left out. A longer prefix, up to four
/// letters, is a brand's in an ASCII word whose capitals either end it or
/// are one before two lower-case letters at least (`beIN`, `easyJet`,
/// `dataNest`), but no French word glued to the next one (`saNouvelle`,
/// `lesAmis`) nor noise (`caocT`, `tfOBYCr`, `arTéter`).
fn brand_case(word: &str) -> bool {
    let b = word.as_bytes();
    let prefix = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    if !(1..=4).contains(&prefix) || prefix >= b.len() {
        return false;
    }
    let rest = &word[prefix..];
    let caps = rest.chars().take_while(|c| c.is_uppercase()).count();
    if prefix > 1 {
        let tail = rest.len() - caps;
        let camel = caps == 1 && tail >= 2 || caps >= 2 && tail == 0;
        return camel
            && word.is_ascii()
            && rest[caps..].bytes().all(|c| c.is_ascii_lowercase())
            && !super::tables::FUNCTION_WORDS.contains(&word[..prefix]);
    }
    caps >= 1
        && rest
            .chars()
            .skip(caps)
            .all(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// Splits `text` into tokens; `sentences` are the byte ranges of the
/// sentences, used to mark sentence openers. The text must be shorter
/// than 4 GiB (offsets are 32-bit).
#[cfg(test)]
pub(crate) fn tokenize(
    text: &str,
    sentences: &[std::ops::Range<usize>],
) -> Vec<Token> {
    Tokenizer::new(text, sentences).collect()
}

/// The tokens of a text, one at a time: a long document is read a window
/// of tokens at a time, and never holds all of them.
pub(crate) struct Tokenizer<'a> {
    text: &'a str,
    st: State<'a>,
}

impl<'a> Tokenizer<'a> {
    /// The tokens of `text`, whose sentences are `sentences`. The text
    /// must be shorter than 4 GiB (offsets are 32-bit).
    pub(crate) fn new(
        text: &'a str,
        sentences: &'a [std::ops::Range<usize>],
    ) -> Tokenizer<'a> {
        Tokenizer {
            text,
            st: State {
                sentence: first_start(sentences),
                sentences,
                i: 0,
                opener: true,
            },
        }
    }

    /// Appends up to `n` tokens to `out`; returns `false` once the text
    /// is read to its end.
    pub(crate) fn fill(&mut self, out: &mut Vec<Token>, n: usize) -> bool {
        let mut st = self.st;
        let mut more = true;
        for _ in 0..n {
            match next_token(self.text, &mut st) {
                Some(t) => out.push(t),
                None => {
                    more = false;
                    break;
                }
            }
        }
        self.st = st;
        more
    }
}

/// The reading state of a [`Tokenizer`], copied into local variables
/// for a batch of tokens so that it stays in registers, and written back
/// once per batch.
#[derive(Clone, Copy)]
struct State<'a> {
    /// The sentences not reached yet.
    sentences: &'a [std::ops::Range<usize>],
    /// The start of the first of `sentences` ([`usize::MAX`]: none), kept
    /// apart: every token is compared with it.
    sentence: usize,
    /// The byte where the next token is looked for (0: the first token
    /// is looked for, which opens a line).
    i: usize,
    /// The next word opens a sentence, a quotation or a line.
    opener: bool,
}

/// The start of the first of `sentences`, [`usize::MAX`] if none.
fn first_start(sentences: &[std::ops::Range<usize>]) -> usize {
    sentences.first().map_or(usize::MAX, |s| s.start)
}

impl Iterator for Tokenizer<'_> {
    type Item = Token;

    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        let mut st = self.st;
        let t = next_token(self.text, &mut st);
        self.st = st;
        t
    }

    // The loops over all the tokens of a text (`for_each`, `filter`) keep
    // the reading state in local variables.
    fn fold<B, F>(self, init: B, mut f: F) -> B
    where
        F: FnMut(B, Token) -> B,
    {
        let mut st = self.st;
        let mut acc = init;
        while let Some(t) = next_token(self.text, &mut st) {
            acc = f(acc, t);
        }
        acc
    }
}

/// The first character of a token.
#[derive(Clone, Copy)]
struct Start {
    /// Its length in bytes.
    len: usize,
    /// It starts a word.
    word: bool,
    /// The [`CLASS`] bits of its case for a word: [`UPPER`] or
    /// [`LOWER`] for an ASCII or a Latin-1 letter, [`DIGIT`] for an
    /// ASCII digit, 0 for any other.
    first: u8,
    /// It is a mark that opens a quotation or a clause (`«`, `(`, `—`).
    opener: bool,
}

/// What a non-ASCII character is to the tokenizer.
enum Lead {
    /// White space, of this length in bytes.
    Space(usize),
    /// The first character of a token.
    Token(Start),
}

/// The next token of `text` from `st`, which moves past it. The common
/// tokens (an ASCII word or mark after ASCII white space) take a path
/// small enough for its state to stay in registers; anything else is
/// left to functions of its own: [`non_ascii`] and [`word_tail`].
#[inline(always)]
fn next_token(text: &str, st: &mut State<'_>) -> Option<Token> {
    let bytes = text.as_bytes();
    let mut i = st.i;
    let mut flags = if i == 0 { LINE_BEFORE } else { 0 };
    // White space, or-ing the classes of its ASCII bytes into `seen`
    // ([`SPACE`] for the others): a single ASCII space, the common case,
    // costs one turn of the loop.
    let mut seen = 0;
    let start = loop {
        let Some(&b) = bytes.get(i) else {
            st.i = i;
            return None;
        };
        let class = CLASS[usize::from(b)];
        if class & SPACE != 0 {
            seen |= class;
            i += 1;
            continue;
        }
        if b.is_ascii() {
            break Start {
                len: 1,
                word: class & ALNUM != 0,
                first: class & ALNUM,
                opener: class & OPENER != 0,
            };
        }
        match non_ascii(text, i) {
            Some(Lead::Token(start)) => break start,
            Some(Lead::Space(len)) => {
                seen |= SPACE;
                i += len;
            }
            None => {
                st.i = i;
                return None;
            }
        }
    };
    if seen != 0 {
        flags |= SPACE_BEFORE;
        if seen & NEWLINE != 0 {
            flags |= LINE_BEFORE;
            st.opener = true;
        }
    }
    while st.sentence <= i {
        st.sentences = &st.sentences[1..];
        st.sentence = first_start(st.sentences);
        st.opener = true;
    }
    let mut end = i + start.len;
    let mut kind = Kind::Punct;
    let mut shape_of = Shape::Lower;
    if start.word {
        // The case of the first letter and of all, and whether the word
        // holds only ASCII and Latin-1 letters (`é`, `À`): most words
        // need no second look for their shape.
        let first = start.first;
        let mut simple = first != 0;
        let (mut cases, stop);
        (end, cases, stop) = ascii_run(bytes, end, first);
        kind = Kind::Word;
        // Only a byte of class [`MORE`] may go on with the word or mark
        // an elision.
        if stop & MORE != 0 {
            let (tail_simple, elision);
            (end, cases, tail_simple, elision) =
                word_tail(text, i, end, cases);
            simple &= tail_simple;
            if elision {
                kind = Kind::Elision;
            }
        }
        let (upper, lower) = (cases & UPPER != 0, cases & LOWER != 0);
        shape_of = if kind == Kind::Elision {
            Shape::Lower
        } else if first & DIGIT != 0 {
            Shape::Digit
        } else if simple && first == LOWER && !upper {
            Shape::Lower
        } else if simple && first == UPPER {
            // Only the letters after the first can be lower case.
            if lower { Shape::Cap } else { Shape::Upper }
        } else {
            shape(&text[i..end])
        };
        if st.opener {
            flags |= INITIAL;
        }
        st.opener = false;
    } else if start.opener {
        st.opener = true;
    }
    st.i = end;
    // Offsets fit in 32 bits: the caller splits longer texts.
    Some(Token {
        start: i as u32,
        end: end as u32,
        kind,
        shape: shape_of,
        flags,
    })
}

/// What the non-ASCII character at byte `i` of `text` is: white space or
/// the start of a token (`None`: no character starts there). Cold: the
/// registers of the common path are spilled around its calls, not on
/// every token.
#[cold]
#[inline(never)]
fn non_ascii(text: &str, i: usize) -> Option<Lead> {
    let c = char_at(text, i)?;
    let len = c.len_utf8();
    Some(if c.is_whitespace() {
        Lead::Space(len)
    } else if is_letter_or_digit(c) {
        Lead::Token(Start {
            len,
            word: true,
            first: latin1_case(c),
            opener: false,
        })
    } else {
        Lead::Token(Start {
            len,
            word: false,
            first: 0,
            opener: matches!(c, '«' | '“' | '—' | '–'),
        })
    })
}

/// The rest of the word of `text` that starts at byte `start` and whose
/// ASCII letters and digits stop at byte `end`, of class [`MORE`]: its
/// end, its cases (or-ed into `cases`), whether its letters past `end`
/// are all ASCII or Latin-1 (and its joiners ASCII), and whether it is
/// an elided word, its apostrophe included. Cold, as [`non_ascii`],
/// though a word in six comes here.
#[cold]
#[inline(never)]
fn word_tail(
    text: &str,
    start: usize,
    mut end: usize,
    mut cases: u8,
) -> (usize, u8, bool, bool) {
    let bytes = text.as_bytes();
    let mut simple = true;
    loop {
        let d = bytes[end];
        // A Latin-1 letter (`é`: C3 A9) in two bytes; C3 97 and C3 B7
        // are `×` and `÷`.
        if d == 0xc3
            && let Some(&n) = bytes.get(end + 1)
            && n != 0x97
            && n != 0xb7
        {
            cases |= if n <= 0x9e { UPPER } else { LOWER };
            end += 2;
        } else {
            let Some(d) = char_at(text, end) else { break };
            let dlen = d.len_utf8();
            if is_letter_or_digit(d) {
                simple = false;
            } else {
                // An inner hyphen or apostrophe joins when a letter or
                // digit follows it.
                let joiner = d == '-' || is_apostrophe(d);
                let next = char_at(text, end + dlen);
                // `N'Guessan`, `N’Diaye`: a capital `N` and its
                // apostrophe before a capital open a name, no negation.
                let name_n = &text[start..end] == "N"
                    && next.is_some_and(char::is_uppercase)
                    && next
                        .and_then(|n| char_at(text, end + dlen + n.len_utf8()))
                        .is_some_and(char::is_lowercase);
                if !joiner
                    || !next.is_some_and(is_letter_or_digit)
                    || is_apostrophe(d)
                        && is_elision(&text[start..end])
                        && !name_n
                {
                    break;
                }
                simple &= d.is_ascii();
            }
            end += dlen;
        }
        // ASCII letters and digits again, up to the next byte that
        // needs a look.
        let stop;
        (end, cases, stop) = ascii_run(bytes, end, cases);
        if stop & MORE == 0 {
            return (end, cases, simple, false);
        }
    }
    // An elision keeps its apostrophe: `d'`, `l’` (E2 80 99).
    if matches!(bytes.get(end), Some(b'\'' | 0xe2))
        && let Some(d) = char_at(text, end)
        && is_apostrophe(d)
        && is_elision(&text[start..end])
    {
        return (end + d.len_utf8(), cases, simple, true);
    }
    (end, cases, simple, false)
}

/// The [`CLASS`] case bit of a Latin-1 letter (`À`-`Þ` upper, `ß`-`ÿ`
/// lower, as [`char::is_uppercase`] and [`char::is_lowercase`] say), 0
/// for any other character.
fn latin1_case(c: char) -> u8 {
    match c {
        '×' | '÷' => 0,
        'À'..='Þ' => UPPER,
        'ß'..='ÿ' => LOWER,
        _ => 0,
    }
}

/// The character at byte `i` of `text`, which is a character boundary;
/// ASCII takes a fast path.
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        text.get(i..)?.chars().next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_words_keep_offsets_shapes_and_openers() {
        // A word of 300 bytes and three megabytes of spaces take the
        // long form; numbers and punctuation are not kept.
        let long = "a".repeat(300);
        let gap = " ".repeat(3 << 20);
        let text =
            format!("Le groupe xAI, {long} 2024 ÉLYSÉE.{gap}Puis Musk.");
        let sentences = crate::text::sentences::split(&text);
        let toks = tokenize(&text, &sentences);
        let mut packed = PackedWords::default();
        toks.iter().for_each(|t| packed.push(t));
        let mut got = Vec::new();
        Kept::Words(packed).for_each_word(|t| got.push(t));
        let mut expected = Vec::new();
        Kept::All(toks).for_each_word(|t| expected.push(t));
        let seen = |ts: &[Token]| {
            ts.iter()
                .map(|t| (&text[t.range()], t.shape, t.initial()))
                .collect::<Vec<_>>()
        };
        assert_eq!(seen(&got), seen(&expected));
        let words: Vec<&str> = got.iter().map(|t| &text[t.range()]).collect();
        assert_eq!(
            words,
            ["Le", "groupe", "xAI", long.as_str(), "ÉLYSÉE", "Puis", "Musk"]
        );
        assert!(got[5].initial() && !got[6].initial());
    }

    fn words(text: &str) -> Vec<(&str, Kind, bool)> {
        let whole = std::iter::once(0..text.len()).collect::<Vec<_>>();
        tokenize(text, &whole)
            .into_iter()
            .map(|t| (&text[t.range()], t.kind, t.initial()))
            .collect()
    }

    #[test]
    fn splits_elisions_and_joins_hyphens() {
        use Kind::*;
        type Expected<'a> = &'a [(&'a str, Kind, bool)];
        let cases: &[(&str, Expected<'_>)] = &[
            (
                "d'Air Street",
                &[
                    ("d'", Elision, true),
                    ("Air", Word, false),
                    ("Street", Word, false),
                ],
            ),
            ("l’IA", &[("l’", Elision, true), ("IA", Word, false)]),
            (
                "Jean-Luc, peut-il",
                &[
                    ("Jean-Luc", Word, true),
                    (",", Punct, false),
                    ("peut-il", Word, false),
                ],
            ),
            ("aujourd'hui", &[("aujourd'hui", Word, true)]),
            ("d' Elon", &[("d'", Elision, true), ("Elon", Word, false)]),
            (
                "M. Musk « Fasse",
                &[
                    ("M", Word, true),
                    (".", Punct, false),
                    ("Musk", Word, false),
                    ("«", Punct, false),
                    ("Fasse", Word, true),
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(words(text), *expected, "{text}");
        }
    }

    #[test]
    fn latin1_letters_agree_with_unicode() {
        for c in '\0'..='\u{3000}' {
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
        for c in '\u{80}'..='\u{ff}' {
            let want = if !c.is_alphanumeric() {
                0
            } else if c.is_uppercase() {
                UPPER
            } else if c.is_lowercase() {
                LOWER
            } else {
                0
            };
            // `ª`, `º`, `µ`: letters the table leaves to the general path.
            if latin1_case(c) != 0 || !matches!(c, 'ª' | 'º' | 'µ') {
                assert_eq!(latin1_case(c), want, "{c:?}");
            }
        }
    }

    /// The shapes the tokenizer finds on its fast paths are those of
    /// [`shape`], for words of every kind of letter.
    #[test]
    fn token_shapes_agree_with_shape() {
        let text = "Musk OpenAI IBM H xAI iPhone dSfiJ iCiViiN xai 2024 3D \
            Élysée ÉLYSÉE élysée éLYSÉE État ÉTAT été Été Ärger ßtraße \
            Þór þór À à ÀB Àb aÀ aujourd’hui Aujourd’hui AUJOURD’HUI \
            Jean-Luc JEAN-LUC jean-Luc Saint-Étienne SAINT-ÉTIENNE \
            Kovačević KOVAČEVIĆ ªb ºA µm Ωmega ωmega ²x ¼b 2é 3×4 é×è \
            Zorgo-7 GPT-4o O'Brien o'Brien eBay éBay";
        let whole = std::iter::once(0..text.len()).collect::<Vec<_>>();
        for t in tokenize(text, &whole) {
            if t.kind == Kind::Word {
                let w = &text[t.range()];
                assert_eq!(t.shape, shape(w), "{w}");
            }
        }
    }

    /// [`is_elision`] holds of the forms of [`ELISIONS`] in any case, and
    /// of nothing else of their lengths.
    #[test]
    fn elisions_by_length() {
        let listed =
            |w: &str| ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(w));
        let mut words: Vec<String> = ELISIONS
            .iter()
            .flat_map(|e| {
                [e.to_string(), e.to_uppercase(), e.replace('q', "Q")]
            })
            .collect();
        for c in '\0'..='\u{17f}' {
            words.push(c.to_string());
            words.push(format!("q{c}"));
            words.push(format!("jusq{c}"));
            words.push(format!("lorsq{c}"));
        }
        words.extend(
            ["qua", "ququ", "lorsque", "puisqu", "quoiqu", "d'"]
                .map(String::from),
        );
        for w in &words {
            assert_eq!(is_elision(w), listed(w), "{w:?}");
        }
    }

    #[test]
    fn shapes() {
        let cases: &[(&str, Shape)] = &[
            ("Musk", Shape::Cap),
            ("OpenAI", Shape::Cap),
            ("IBM", Shape::Upper),
            ("H", Shape::Upper),
            ("xAI", Shape::Brand),
            ("iPhone", Shape::Brand),
            ("beIN", Shape::Brand),
            ("easyJet", Shape::Brand),
            ("saNouvelle", Shape::Lower),
            ("caocT", Shape::Lower),
            ("tfOBYCr", Shape::Lower),
            ("arTéter", Shape::Lower),
            ("dSfiJ", Shape::Lower),
            ("iCiViiN", Shape::Lower),
            ("xai", Shape::Lower),
            ("2024", Shape::Digit),
            ("Élysée", Shape::Cap),
        ];
        for (word, expected) in cases {
            assert_eq!(shape(word), *expected, "{word}");
        }
    }
}
