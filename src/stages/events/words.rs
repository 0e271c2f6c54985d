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

/// The tokens of `text[range]`, in order, in `out` (cleared first).
/// ASCII bytes are read by a table, runs of ASCII letters and digits in
/// a tight loop; only bytes outside ASCII are decoded, from their bytes.
pub fn tokens(text: &str, range: Range<usize>, out: &mut Vec<Tok>) {
    use crate::stages::is_alnum;
    use crate::stages::quotes::{ASCII_CLASS, ASCII_WORD, PUNCT, SPACE};
    out.clear();
    // About one token per five bytes of news.
    out.reserve(range.len() / 5);
    let b = text.as_bytes();
    let end = range.end;
    // The text up to the end of the range: a word's letters are read in
    // it, eight bytes at a time.
    let cut = &b[..end];
    let wide = |i: usize| crate::stages::quotes::wide_char(b, i);
    let mut i = range.start;
    while i < end {
        let (start, x) = (i, b[i]);
        if x < 0x80 {
            match ASCII_CLASS[usize::from(x)] {
                SPACE => {
                    i += 1;
                    continue;
                }
                PUNCT => {
                    out.push(Tok { start: i, end: i + 1, word: false });
                    i += 1;
                    continue;
                }
                _ => i += 1,
            }
        } else {
            let (c, n) = wide(i);
            if !is_alnum(c) {
                if !c.is_whitespace() {
                    out.push(Tok { start: i, end: i + n, word: false });
                }
                i += n;
                continue;
            }
            i += n;
        }
        // A word: letters and digits, inner hyphens, up to an
        // apostrophe kept with it.
        loop {
            i = crate::stages::ascii_word_end(cut, i);
            if i >= end {
                break;
            }
            match b[i] {
                // An inner hyphen joins.
                b'-' => {
                    let next = match b.get(i + 1) {
                        Some(&y) if i + 1 < end && y < 0x80 => {
                            ASCII_WORD[usize::from(y)]
                        }
                        Some(_) if i + 1 < end => is_alnum(wide(i + 1).0),
                        _ => false,
                    };
                    if !next {
                        break;
                    }
                    i += 1;
                    // `ex-directrice`: the prefix of a former post is a
                    // word of its own, so the title starts a word.
                    if i - start == 3
                        && b[start..i].eq_ignore_ascii_case(b"ex-")
                    {
                        break;
                    }
                }
                // An apostrophe ends an elided word, kept with it.
                b'\'' => {
                    i += 1;
                    break;
                }
                y if y >= 0x80 => {
                    let (d, dl) = wide(i);
                    if is_alnum(d) {
                        i += dl;
                    } else {
                        if d == '\u{2019}' {
                            i += dl;
                        }
                        break;
                    }
                }
                _ => break,
            }
        }
        out.push(Tok { start, end: i, word: true });
        // Most words end at a space: passed over here.
        if i < end && b[i] == b' ' {
            i += 1;
        }
    }
}

/// Whether `word` equals `lower` (already lower case), case aside and
/// with either apostrophe.
#[inline]
pub fn is(word: &str, lower: &str) -> bool {
    let (w, l) = (word.as_bytes(), lower.as_bytes());
    // Two first characters in ASCII that differ (most calls): no need
    // to read further.
    if let (Some(&a), Some(&b)) = (w.first(), l.first())
        && a < 0x80
        && b < 0x80
        && a.to_ascii_lowercase() != b
    {
        return false;
    }
    // Most words: bytes compared case aside, in one pass, no case
    // tables. Up to the first byte outside ASCII both readings agree
    // byte for byte, so a difference there answers; from such a byte
    // on, the characters are lowered.
    for (k, &a) in w.iter().enumerate() {
        if a >= 0x80 {
            return folds_to(word, lower);
        }
        if l.get(k) != Some(&a.to_ascii_lowercase()) {
            return false;
        }
    }
    w.len() == l.len()
}

/// The characters outside ASCII that [`folds_to`] reads as an ASCII one
/// first: `İ` (`i` and a dot above), the Kelvin sign (`k`) and `’`
/// (`'`).
const ASCII_FOLDS: [char; 3] = ['\u{130}', '\u{212A}', '\u{2019}'];

