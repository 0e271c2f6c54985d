//! French sentence segmentation.
//!
//! Takes the decoded text and returns the byte ranges of its sentences, in
//! order, trimmed of surrounding white space and never overlapping. Every
//! character that is not white space lies in exactly one sentence.
//!
//! The rules are written for French news typography. A sentence ends after
//! a run of final punctuation (`.`, `!`, `?`, `…`, `...`, `?!`) and the
//! closing quotes and brackets that follow it (`».`, `. »`, `."`) when the
//! next word opens a sentence: a capital, a digit, an opening quote or
//! bracket before a capital, or a dialogue or list dash. A full stop does
//! not end a sentence after an abbreviation or title from
//! `data/abbreviations.txt` (`M.`, `etc.`, `av. J.-C.`), after initials
//! (`J. K. Rowling`, `J.-P. Dupont`) unless a word from
//! `data/sentence_starters.txt` follows (`Louis I. Il`), or after a list
//! number (`1. Le premier point`). After a long lower-case word, which
//! cannot be an abbreviation (French abbreviations cut words short), a
//! lower-case word may open the next sentence too. A closing bracket
//! without final punctuation ends a sentence when one of those starter
//! words follows (`(2,5 km) Elle`). Punctuation inside a token never ends a
//! sentence, which keeps decimals (`3.14`), URLs, e-mail addresses and
//! `.fr` names whole; colons and semicolons never end one. Straight double
//! quotes are read as opening or closing from their spacing and, when
//! spaced on both sides, from the count of quotes earlier on the line.
//!
//! Line structure counts: a blank line always ends a sentence, and so does
//! a line break after final punctuation or before a line that does not
//! continue the previous one (headlines, datelines, list items). A
//! hard-wrapped line (ending on a letter, digit or comma, the next one
//! starting in lower case or with a digit) goes on.
//!
//! The text is scanned once, left to right; every look-back or look-ahead
//! is bounded by a constant or stays within white space, so the work is
//! linear in the length of the text whatever its shape.
//!
//! UAX #29 sentence boundaries (`unicode-segmentation`) are not used, as
//! measured on the development suites in `tests/data/` (all boundaries,
//! not only punctuated ones): on their own they reach F1 0.972 on UD
//! French-GSD and 0.863 on UD French-Sequoia, against 0.982 and 0.918 for
//! these rules; keeping only the boundaries of these rules that UAX #29
//! also proposes gives 0.980 and 0.873. After a full stop UAX #29 does not
//! break when the next letter is in lower case, even past a dash or a
//! number (`. - 5 avril`, `. 30 % des`); the few right boundaries it finds
//! that these rules miss (5 and 1) come with 32 and 9 wrong ones.

use crate::lexicon::{FastMap, FastSet};
use std::ops::Range;
use std::sync::LazyLock;

/// How an abbreviation behaves before a capitalised word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbrev {
    /// A title or honorific (`M.`, `Dr.`): always followed by a name.
    Title,
    /// Any other abbreviation (`etc.`, `janv.`): a capitalised word after
    /// it may open a new sentence, a number or a lower-case word may not.
    Plain,
}

static ABBREVIATIONS: LazyLock<FastMap<&'static str, Abbrev>> =
    LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../../data/abbreviations.txt"))
            .map(|row| match row.split_once('\t') {
                Some((abbr, _)) => (abbr, Abbrev::Title),
                None => (row, Abbrev::Plain),
            })
            .collect()
    });

/// The longest abbreviation in the table, in bytes: a longer word is none.
static ABBREVIATION_MAX: LazyLock<usize> =
    LazyLock::new(|| ABBREVIATIONS.keys().map(|k| k.len()).max().unwrap_or(0));

/// The kind of `word` if it is in the abbreviation table.
fn abbreviation(word: &str) -> Option<Abbrev> {
    if word.len() > *ABBREVIATION_MAX {
        return None;
    }
    ABBREVIATIONS.get(word).copied()
}

static STARTERS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../../data/sentence_starters.txt"))
        .collect()
});

/// The longest word (in bytes) examined before a full stop or after one.
/// Abbreviations, initials and list numbers are far shorter; a longer
/// token (a URL, a long word) is an ordinary word. The bound keeps each
/// look-around constant, so a huge token cannot make the scan quadratic.
const MAX_WORD: usize = 32;

/// The shortest lower-case word taken for an ordinary word rather than an
/// unknown abbreviation before a full stop. French abbreviations by
/// truncation (`env.`, `janv.`, `suppl.`) are shorter; the longer ones are
/// in the table.
const MIN_LONG: usize = 6;

