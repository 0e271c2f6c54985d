//! Words and punctuation of a stretch of text, for the quote rules.
//!
//! A word is a run of letters and digits, with the hyphens inside it
//! (`a-t-il`, `Saint-Affrique`); an elided word keeps its apostrophe and
//! stands alone (`l'`, `qu'`, `d'`), so `l'attaquant` is two words. Every
//! other character that is not white space is a token of its own.

use std::ops::Range;

/// A token: byte offsets into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tok {
    /// Start byte.
    pub s: usize,
    /// End byte, exclusive.
    pub e: usize,
    /// Whether it is a word (letters or digits).
    pub word: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether `w` is the elided form of a word written before an apostrophe
/// (`l`, `qu`, `jusqu`).
fn elides(w: &str) -> bool {
    w.len() <= 7
        && [
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
            "puisqu", "presqu", "quelqu",
        ]
        .iter()
        .any(|e| w.eq_ignore_ascii_case(e))
}

/// The character at byte `i` of `s` and its length: ASCII without
/// decoding (most of French text).
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = s[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() }
}

/// Appends the tokens of `text[range]` to `out` (cleared first).
pub(super) fn tokens(text: &str, range: Range<usize>, out: &mut Vec<Tok>) {
    out.clear();
    let piece = &text[range.clone()];
    let base = range.start;
    let mut start: Option<usize> = None;
    let mut i = 0;
    while let Some((c, n)) = char_at(piece, i) {
        let at = i;
        i += n;
        if is_word_char(c) {
            start.get_or_insert(at);
            continue;
        }
        let next_letter =
            char_at(piece, i).is_some_and(|(n, _)| is_word_char(n));
        if let Some(s) = start {
            if c == '-' && next_letter {
                continue;
            }
            if is_apostrophe(c) {
                if elides(&piece[s..at]) {
                    out.push(Tok { s: base + s, e: base + i, word: true });
                    start = None;
                    continue;
                }
                if next_letter {
                    continue;
                }
            }
            out.push(Tok { s: base + s, e: base + at, word: true });
            start = None;
        }
        if !c.is_whitespace() {
            out.push(Tok { s: base + at, e: base + i, word: false });
        }
    }
    if let Some(s) = start {
        out.push(Tok { s: base + s, e: range.end, word: true });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_french_words() {
        let cases: &[(&str, &[&str])] = &[
            ("l'attaquant a-t-il dit", &["l'", "attaquant", "a-t-il", "dit"]),
            ("« Oui », dit-elle.", &["«", "Oui", "»", ",", "dit-elle", "."]),
            ("qu’il aujourd'hui", &["qu’", "il", "aujourd'hui"]),
            ("M. Saint-Affrique", &["M", ".", "Saint-Affrique"]),
        ];
        let mut out = Vec::new();
        for (text, want) in cases {
            tokens(text, 0..text.len(), &mut out);
            let got: Vec<&str> = out.iter().map(|t| &text[t.s..t.e]).collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
