//! The words of one sentence, for reading around a trigger: runs of
//! letters, digits and inner hyphens, an elided word keeping its
//! apostrophe (`d'`, `l’`), every other visible character a token of its
//! own. Built only for the sentences that hold a trigger.

use std::ops::Range;

/// One token, in byte offsets into the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    /// Start byte.
    pub start: usize,
    /// End byte, exclusive.
    pub end: usize,
    /// A word (letters or digits), not punctuation.
    pub word: bool,
}

/// The tokens of `text[range]`, in order.
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out = Vec::with_capacity((range.end - range.start) / 5);
    let s = &text[range.clone()];
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                start: range.start + i,
                end: range.start + i + c.len_utf8(),
                word: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                it.next();
            } else if d == '-' || d == '\'' || d == '\u{2019}' {
                // An inner hyphen joins; an apostrophe ends an elided
                // word, kept with it.
                let next = s[j + d.len_utf8()..].chars().next();
                if d == '-' && next.is_some_and(char::is_alphanumeric) {
                    end = j + d.len_utf8();
                    it.next();
                } else if d != '-' {
                    end = j + d.len_utf8();
                    it.next();
                    break;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        out.push(Tok {
            start: range.start + i,
            end: range.start + end,
            word: true,
        });
    }
    out
}

/// Whether `word` equals `lower` (already lower case), case aside and
/// with either apostrophe.
pub fn is(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        // Most words: bytes compared case aside, no case tables.
        return word.len() == lower.len()
            && word
                .bytes()
                .zip(lower.bytes())
                .all(|(a, b)| a.to_ascii_lowercase() == b);
    }
    let mut a = word.chars().flat_map(char::to_lowercase).map(|c| match c {
        '\u{2019}' => '\'',
        c => c,
    });
    let mut b = lower.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// Whether `word` is one of `list` (lower case).
pub fn is_any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|l| is(word, l))
}

/// `word` in lower case with a straight apostrophe, in `buf`.
pub fn lower<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    for c in word.chars().flat_map(char::to_lowercase) {
        buf.push(if c == '\u{2019}' { '\'' } else { c });
    }
    buf.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_elisions_and_punctuation() {
        let t = "L’État, d'Air Street a-t-il levé 6 Md$ ?";
        let got: Vec<&str> =
            tokens(t, 0..t.len()).iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            got,
            [
                "L’", "État", ",", "d'", "Air", "Street", "a-t-il", "levé",
                "6", "Md", "$", "?"
            ]
        );
        assert!(is("L’", "l'"));
        assert!(is("Auprès", "auprès"));
        assert!(!is("de", "des"));
    }
}