/// White space that may separate a final mark from a closing guillemet
/// (`? »`): ordinary, no-break and narrow no-break spaces.
const INNER_SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// The longest sentence, in bytes, that [`split`] returns. A longer run
/// without a sentence break (a crawl's page of numbers, a line of quoted
/// words, lower-case lines that each continue the last) is cut: at its
/// last line break in the second half of the window, else at its last
/// white space there, else at a character boundary. Every stage works on
/// sentences, so none of them can be slower than linear in a sentence or
/// hold more than a sentence's worth of tokens, whatever it does within
/// one (#16). Sentences of real news are far shorter (the longest of the
/// UD French treebanks' development sets is about 1.6 KB).
pub const MAX_SENTENCE: usize = 4096;

/// Splits `text` into sentences and returns their byte ranges.
///
/// # Examples
///
/// ```
/// let text = "M. Musk a parlé. Il part demain !";
/// let spans = analyze::text::sentences::split(text);
/// let got: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
/// assert_eq!(got, ["M. Musk a parlé.", "Il part demain !"]);
/// ```
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in boundaries(text) {
        push_trimmed(text, start..end, &mut out);
        start = end;
    }
    push_trimmed(text, start..text.len(), &mut out);
    // The spans live as long as the analysis of a document: without the
    // room left by growing.
    out.shrink_to_fit();
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(mut r) = trimmed(text, r) else { return };
    // A run-on sentence: pieces of at most `MAX_SENTENCE` bytes cut off
    // its front, each trimmed as a sentence is.
    while let Some(piece) = text.get(r.clone())
        && piece.len() > MAX_SENTENCE
    {
        let cut = r.start + cut_point(piece);
        out.extend(trimmed(text, r.start..cut));
        let Some(rest) = trimmed(text, cut..r.end) else { return };
        r = rest;
    }
    out.push(r);
}

/// `r` without the white space at its ends, or `None` when nothing else.
fn trimmed(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let piece = text.get(r.clone())?;
    // Most sentences start and end on an ASCII sign that is not white
    // space: nothing to trim there.
    let visible = |b: Option<&u8>| {
        b.is_some_and(|&b| {
            b < 0x80 && b != b' ' && !(0x09..=0x0d).contains(&b)
        })
    };
    let bytes = piece.as_bytes();
    let trimmed =
        if visible(bytes.first()) { piece } else { piece.trim_start() };
    let lead = piece.len() - trimmed.len();
    let trimmed =
        if visible(bytes.last()) { trimmed } else { trimmed.trim_end() };
    let s = r.start + lead;
    (!trimmed.is_empty()).then(|| s..s + trimmed.len())
}

/// Where to cut a piece longer than [`MAX_SENTENCE`]: after its last line
/// break in the second half of the first `MAX_SENTENCE` bytes, else after
/// its last white space there, else at the last character boundary within
/// them. Never 0, so a cut always moves on.
fn cut_point(piece: &str) -> usize {
    let bytes = piece.as_bytes();
    let window = &bytes[MAX_SENTENCE / 2..MAX_SENTENCE];
    let at = |i: usize| MAX_SENTENCE / 2 + i + 1;
    if let Some(i) = memchr::memrchr2(b'\n', b'\r', window) {
        return at(i);
    }
    if let Some(i) = memchr::memrchr3(b' ', b'\t', b'\x0c', window) {
        return at(i);
    }
    (1..=MAX_SENTENCE).rev().find(|&i| piece.is_char_boundary(i)).unwrap_or(1)
}

/// Whether byte `b` may start a character [`boundaries`] acts on: line
/// breaks, final punctuation (`…` is E2 80 A6), quotes and brackets.
fn may_matter(b: u8) -> bool {
    matches!(b, b'\r' | b'\n' | b'.' | b'!' | b'?' | b'"' | b')' | 0xE2)
}

/// The position of the first byte at or after `from` (a character
/// boundary) that [`may_matter`], or the end of `bytes`; of the characters
/// led by E2, only `…` (E2 80 A6) is found, the others (`’`, `—`, `“`)
/// being read as letters are. `…` is looked for by its last byte, far
/// rarer in French text than the E2 of `’`. Prose has runs of dozens of
/// bytes without one: blocks of 16 bytes are tested with comparisons the
/// compiler vectorises.
fn next_that_matters(bytes: &[u8], from: usize) -> usize {
    // One in the set, zero otherwise: as bytes rather than booleans, the
    // comparisons stay eight vector comparisons.
    let in_set = |b: u8| {
        u8::from(b == b'\r')
            | u8::from(b == b'\n')
            | u8::from(b == b'.')
            | u8::from(b == b'!')
            | u8::from(b == b'?')
            | u8::from(b == b'"')
            | u8::from(b == b')')
            | u8::from(b == 0xA6)
    };
    let mut offset = from;
    loop {
        let rest = bytes.get(offset..).unwrap_or_default();
        let mut blocks = rest.chunks_exact(16);
        for block in &mut blocks {
            if block.iter().fold(0, |a, &b| a | in_set(b)) != 0 {
                break;
            }
            offset += 16;
        }
        let Some(found) = bytes
            .get(offset..)
            .and_then(|r| r.iter().position(|&b| in_set(b) != 0))
            .map(|k| offset + k)
        else {
            return bytes.len();
        };
        if bytes[found] != 0xA6 {
            return found;
        }
        if found >= from + 2 && bytes[found - 2..found] == [0xE2, 0x80] {
            return found - 2;
        }
        offset = found + 1;
    }
}

