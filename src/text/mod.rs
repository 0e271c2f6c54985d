//! Text structure: sentences and words.
//!
//! Works on the decoded text in byte offsets; the model converts to code
//! points once at the end.

pub mod numbers;
pub mod sentences;

/// Counts the words of `text`: runs of letters and digits, as a French
/// reader counts them. An apostrophe ends a word (`l'IA`, `c'était` are
/// two, as French elision makes them), a hyphen too (`peut-il`), and a
/// comma or a point between two digits does not (`6,5` and `3.14` are
/// one). Combining marks belong to the word they follow.
///
/// This is one pass over the bytes with a fast path for ASCII; it replaced
/// UAX #29 word segmentation, which took half the analysis time and counts
/// `c'était` as one word.
///
/// # Examples
///
/// ```
/// use analyze::text::word_count;
/// assert_eq!(word_count("Le 26 mai, c'était au tour d'Elon."), 9);
/// assert_eq!(word_count("1,5 million — 100 000 puces"), 5);
/// assert_eq!(word_count("  "), 0);
/// ```
pub fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    // What the characters before the current one were.
    let mut st = WordState::default();
    let mut i = 0;
    while i < bytes.len() {
        // The ASCII bytes among the next eight, classed together.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let x = u64::from_le_bytes(word);
            let ascii = (x & HIGH).trailing_zeros() as usize / 8;
            if ascii == 8 {
                count += st.ascii_block(x, 8);
                i += 8;
                continue;
            }
            if ascii > 0 {
                count += st.ascii_block(x, ascii);
                i += ascii;
            }
        }
        let Some(&b) = bytes.get(i) else { break };
        // One character: an ASCII byte, or a decoded letter or mark.
        let (word, digit, joiner) = if b < 0x80 {
            i += 1;
            (
                b.is_ascii_alphanumeric(),
                b.is_ascii_digit(),
                b == b',' || b == b'.',
            )
        } else {
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            (is_letter_or_digit(c) || is_combining(c), false, false)
        };
        if word && !st.word && !(digit && st.joiner && st.digit_before) {
            count += 1;
        }
        st = WordState { word, digit, joiner, digit_before: st.digit };
    }
    count
}

/// The high bit of every byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// One in every byte.
const ONES: u64 = 0x0101_0101_0101_0101;

/// What [`word_count`] remembers of the two characters before the current
/// one.
#[derive(Clone, Copy, Debug, Default)]
struct WordState {
    /// The last one belongs to a word.
    word: bool,
    /// The last one is a digit.
    digit: bool,
    /// The last one is a `,` or a `.`.
    joiner: bool,
    /// The one before the last is a digit.
    digit_before: bool,
}

impl WordState {
    /// Counts the words that start in the first `n` bytes of `x` (the
    /// first in the low byte), ASCII all, and moves past them. Each
    /// byte's class is a mask with the high bit of that byte set: a word
    /// starts on a letter or digit after anything else, unless it is a
    /// digit after a joiner after a digit (`6,5`).
    #[inline(always)]
    fn ascii_block(&mut self, x: u64, n: usize) -> usize {
        // The bytes at least `lo`: below 0x80, a byte carries into its
        // high bit when 0x80 - lo is added exactly when it is.
        let at_least =
            |v: u64, lo: u64| v.wrapping_add((0x80 - lo) * ONES) & HIGH;
        let kept = HIGH >> (8 * (8 - n));
        let x = x & !HIGH;
        let digit = at_least(x, 0x30) & !at_least(x, 0x3a) & kept;
        let folded = x | (0x20 * ONES);
        let letter = at_least(folded, 0x61) & !at_least(folded, 0x7b) & kept;
        let word = digit | letter;
        // `,` and `.` differ in one bit; the others are then nonzero.
        let z = (x | (0x02 * ONES)) ^ (0x2e * ONES);
        let joiner = !z.wrapping_add(0x7f * ONES) & kept;
        let bit = |b: bool| if b { 0x80 } else { 0 };
        // Each byte's bit is that of the byte before it.
        let word_before = word << 8 | bit(self.word);
        let joiner_before = joiner << 8 | bit(self.joiner);
        let digit_before = digit << 8 | bit(self.digit);
        let digit_two_before = digit_before << 8 | bit(self.digit_before);
        let starts = word & !word_before;
        let numbers = digit & joiner_before & digit_two_before;
        let last = |m: u64| m & (0x80 << (8 * (n - 1))) != 0;
        *self = WordState {
            word: last(word),
            digit: last(digit),
            joiner: last(joiner),
            digit_before: last(digit_before),
        };
        // The number of high bits set (the numbers are among the starts),
        // gathered into the top byte by one multiplication: baseline
        // x86-64 has no population count instruction.
        ((((starts ^ numbers) >> 7).wrapping_mul(ONES)) >> 56) as usize
    }
}