/// [`is`] for a word with a character outside ASCII (`État`, `l’`):
/// lowered character by character, `’` read as `'`.
#[cold]
fn folds_to(word: &str, lower: &str) -> bool {
    // A first character outside ASCII lowers to one outside ASCII, but
    // for [`ASCII_FOLDS`]: never to the ASCII one `lower` opens with.
    if let (Some(&a), Some(&b)) =
        (word.as_bytes().first(), lower.as_bytes().first())
        && a >= 0x80
        && b < 0x80
        && !word.starts_with(ASCII_FOLDS)
    {
        return false;
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

/// A list of words (lower case) grouped by their first byte, read as
/// [`is_any`] reads it: a word whose first byte is ASCII is compared only
/// with the words starting with that byte lowered, the only ones [`is`]
/// can find equal; any other word with all of them.
pub struct Wordlist {
    /// The words, by first byte (those outside ASCII last).
    words: Vec<&'static str>,
    /// For each ASCII byte, where the words starting with it start in
    /// `words`; then where those starting outside ASCII start.
    starts: [u16; 129],
}

impl Wordlist {
    pub fn new(list: &[&'static str]) -> Wordlist {
        let first = |w: &str| w.bytes().next().map_or(128, |b| b.min(128));
        let mut words = list.to_vec();
        words.sort_by_key(|w| first(w));
        let mut starts = [0u16; 129];
        for (b, s) in starts.iter_mut().enumerate() {
            let at = words.partition_point(|w| usize::from(first(w)) < b);
            *s = u16::try_from(at).unwrap_or(u16::MAX);
        }
        Wordlist { words, starts }
    }

    /// [`is_any`] of the list.
    #[inline]
    pub fn holds(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&b) if b < 0x80 => {
                let b = usize::from(b.to_ascii_lowercase());
                let (lo, hi) = (self.starts[b], self.starts[b + 1]);
                self.words[usize::from(lo)..usize::from(hi)]
                    .iter()
                    .any(|l| is(word, l))
            }
            _ => is_any(word, &self.words),
        }
    }
}

/// `s.to_lowercase()`, cheaper for most text: the ASCII letters lowered
/// byte by byte, in one pass, when every other character is its own lower
/// case (`é`, `’`, `«`); else (`À`, `É`, `Σ` at the end of a word) the
/// whole of `s` lowered by the standard library.
pub fn lowercase(s: &str) -> String {
    let keeps = |c: char| {
        matches!(c, 'à'..='ÿ' | '\u{a0}' | '«' | '»' | '’' | '–' | '—' | '…')
            && c != '÷'
            || {
                let mut l = c.to_lowercase();
                l.next() == Some(c) && l.next().is_none()
            }
    };
    match s.is_ascii() || s.chars().filter(|c| !c.is_ascii()).all(keeps) {
        true => s.to_ascii_lowercase(),
        false => s.to_lowercase(),
    }
}

/// `word` in lower case with a straight apostrophe, in `buf`.
pub fn lower<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    // Most words: ASCII, lowered in place with no case tables.
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return buf.as_str();
    }
    for c in word.chars() {
        match c {
            '\u{2019}' => buf.push('\''),
            // Latin-1 (`É`, `é`, `ç`): one character lowered, with no
            // case tables.
            'À'..='Þ' if c != '×' => {
                buf.push(char::from_u32(u32::from(c) + 0x20).unwrap_or(c));
            }
            '\0'..='\u{ff}' => buf.push(c.to_ascii_lowercase()),
            _ => {
                for l in c.to_lowercase() {
                    buf.push(if l == '\u{2019}' { '\'' } else { l });
                }
            }
        }
    }
    buf.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_elisions_and_punctuation() {
        let t = "L’État, d'Air Street a-t-il levé 6 Md$ ?";
        let mut toks = Vec::new();
        tokens(t, 0..t.len(), &mut toks);
        let got: Vec<&str> = toks.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            got,
            [
                "L’", "État", ",", "d'", "Air", "Street", "a-t-il", "levé",
                "6", "Md", "$", "?"
            ]
        );
        assert!(is("L’", "l'"));
        for t in ["Été À Paris, l’ÉTAT «Σ»", "levée ΣΑΣ Σ", "ǅ ß ÿ", "Ab cd"]
        {
            assert_eq!(lowercase(t), t.to_lowercase());
        }
        let mut buf = String::new();
        let latin1: String =
            (0x80..0x100).filter_map(char::from_u32).collect();
        for w in
            ["L’ÉTAT", "Été", "ΣΑΣ", "İstanbul", "Œuvre", "D'ÀÞ×ÿ", &latin1]
        {
            let want: String = w
                .chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == '\u{2019}' { '\'' } else { c })
                .collect();
            assert_eq!(lower(w, &mut buf), want, "{w}");
        }
        // Only the characters of `ASCII_FOLDS` lower to ASCII first.
        for c in ('\u{80}'..=char::MAX).filter(|c| !ASCII_FOLDS.contains(c)) {
            let first = c.to_lowercase().next().unwrap_or(c);
            assert!(!first.is_ascii() && first != '\u{2019}', "{c:?}");
        }
        for (w, l) in
            [("İl", "i̇l"), ("\u{212A}m", "km"), ("’", "'"), ("é", "e")]
        {
            assert_eq!(is(w, l), folds_to(w, l), "{w}");
        }
        let list = ["de", "d'", "à", "au", "Été", "", "lorsqu'", "z"];
        let words = Wordlist::new(&list);
        for w in ["De", "D’", "À", "au", "AU", "été", "", "x", "Lorsqu’", "é"]
        {
            assert_eq!(words.holds(w), is_any(w, &list), "{w}");
        }
        assert!(is("Auprès", "auprès"));
        assert!(!is("de", "des"));
    }
}