/// Byte offsets where a sentence ends (exclusive), in increasing order.
fn boundaries(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    // An odd number of straight double quotes so far on this line: one is
    // open, so the next spaced one closes it.
    let mut quote_open = false;
    // The last character on this line that is not white space.
    let mut last: Option<char> = None;
    // Whether this line ends (so far) with a final punctuation run, whose
    // decision already covers the line break.
    let mut line_ends_run = false;
    let mut i = 0;
    let bytes = text.as_bytes();
    while let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
        // Most characters play no part but to be the last one seen: skip
        // to the next byte that may start one that does (0xE2 leads `…`)
        // and keep the last visible character of the stretch.
        if bytes.get(i).is_some_and(|&b| !may_matter(b)) {
            let j = next_that_matters(bytes, i);
            let stretch = text.get(i..j).unwrap_or("");
            if let Some(v) = stretch.trim_end().chars().next_back() {
                last = Some(v);
                line_ends_run = false;
            }
            i = j;
            continue;
        }
        match c {
            // CRLF: the `\n` decides.
            '\r' if text.as_bytes().get(i + 1) == Some(&b'\n') => {}
            '\n' | '\r' => {
                if !line_ends_run && line_break(text, i, last) {
                    out.push(i);
                }
                last = None;
                line_ends_run = false;
                quote_open = false;
            }
            '.' | '!' | '?' | '…' => {
                let end = run_end(text, i, &mut quote_open);
                let prev = out.last().copied();
                if ends_sentence(text, i, end, prev) {
                    out.push(end);
                }
                last = Some(c);
                line_ends_run = true;
                i = end;
                continue;
            }
            '"' => quote_open = !quote_open,
            ')' if bracket_ends_sentence(text, i + 1) => out.push(i + 1),
            _ => {}
        }
        if !c.is_whitespace() {
            last = Some(c);
            line_ends_run = false;
        }
        i += c.len_utf8();
    }
    out.dedup();
    out
}

/// Whether a closing bracket without final punctuation, ending at `end`,
/// ends a sentence: the author left the full stop out, and the next word
/// is one that opens sentences and never names anyone (`(2,5 km) Elle`).
fn bracket_ends_sentence(text: &str, end: usize) -> bool {
    let Some(after) = text.get(end..) else {
        return false;
    };
    let next = after.trim_start_matches(INNER_SPACES);
    next.len() < after.len() && starts_with_starter(next)
}

/// Closing quotes and brackets that belong to a final punctuation run when
/// they follow it directly (`».`, `.)`, `?”`).
fn is_closing(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '’' | '\'' | ')' | ']' | '›')
}

/// The end of the run of final punctuation starting at `start`, with the
/// closing quotes and brackets that follow (`?!`, `...`, `." `, `? »`).
fn run_end(text: &str, start: usize, quote_open: &mut bool) -> usize {
    let mut j = start;
    while let Some(rest) = text.get(j..) {
        let Some(c) = rest.chars().next() else {
            break;
        };
        if matches!(c, '.' | '!' | '?' | '…') || is_closing(c) {
            if c == '"' {
                // Glued to the mark, a straight quote closes (`fin."`).
                *quote_open = !*quote_open;
            }
            j += c.len_utf8();
            continue;
        }
        if !INNER_SPACES.contains(&c) {
            break;
        }
        // French typography spaces the closing guillemet: `? »`, `. »`.
        let after = rest.trim_start_matches(INNER_SPACES);
        let closes = match after.chars().next() {
            Some('»' | '”' | '›') => true,
            Some('"') => straight_quote_closes(after, *quote_open),
            _ => false,
        };
        if !closes {
            break;
        }
        if after.starts_with('"') {
            *quote_open = !*quote_open;
        }
        let q = after.chars().next().map_or(0, char::len_utf8);
        j = text.len() - after.len() + q;
    }
    j
}

/// Whether a straight quote preceded by a space (`after` starts with it)
/// closes a quotation: glued to the next word it opens one (`"Il`);
/// followed by a comma or stop it closes; spaced on both sides (`" Il`),
/// it closes only if a quotation is open on this line.
fn straight_quote_closes(after: &str, quote_open: bool) -> bool {
    match after.get(1..).and_then(|r| r.chars().next()) {
        None => true,
        Some(n) if n.is_whitespace() => quote_open,
        Some(n) => {
            !super::is_letter_or_digit(n) && !matches!(n, '«' | '(' | '[')
        }
    }
}