/// Whether `c` is alphabetic (`char::is_alphabetic`), answered without the
/// Unicode tables for ASCII and the Latin-1 letters French is written in.
#[inline]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        // Latin-1 letters, all alphabetic; `×` and `÷` are not.
        '\u{c0}'..='\u{ff}' => !matches!(c, '\u{d7}' | '\u{f7}'),
        // Latin-1 signs and spaces (`«`, `»`, no-break space): `ª`, `µ`
        // and `º` only.
        '\u{80}'..='\u{bf}' => matches!(c, '\u{aa}' | '\u{b5}' | '\u{ba}'),
        // General punctuation (`’`, `–`, `…`, narrow spaces): no letter.
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic(),
    }
}

/// Whether `c` is alphanumeric (`char::is_alphanumeric`), with the fast
/// paths of [`is_letter`].
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7f}' => false,
        '\u{c0}'..='\u{ff}' => !matches!(c, '\u{d7}' | '\u{f7}'),
        // Latin-1 signs and spaces: the letters `ª`, `µ`, `º` and the
        // numbers `²`, `³`, `¹`, `¼`, `½`, `¾`.
        '\u{80}'..='\u{bf}' => matches!(
            c,
            '\u{aa}'
                | '\u{b2}'
                | '\u{b3}'
                | '\u{b5}'
                | '\u{b9}'
                | '\u{ba}'
                | '\u{bc}'..='\u{be}'
        ),
        // General punctuation (`’`, `–`, `…`, narrow spaces): no letter
        // nor number.
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Combining diacritical marks (a decomposed `é` is `e` + U+0301).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

#[cfg(test)]
mod tests {
    use super::{is_letter, is_letter_or_digit, word_count};

    #[test]
    fn letters_agree_with_unicode() {
        for c in ('\0'..='\u{3000}').chain(['東', '🚀', '\u{fffd}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// Words counted character by character, as first written.
    fn word_count_by_chars(text: &str) -> usize {
        let (mut count, mut in_word) = (0, false);
        let (mut prev_digit, mut joiner_after_digit) = (false, false);
        for c in text.chars() {
            let word_char = if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                is_letter_or_digit(c) || super::is_combining(c)
            };
            if word_char {
                let digit = c.is_ascii_digit();
                if !(in_word || joiner_after_digit && digit) {
                    count += 1;
                }
                in_word = true;
                prev_digit = digit;
                joiner_after_digit = false;
            } else {
                joiner_after_digit = prev_digit && (c == ',' || c == '.');
                in_word = false;
                prev_digit = false;
            }
        }
        count
    }

    #[test]
    fn words_as_counted_character_by_character() {
        let article = include_str!("../../fixtures/xai-economist-fr.txt");
        let mut texts = vec![article.to_string()];
        for line in article.lines() {
            texts.push(line.to_string());
        }
        texts.extend(
            [
                "3,5.2,x 1.,2 ,5 a1,2 é1,2 1,é 1é,2 \u{301}1,2",
                "l’État, 1\u{a0}000\u{202f}€ — 2,5 % ; «\u{a0}oui\u{a0}» 東京3.4",
                "\u{7f}\u{80}\u{ff}\u{d7}\u{f7}\u{300}\u{36f}\u{20d0}🚀é,9",
            ]
            .map(String::from),
        );
        // Mixtures that put every pair and triple of classes across the
        // eight-byte blocks.
        let pieces = [
            "a", "Z", "1", "9", ",", ".", " ", "é", "\u{301}", "-", "’", "@",
            "[",
        ];
        let mut seed = 7u64;
        for _ in 0..5000 {
            let mut t = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            for _ in 0..(seed >> 58) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            texts.push(t);
        }
        for t in &texts {
            assert_eq!(word_count(t), word_count_by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn words() {
        for (text, n) in [
            ("", 0),
            ("Bonjour", 1),
            ("l’IA", 2),
            ("peut-il", 2),
            ("6,5 %", 1),
            ("3.14.", 1),
            ("fin. 2025", 2),
            ("e\u{301}te\u{301}", 1),
            ("東京 est loin", 3),
            ("🚀 ok", 1),
        ] {
            assert_eq!(word_count(text), n, "{text:?}");
        }
    }
}
