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
/// (`l`, `qu`, `jusqu`). Read on bytes (the forms are ASCII), so that the
/// tokeniser slices no `str`, whose character bounds it would check at
/// every word.
fn elides(w: &[u8]) -> bool {
    w.len() <= 7
        && [
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
            "puisqu", "presqu", "quelqu",
        ]
        .iter()
        .any(|e| w.eq_ignore_ascii_case(e.as_bytes()))
}

/// For each byte, whether it is an ASCII letter or digit: one load where
/// `u8::is_ascii_alphanumeric` tests three ranges, in the loops that read
/// every byte of a sentence.
pub(crate) static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// How [`tokens`] reads an ASCII byte.
pub(crate) const PUNCT: u8 = 0;
pub(crate) const SPACE: u8 = 1;
const LETTER: u8 = 2;

/// For each ASCII byte: a letter or digit, white space (as
/// [`char::is_whitespace`] tells), or a token of its own.
pub(crate) static ASCII_CLASS: [u8; 128] = {
    let mut t = [PUNCT; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\t'..=b'\r' | b' ' => SPACE,
            x if x.is_ascii_alphanumeric() => LETTER,
            _ => PUNCT,
        };
        b += 1;
    }
    t
};

/// The character at byte `i` of `bytes` (a character boundary of a
/// `str`, outside ASCII) and its length, decoded from its bytes: the
/// loops that call it stop at every accented letter and curly
/// apostrophe of French text.
#[inline]
pub(crate) fn wide_char(bytes: &[u8], i: usize) -> (char, usize) {
    let b = u32::from(bytes[i]);
    let cont = |k: usize| u32::from(bytes[i + k] & 0x3F);
    let (c, n) = match b {
        0xC0..=0xDF => ((b & 0x1F) << 6 | cont(1), 2),
        0xE0..=0xEF => ((b & 0x0F) << 12 | cont(1) << 6 | cont(2), 3),
        _ => ((b & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4),
    };
    (char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER), n)
}

/// Whether the character at byte `i` of `bytes` (before its end) is a
/// letter or a digit.
#[inline]
fn word_at(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        None => false,
        Some(&b) if b < 0x80 => ASCII_WORD[usize::from(b)],
        Some(_) => crate::stages::is_alnum(wide_char(bytes, i).0),
    }
}

/// Appends the tokens of `text[range]` to `out` (cleared first).
///
/// Called on every sentence that may hold speech and on the windows
/// around each quotation mark, so it reads bytes: ASCII bytes by a table,
/// runs of ASCII letters and digits in a tight loop, and only bytes
/// outside ASCII are decoded, from their bytes.
pub(super) fn tokens(text: &str, range: Range<usize>, out: &mut Vec<Tok>) {
    out.clear();
    // About one token per five bytes of news: one allocation, not a
    // doubling per few tokens.
    out.reserve(range.len() / 5);
    // Cut at the end of the range: every read past it is out of bounds.
    let bytes = &text.as_bytes()[..range.end];
    let mut i = range.start;
    while let Some(&b) = bytes.get(i) {
        let s = i;
        if b < 0x80 {
            match ASCII_CLASS[usize::from(b)] {
                SPACE => {
                    i += 1;
                    continue;
                }
                PUNCT => {
                    out.push(Tok { s, e: s + 1, word: false });
                    i += 1;
                    continue;
                }
                _ => {}
            }
            // Most words: ASCII letters and digits up to a space, read
            // in a tight loop and pushed at once.
            i += 1;
            while bytes.get(i).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
                i += 1;
            }
            if bytes.get(i) == Some(&b' ') {
                out.push(Tok { s, e: i, word: true });
                i += 1;
                continue;
            }
        } else {
            let (c, n) = wide_char(bytes, i);
            if !crate::stages::is_alnum(c) {
                if !c.is_whitespace() {
                    out.push(Tok { s, e: s + n, word: false });
                }
                i += n;
                continue;
            }
            i += n;
        }
        // Any other word: letters and digits, hyphens and apostrophes
        // between them, up to an elided word's apostrophe; read on from
        // where the reading above stopped. Whether an ASCII space follows
        // the word:
        let mut spaced = false;
        loop {
            i += bytes[i..]
                .iter()
                .position(|&b| !ASCII_WORD[usize::from(b)])
                .unwrap_or(bytes.len() - i);
            let Some(&b) = bytes.get(i) else { break };
            // Most words end at a space: told by its byte, no character
            // read.
            if b == b' ' {
                spaced = true;
                break;
            }
            let (c, n) = match b < 0x80 {
                true => (char::from(b), 1),
                false => wide_char(bytes, i),
            };
            if b >= 0x80 && crate::stages::is_alnum(c) {
                i += n;
                continue;
            }
            // Most words end at a space: the character after is read
            // only for a hyphen or an apostrophe.
            if c == '-' && word_at(bytes, i + n) {
                i += n;
                continue;
            }
            if is_apostrophe(c) {
                if elides(&bytes[s..i]) {
                    i += n;
                    spaced = bytes.get(i) == Some(&b' ');
                    break;
                }
                if word_at(bytes, i + n) {
                    i += n;
                    continue;
                }
            }
            break;
        }
        out.push(Tok { s, e: i, word: true });
        // Most words end at a space: passed over here.
        i += usize::from(spaced);
    }
}