/// What the word before a full stop is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Before {
    /// An abbreviation from the table or a dotted acronym.
    Abbrev(Abbrev),
    /// One or more initials: `J`, `J.-P`, `H.R.F`.
    Initials,
    /// A list number at the start of a line or sentence: `1`, `12`.
    ListNumber,
    /// A lower-case word of `MIN_LONG` letters or more, not in the table.
    LongWord,
    /// Anything else, including words too long to be abbreviations.
    Word,
}

/// Whether the punctuation run `text[run_start..run_end]` ends a sentence;
/// `prev` is the last boundary found.
fn ends_sentence(
    text: &str,
    run_start: usize,
    run_end: usize,
    prev: Option<usize>,
) -> bool {
    let (Some(run), Some(after), Some(head)) = (
        text.get(run_start..run_end),
        text.get(run_end..),
        text.get(..run_start),
    ) else {
        return false;
    };
    // The run must be followed by white space (or the end of the text),
    // which rules out numbers, URLs, e-mail addresses and `.fr` names.
    if !after.chars().next().is_some_and(char::is_whitespace) {
        return false;
    }
    let next = after.trim_start();
    if next.is_empty() {
        return false;
    }
    let gap = &after[..after.len() - next.len()];
    let breaks = line_breaks(gap);
    // A blank line always ends a sentence.
    if breaks >= 2 {
        return true;
    }
    let only_dot = run.starts_with('.') && !run.starts_with("..");
    if only_dot {
        match word_before(head, prev) {
            Before::Abbrev(Abbrev::Title) | Before::ListNumber => {
                return false;
            }
            Before::Abbrev(Abbrev::Plain) => {
                // `av. J.-C.`, `p. ex.`: an abbreviation followed by
                // another one goes on.
                return opens_sentence(next, false)
                    && !starts_with_abbreviation(next);
            }
            Before::Initials => return starts_with_starter(next),
            Before::LongWord => {
                if next.chars().next().is_some_and(char::is_lowercase) {
                    return true;
                }
            }
            Before::Word => {}
        }
    }
    // A line break right after final punctuation ends the sentence.
    breaks == 1 || opens_sentence(next, true)
}

/// The number of line breaks in `gap` (CRLF counts once).
fn line_breaks(gap: &str) -> usize {
    let bytes = gap.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(k, &b)| {
            b == b'\n' || (b == b'\r' && bytes.get(k + 1) != Some(&b'\n'))
        })
        .count()
}

/// Whether `next` (the text after the spaces) looks like a sentence start;
/// `digits` says whether a number may open one.
fn opens_sentence(next: &str, digits: bool) -> bool {
    let mut chars = next.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    if c.is_uppercase() {
        return true;
    }
    if c.is_ascii_digit() {
        return digits;
    }
    let rest = chars.as_str();
    match c {
        // An opening quote or bracket before a capital (or a number).
        '«' | '"' | '“' | '‘' | '(' | '[' | '¿' | '¡' => {
            let mut inner = rest.trim_start().chars();
            inner.next().is_some_and(|c| {
                c.is_uppercase()
                    || (digits && c.is_ascii_digit())
                    || (c == '«' && inner.next().is_some())
            })
        }
        // A dialogue or list dash: `- Oui.`, `— 5 avril 2006 : ...`. A
        // hyphen glued to a lower-case word (`-partenaire`) is not one.
        '—' | '–' | '-' | '•' => rest.chars().next().is_some_and(|c| {
            c.is_whitespace() || c.is_uppercase() || c.is_ascii_digit()
        }),
        // A brand written in camel case opens a sentence in lower case
        // (`iPhone`, `eBay`); an elided article (`l'Europe`) does not.
        c if c.is_lowercase() => rest
            .chars()
            .take(MAX_WORD)
            .take_while(|&c| super::is_letter_or_digit(c))
            .any(char::is_uppercase),
        _ => false,
    }
}

/// Classifies the word (letters, digits, dots, hyphens) that ends at the
/// end of `head`, looking back at most `MAX_WORD` bytes.
fn word_before(head: &str, prev: Option<usize>) -> Before {
    let mut start = head.len();
    // ASCII letters, digits, dots and hyphens byte by byte; from the first
    // other byte on, characters.
    let ascii =
        head.as_bytes().iter().rev().take_while(|&&b| {
            b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
        });
    for _ in ascii {
        if head.len() - (start - 1) > MAX_WORD {
            return Before::Word;
        }
        start -= 1;
    }
    let rest = if head
        .as_bytes()
        .get(start.wrapping_sub(1))
        .is_some_and(|&b| b >= 0x80)
    {
        head.get(..start).unwrap_or_default()
    } else {
        ""
    };
    for (k, c) in rest.char_indices().rev() {
        if !(super::is_letter_or_digit(c) || c == '.' || c == '-') {
            break;
        }
        if head.len() - k > MAX_WORD {
            return Before::Word;
        }
        start = k;
    }
    let word = &head[start..];
    if word.is_empty() {
        return Before::Word;
    }
    let before = &head[..start];
    if let Some(kind) = abbreviation(word) {
        return Before::Abbrev(kind);
    }
    // A capital glued to a symbol is a unit (`25 °C`), not an initial.
    let detached = before.chars().next_back().is_none_or(|c| {
        c.is_whitespace()
            || matches!(c, '(' | '[' | '«' | '"' | '“' | '‘' | '\'' | '’')
    });
    // `en série B. Le tour`, `un plan B. Il`: a letter after the noun it
    // names ends the word, no initial of a name.
    let lettered = word.len() == 1 && {
        let prev = before.trim_end();
        let p = prev.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        matches!(
            p,
            "série"
                | "séries"
                | "classe"
                | "catégorie"
                | "plan"
                | "type"
                | "groupe"
                | "annexe"
                | "option"
                | "phase"
                | "poule"
                | "zone"
                | "division"
                | "vitamine"
                | "version"
                | "lettre"
        )
    };
    if detached && !lettered && is_initials(word) {
        return Before::Initials;
    }
    // A sentence-initial abbreviation (`Etc.`); a word starting with a
    // lower-case ASCII letter or a digit is its own lower-case form.
    let mut buf = [0; MAX_WORD + 16];
    if !word
        .starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && let Some(lower) = lower_first(word, &mut buf)
        && lower != word
        && abbreviation(lower) == Some(Abbrev::Plain)
    {
        return Before::Abbrev(Abbrev::Plain);
    }
    if is_dotted_acronym(word) {
        return Before::Abbrev(Abbrev::Plain);
    }
    if word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) {
        // A list number opens its line or follows a sentence end.
        let pre = before.trim_end_matches([' ', '\t', '\u{a0}']);
        if pre.is_empty()
            || pre.ends_with(['\n', '\r'])
            || prev == Some(pre.len())
        {
            return Before::ListNumber;
        }
    }
    if word.chars().count() >= MIN_LONG && word.chars().all(char::is_lowercase)
    {
        return Before::LongWord;
    }
    Before::Word
}

/// `word` with its first letter in lower case, written into `buf`.
fn lower_first<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut chars = word.chars();
    let first = chars.next()?;
    let mut n = 0;
    for l in first.to_lowercase() {
        let room = buf.get_mut(n..n + l.len_utf8())?;
        n += l.encode_utf8(room).len();
    }
    let rest = chars.as_str().as_bytes();
    buf.get_mut(n..n + rest.len())?.copy_from_slice(rest);
    std::str::from_utf8(buf.get(..n + rest.len())?).ok()
}

/// Initials: capitals, each alone, joined by `.`, `.-` or `-` (`J`,
/// `J.A`, `H.R.F`, `J.-P`).
fn is_initials(word: &str) -> bool {
    // The first letter opens the first initial.
    word.starts_with(char::is_uppercase)
        && word.split(['.', '-']).filter(|p| !p.is_empty()).all(|p| {
            let mut chars = p.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_none()
        })
        && !word.starts_with(['.', '-'])
        && !word.contains("..")
}

/// Dotted acronyms and abbreviations: letters in groups of one or two
/// separated by dots (`U.S.A`, `LL.AA.II.RR`, `c.-à-d` is in the table).
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|p| {
            !p.is_empty()
                && p.chars().count() <= 2
                && p.chars().all(super::is_letter)
        })
}

/// The first token of `next` (up to white space), looked at for at most
/// `MAX_WORD` bytes, without the punctuation that may follow it.
fn first_token(next: &str) -> &str {
    let end = next
        .char_indices()
        .take_while(|&(k, c)| k < MAX_WORD && !c.is_whitespace())
        .last()
        .map_or(0, |(k, c)| k + c.len_utf8());
    next[..end].trim_end_matches([',', ';', ':', ')', ']', '»'])
}

/// Whether `next` starts with a plain abbreviation and its full stop
/// (`J.-C.`, `ex.`).
fn starts_with_abbreviation(next: &str) -> bool {
    first_token(next)
        .strip_suffix('.')
        .is_some_and(|w| abbreviation(w) == Some(Abbrev::Plain))
}

/// Whether `next` starts with a word that opens sentences and never names
/// a person (`Il`, `Les`, `Une`), checked after initials.
fn starts_with_starter(next: &str) -> bool {
    let token = first_token(next);
    let end = token
        .char_indices()
        .find(|&(_, c)| !super::is_letter(c))
        .map_or(token.len(), |(k, _)| k);
    let word = &token[..end];
    // An elided word (`L'Heureux`) may be a name.
    let elided = token[end..].starts_with(['\'', '’']);
    !elided && STARTERS.contains(word)
}