/// The tokens of `text[range]` as [`tokens`] gives them, at least the
/// last `k` of them (all when there are fewer): read from an ASCII space
/// that `k` pieces of visible ASCII follow, when there is one.
///
/// No token holds a space, so reading from a space gives the tokens after
/// it that reading from further back gives; each piece between spaces
/// holding a visible ASCII character is at least one token.
pub(super) fn tail_tokens(
    text: &str,
    range: Range<usize>,
    k: usize,
    out: &mut Vec<Tok>,
) {
    let bytes = text.as_bytes();
    let mut from = range.start;
    let (mut pieces, mut visible) = (0, false);
    let mut i = range.end;
    while i > range.start {
        i -= 1;
        let b = bytes[i];
        if b == b' ' {
            if visible {
                pieces += 1;
                visible = false;
                if pieces >= k {
                    from = i;
                    break;
                }
            }
        } else if b.is_ascii_graphic() {
            visible = true;
        }
    }
    tokens(text, from..range.end, out);
}

#[cfg(test)]
mod tests {
    use super::*;

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
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        }
    }

    /// The tokens as first written, character by character: what
    /// [`tokens`] must give.
    fn reference(text: &str, range: Range<usize>, out: &mut Vec<Tok>) {
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
                    if elides(&piece.as_bytes()[s..at]) {
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

    #[test]
    fn reads_the_last_tokens_as_the_whole_window() {
        let texts = [
            "le groupe laitier\u{a0}Lactalis, l'attaquant a-t-il dit « oui »",
            "jusqu’à  l’ « aube » d' x \u{a0} \u{a0} y - z  ",
            include_str!("../../../fixtures/xai-economist-fr.txt"),
        ];
        let (mut got, mut want) = (Vec::new(), Vec::new());
        for text in texts {
            each_window(text, 89, 70, |a, b| {
                tokens(text, a..b, &mut want);
                for last in 1..6 {
                    tail_tokens(text, a..b, last, &mut got);
                    let n = last.min(want.len());
                    assert!(got.len() >= n);
                    assert_eq!(
                        got[got.len() - n..],
                        want[want.len() - n..],
                        "{:?}",
                        &text[a..b]
                    );
                }
            });
        }
    }

    /// Calls `f` on every range of character boundaries of a short text,
    /// and on windows of a long one (every `step`-th boundary, `take`
    /// ends from each start).
    fn each_window(
        text: &str,
        step: usize,
        take: usize,
        mut f: impl FnMut(usize, usize),
    ) {
        let bounds: Vec<usize> =
            (0..=text.len()).filter(|&b| text.is_char_boundary(b)).collect();
        let step = if text.len() > 1000 { step } else { 1 };
        for (k, &a) in bounds.iter().enumerate().step_by(step) {
            for &b in bounds[k..].iter().step_by(step).take(take) {
                f(a, b);
            }
        }
    }

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

    #[test]
    fn reads_bytes_as_the_characters_were_read() {
        let texts = [
            "l'attaquant a-t-il dit « oui » -- jusqu’à l’ « aube » d'",
            "Qu'elle-même, 3,5 % ; aujourd'hui - l' - x'- 'a -a- a-' À l'Élysée\u{a0}:",
            "« Non », a\u{2011}t\u{2011}il répondu.\n— D’accord, lance-t-elle…\u{202f}!",
            include_str!("../../../fixtures/xai-economist-fr.txt"),
        ];
        let (mut got, mut want) = (Vec::new(), Vec::new());
        for text in texts {
            // Every range of the short texts; windows of the long one.
            each_window(text, 97, 60, |a, b| {
                tokens(text, a..b, &mut got);
                reference(text, a..b, &mut want);
                assert_eq!(got, want, "{:?}", &text[a..b]);
            });
            tokens(text, 0..text.len(), &mut got);
            reference(text, 0..text.len(), &mut want);
            assert_eq!(got, want);
        }
    }
}