/// Decides whether the line break at byte `i` ends a sentence; `last` is
/// the last character of its line that is not white space.
fn line_break(text: &str, i: usize, last: Option<char>) -> bool {
    let after = text.get(i + 1..).unwrap_or("");
    let rest = after.trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}']);
    let first = match rest.chars().next() {
        // A blank line, or the end of the text.
        None | Some('\n' | '\r') => return true,
        Some(c) => c,
    };
    let Some(last) = last else {
        return true;
    };
    // A hard-wrapped line continues a sentence: it stops on a letter,
    // digit or comma and the next line goes on in lower case.
    let continues = (super::is_letter_or_digit(last)
        || matches!(last, ',' | ';' | ':'))
        && (first.is_lowercase() || first.is_ascii_digit());
    !continues
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_scan_finds_the_first_byte_that_matters() {
        let mut text = "a".repeat(70).into_bytes();
        for b in [b'\r', b'\n', b'.', b'!', b'?', b'"', b')', 0xE2, b'x'] {
            for at in 0..text.len() {
                let mut t = text.clone();
                t[at] = b;
                for from in [0, 1, 15, 16, 17, 40, 69, 70, 71] {
                    let ellipsis = |k: usize| {
                        t[k] != 0xE2
                            || t.get(k + 1..k + 3) == Some(&[0x80, 0xA6])
                    };
                    let want = (from..t.len())
                        .find(|&k| may_matter(t[k]) && ellipsis(k))
                        .unwrap_or(t.len());
                    assert_eq!(next_that_matters(&t, from), want);
                }
            }
        }
        // `…` is found, the other characters led by E2 are not.
        for (piece, at) in [("a’b.", 5), ("a…b", 1), ("—“…", 6), ("’’", 6)]
        {
            let mut t = "x".repeat(20).into_bytes();
            t.extend_from_slice(piece.as_bytes());
            t.extend_from_slice(&"y".repeat(20).into_bytes());
            let want =
                if at == 6 && piece == "’’" { t.len() } else { 20 + at };
            assert_eq!(next_that_matters(&t, 0), want, "{piece}");
        }
        text.clear();
        assert_eq!(next_that_matters(&text, 0), 0);
    }

    fn sents(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn tables() {
        crate::lexicon::tests::check_table(
            "sentence_starters.txt",
            include_str!("../../data/sentence_starters.txt"),
        );
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Il pleut. Il vente.", &["Il pleut.", "Il vente."]),
            // Titles and honorifics.
            ("M. Musk arrive.", &["M. Musk arrive."]),
            (
                "Mme Dupont et MM. Martin sont là.",
                &["Mme Dupont et MM. Martin sont là."],
            ),
            ("Le Dr. House soigne.", &["Le Dr. House soigne."]),
            ("Le Pr. Raoult parle.", &["Le Pr. Raoult parle."]),
            ("Me. Dupond-Moretti plaide.", &["Me. Dupond-Moretti plaide."]),
            ("À St. Louis il pleut.", &["À St. Louis il pleut."]),
            ("Mr. Bean revient.", &["Mr. Bean revient."]),
            ("Signé par M.\nMacron.", &["Signé par M.\nMacron."]),
            // Plain abbreviations.
            ("etc. Il part.", &["etc.", "Il part."]),
            (
                "Des fruits, etc. et du pain.",
                &["Des fruits, etc. et du pain."],
            ),
            ("Voir cf. Dupont 2020.", &["Voir cf. Dupont 2020."]),
            ("Au 12 av. Foch. Il vit là.", &["Au 12 av. Foch.", "Il vit là."]),
            (
                "Des agrumes, p. ex. des oranges.",
                &["Des agrumes, p. ex. des oranges."],
            ),
            ("Né en 52 av. J.-C. à Rome.", &["Né en 52 av. J.-C. à Rome."]),
            (
                "Vers 500 av. J.-C., Rome grandit.",
                &["Vers 500 av. J.-C., Rome grandit."],
            ),
            (
                "En 52 av. J.-C. César gagne.",
                &["En 52 av. J.-C.", "César gagne."],
            ),
            ("Le 3 janv. 2024 il part.", &["Le 3 janv. 2024 il part."]),
            ("Le 3 févr. Paris vote.", &["Le 3 févr.", "Paris vote."]),
            ("Voir le n° 3 p. 12.", &["Voir le n° 3 p. 12."]),
            ("Etc. Il part.", &["Etc.", "Il part."]),
            (
                "Les ouvrages de Intercept Ltd. sont ici.",
                &["Les ouvrages de Intercept Ltd. sont ici."],
            ),
            // Initials.
            ("J. K. Rowling écrit.", &["J. K. Rowling écrit."]),
            ("Par J.-P. Sartre.", &["Par J.-P. Sartre."]),
            (
                "Par J.A. Howe et H.R.F. Keating.",
                &["Par J.A. Howe et H.R.F. Keating."],
            ),
            ("Collis P. Huntington vient.", &["Collis P. Huntington vient."]),
            // A letter after the noun it names.
            (
                "Elle a levé 45 millions en série B. Le tour est mené par X.",
                &[
                    "Elle a levé 45 millions en série B.",
                    "Le tour est mené par X.",
                ],
            ),
            ("Sous Dagobert I. Il règne.", &["Sous Dagobert I.", "Il règne."]),
            (
                "Mac OS X. Une version suit.",
                &["Mac OS X.", "Une version suit."],
            ),
            ("Lu par J. Le Goff.", &["Lu par J. Le Goff."]),
            (
                "Il fait 25 °C. Le vent souffle.",
                &["Il fait 25 °C.", "Le vent souffle."],
            ),
            // Dotted acronyms.
            (
                "Le texte « LL.AA.II.RR. » est long.",
                &["Le texte « LL.AA.II.RR. » est long."],
            ),
            // Numbers.
            (
                "Il a 1,5 ou 3.14 ou 100 000.",
                &["Il a 1,5 ou 3.14 ou 100 000."],
            ),
            ("Il y a 3. Puis 4.", &["Il y a 3.", "Puis 4."]),
            (
                "Il a gagné en 2024. 30 % ont voté.",
                &["Il a gagné en 2024.", "30 % ont voté."],
            ),
            // List numbers.
            (
                "1. Le premier point.\n2. Le second.",
                &["1. Le premier point.", "2. Le second."],
            ),
            (
                "Deux points. 1. Le prix. 2. La date.",
                &["Deux points.", "1. Le prix.", "2. La date."],
            ),
            // Ellipses and runs of marks.
            ("Quoi ?! Non.", &["Quoi ?!", "Non."]),
            ("Attendez... Non.", &["Attendez...", "Non."]),
            ("Attendez… Non.", &["Attendez…", "Non."]),
            ("Il hésite… puis part.", &["Il hésite… puis part."]),
            ("Il a dit (...) que non.", &["Il a dit (...) que non."]),
            ("Vraiment ? Oui !", &["Vraiment ?", "Oui !"]),
            ("Pourquoi ? parce que.", &["Pourquoi ? parce que."]),
            // Quotes and brackets after the final mark.
            (
                "Il dit « c'est fini ». Puis part.",
                &["Il dit « c'est fini ».", "Puis part."],
            ),
            (
                "« Pourquoi ? » demande-t-il. Rien.",
                &["« Pourquoi ? » demande-t-il.", "Rien."],
            ),
            (
                "Le sort « de l’univers. » Ensuite, rien.",
                &["Le sort « de l’univers. »", "Ensuite, rien."],
            ),
            (
                "Le sort « de l’univers ». Ensuite, rien.",
                &["Le sort « de l’univers ».", "Ensuite, rien."],
            ),
            (
                "Il part (enfin.) Elle reste.",
                &["Il part (enfin.)", "Elle reste."],
            ),
            (
                "Il a dit « Non. » puis il est parti.",
                &["Il a dit « Non. » puis il est parti."],
            ),
            ("« Fini. » « Oui. »", &["« Fini. »", "« Oui. »"]),
            // Straight quotes.
            ("Il dit \"non.\" Elle rit.", &["Il dit \"non.\"", "Elle rit."]),
            (
                "Ils ont ri. \"Pourquoi ?\" dit-il.",
                &["Ils ont ri.", "\"Pourquoi ?\" dit-il."],
            ),
            (
                "Il est parti. \" Je reste \", dit-elle.",
                &["Il est parti.", "\" Je reste \", dit-elle."],
            ),
            (
                "Il dit : \" Je reste. \" Elle rit.",
                &["Il dit : \" Je reste. \"", "Elle rit."],
            ),
            // Colons and semicolons.
            (
                "Il dit : Paris gagne ; Lyon perd.",
                &["Il dit : Paris gagne ; Lyon perd."],
            ),
            // URLs, e-mail addresses, domain names.
            (
                "Voir www.lemonde.fr et a.b@c.fr ici.",
                &["Voir www.lemonde.fr et a.b@c.fr ici."],
            ),
            (
                "Lisez Lemonde.fr. Il informe.",
                &["Lisez Lemonde.fr.", "Il informe."],
            ),
            (
                "Voir https://ex.com/a.html. Merci.",
                &["Voir https://ex.com/a.html.", "Merci."],
            ),
            // Lower-case sentence starts: after a long ordinary word (not
            // an abbreviation), or a brand in camel case.
            (
                "Ils sont en sécurité. à ce jour, rien.",
                &["Ils sont en sécurité.", "à ce jour, rien."],
            ),
            ("Dans 3 sem. environ.", &["Dans 3 sem. environ."]),
            ("Voir suppl. illustré.", &["Voir suppl. illustré."]),
            ("Il a dit oui. eBay suit.", &["Il a dit oui.", "eBay suit."]),
            // A closing bracket where the full stop was left out.
            (
                "Il a couru (2,5 km) Elle a marché.",
                &["Il a couru (2,5 km)", "Elle a marché."],
            ),
            (
                "Le film (2004) Le Grand Bleu sort.",
                &["Le film (2004) Le Grand Bleu sort."],
            ),
            // Dashes: dialogue and list items.
            ("Il a dit. - Oui, bien sûr.", &["Il a dit.", "- Oui, bien sûr."]),
            (
                "Son immunité. - 5 avril 2006 : fin.",
                &["Son immunité.", "- 5 avril 2006 : fin."],
            ),
            (
                "Voir le médecin. - si vous toussez.",
                &["Voir le médecin.", "- si vous toussez."],
            ),
            (
                "entreprises. . -partenaire, Microsoft.",
                &["entreprises. . -partenaire, Microsoft."],
            ),
            // Line structure.
            ("Titre\nLe texte suit.", &["Titre", "Le texte suit."]),
            (
                "PARIS (AFP)\nLe texte suit.",
                &["PARIS (AFP)", "Le texte suit."],
            ),
            ("Un.\n\nDeux", &["Un.", "Deux"]),
            ("Un titre\n\nle texte", &["Un titre", "le texte"]),
            ("une ligne\ncoupée en deux.", &["une ligne\ncoupée en deux."]),
            (
                "une ligne\r\ncoupée en deux.",
                &["une ligne\r\ncoupée en deux."],
            ),
            ("Fin.\r\n\r\nDébut.", &["Fin.", "Début."]),
            ("Fin.\nsuite", &["Fin.", "suite"]),
            // Trimming and empty input.
            ("  Il pleut.  \n", &["Il pleut."]),
            ("", &[]),
            ("   ", &[]),
            // CRLF and lone CR line endings behave like LF.
            ("Titre\r\nLe texte suit.", &["Titre", "Le texte suit."]),
            ("Titre\rLe texte suit.", &["Titre", "Le texte suit."]),
            ("Un.\r\n\r\nDeux", &["Un.", "Deux"]),
            ("Un.\r\rDeux", &["Un.", "Deux"]),
            ("Un\r\n\r\ndeux", &["Un", "deux"]),
            ("Un\r\rdeux", &["Un", "deux"]),
            (
                "une ligne\r\ncoupée en deux.",
                &["une ligne\r\ncoupée en deux."],
            ),
            ("une ligne\rcoupée en deux.", &["une ligne\rcoupée en deux."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sents(text), want, "input: {text:?}");
        }
    }

    #[test]
    fn spans_cover_text() {
        // Every non-space character lies in exactly one sentence and the
        // spans are in order, whatever the input.
        let texts = [
            "M. M. M. M.",
            "a.b.c. d? e! « f » g… h...",
            "\r\r\n\n x.\u{a0}» \" \" ' ’ …",
            "é. É. 1. 2. - -. —",
        ];
        for text in texts {
            let spans = split(text);
            let mut covered = 0;
            for w in spans.windows(2) {
                assert!(w[0].end <= w[1].start, "{text:?}: {spans:?}");
            }
            for r in &spans {
                covered += text[r.clone()]
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .count();
            }
            let all = text.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(covered, all, "{text:?}: {spans:?}");
        }
    }

    #[test]
    fn huge_inputs_are_cut_only_at_the_bound() {
        // A long run of titles and a long token are not cut by the rules;
        // only the bound on a sentence's length cuts them, into pieces
        // that cover the text (the look-arounds are bounded: speed is
        // measured in benches).
        let titles = "M. ".repeat(10_000) + "Dupont.";
        let token = "a.".repeat(50_000);
        assert_eq!(sents(&(token.clone() + " Fin.")).last(), Some(&"Fin."));
        for text in [&titles, &token] {
            let spans = split(text);
            for w in spans.windows(2) {
                assert!(w[0].len() > MAX_SENTENCE / 2, "{:?}", w[0]);
                assert!(text[w[0].end..w[1].start].trim().is_empty());
            }
            assert!(spans.iter().all(|r| r.len() <= MAX_SENTENCE));
            assert_eq!(spans.first().map(|r| r.start), Some(0));
            assert_eq!(spans.last().map(|r| r.end), Some(text.len()));
        }
        // A token of 50 000 letters: cut at character boundaries.
        let word = "é".repeat(25_000);
        let spans = split(&word);
        assert!(spans.iter().all(|r| word.is_char_boundary(r.start)));
        assert_eq!(spans.len(), 50_000usize.div_ceil(MAX_SENTENCE));
        let breaks = "\r".repeat(10_000) + "x";
        assert_eq!(sents(&breaks), ["x"]);
    }

    #[test]
    fn run_on_sentences_are_cut_at_a_line_break() {
        // #16: lower-case lines continue each other into one sentence;
        // past the bound, the cut falls after a line break.
        let text = "le chat a mangé la souris le 3 mars\n".repeat(1_000);
        let spans = split(&text);
        assert!(spans.len() > 1);
        for r in &spans {
            assert!(r.len() <= MAX_SENTENCE);
            assert!(text[..r.start].ends_with('\n') || r.start == 0);
            assert!(text[r.clone()].ends_with("mars"));
        }
        // Below the bound, nothing changes.
        let short = "le chat a mangé\nla souris";
        assert_eq!(sents(short), [short]);
    }
}
