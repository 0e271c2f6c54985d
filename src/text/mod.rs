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
/// This is [`count`], one pass over the bytes; it replaced UAX #29 word
/// segmentation, which took half the analysis time and counts `c'était`
/// as one word.
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
    count(text, &mut []).words
}

/// What [`count`] finds in a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Words, as [`word_count`] counts them.
    pub words: usize,
    /// Unicode code points.
    pub chars: usize,
}

/// Counts the words and code points of `text` in one pass and, on the
/// way, the code points before each byte offset of `at`: `at` is sorted
/// by its first field, a byte offset (one past the end of the text counts
/// as its end), and gets the code-point offset in its second field.
///
/// The text is read in blocks of sixteen bytes whose every byte can be
/// classed from itself and its neighbours: ASCII, the Latin-1 and Latin
/// Extended-A letters and signs (lead bytes C2 to C5) and general
/// punctuation (`’`, `…`, `—`, no-break spaces: E2 80). The compiler
/// vectorises those blocks. A block near any other character is read one
/// character at a time.
///
/// # Examples
///
/// ```
/// use analyze::text::{count, Counts};
/// let mut at = [(0, 0), (4, 0), (6, 0)];
/// assert_eq!(count("l’IA a", &mut at), Counts { words: 3, chars: 6 });
/// assert_eq!(at, [(0, 0), (4, 2), (6, 4)]);
/// ```
pub fn count(text: &str, at: &mut [(usize, usize)]) -> Counts {
    let bytes = text.as_bytes();
    let mut counts = Counts::default();
    let mut next = 0;
    let mut i = 0;
    // The last step was a block, without a hard character.
    let mut clean = false;
    while i < bytes.len() {
        // The characters before the block were checked with the block
        // before, or are checked here.
        let block = i
            .checked_sub(LOOK_BACK)
            .and_then(|s| bytes.get(s..i + BLOCK + 2))
            .filter(|w| clean || !any_hard(&w[..LOOK_BACK + 1]))
            .and_then(block_counts);
        clean = block.is_some();
        let step = if block.is_some() { BLOCK } else { 1 };
        // The offsets wanted in this step: the code points before them.
        while let Some(slot) = at.get_mut(next) {
            if slot.0 >= i + step {
                break;
            }
            let upto = bytes.get(i..slot.0).unwrap_or_default();
            slot.1 = counts.chars + upto.iter().filter(|&&b| !cont(b)).count();
            next += 1;
        }
        match block {
            Some((words, chars)) => {
                counts.words += words;
                counts.chars += chars;
            }
            None => {
                if !cont(bytes[i]) {
                    counts.chars += 1;
                    counts.words += usize::from(starts_word(text, i));
                }
            }
        }
        i += step;
    }
    for slot in at.get_mut(next..).unwrap_or_default() {
        slot.1 = counts.chars;
    }
    counts
}

/// Bytes per block of [`count`].
const BLOCK: usize = 16;
/// Bytes read before a block: the two characters before it, the first of
/// which may be four bytes long.
const LOOK_BACK: usize = 4;
/// One byte per lane.
type Lanes = [u8; BLOCK];

/// Whether `b` continues a UTF-8 sequence.
#[inline(always)]
fn cont(b: u8) -> bool {
    b & 0xc0 == 0x80
}

/// Whether `b` lies in `lo..lo + n`, in a form the compiler vectorises.
#[inline(always)]
fn within(b: u8, lo: u8, n: u8) -> bool {
    b.wrapping_sub(lo) < n
}

/// Whether the lead byte `b`, followed by `n`, starts a character the
/// blocks do not class from its bytes: anything from U+0180 on but U+2000
/// to U+203F (general punctuation, never a letter), and the few Latin-1
/// characters that break the rule of their lead byte: the signs that are
/// letters or numbers (`ª²³µ¹º¼½¾`, with some neighbours: `«`, `°` and
/// `»` are let through) and the letter-free `×`, `÷`.
#[inline(always)]
fn hard(b: u8, n: u8) -> bool {
    let sign =
        within(n, 0xaa, 0xbf - 0xaa) & (n != 0xab) & (n != 0xb0) & (n != 0xbb);
    ((b >= 0xc6) & !((b == 0xe2) & (n == 0x80)))
        | ((b == 0xc2) & sign)
        | ((b == 0xc3) & ((n == 0x97) | (n == 0xb7)))
}

/// Whether the byte `b`, after `p`, belongs to a letter or digit, in a
/// text where [`hard`] finds nothing: an ASCII letter or digit, or a
/// character of leads C3 to C5 (Latin-1 and Latin Extended-A letters).
/// Lead C2 (Latin-1 signs) and general punctuation are none.
#[inline(always)]
fn word_byte(p: u8, b: u8) -> bool {
    within(b, b'0', 10)
        | within(b | 0x20, b'a', 26)
        | within(b, 0xc3, 3)
        | (cont(b) & within(p, 0xc3, 3))
}

/// Whether some lead byte of `w`, but the last, is [`hard`].
fn any_hard(w: &[u8]) -> bool {
    w.windows(2).any(|p| hard(p[0], p[1]))
}

/// The words starting and the code points in the block of `w`, the block
/// with `LOOK_BACK` bytes before it and one after; `None` when a
/// character starting in the block is [`hard`]. A word starts at the lead
/// byte of a letter or digit after a character that is none, unless it
/// is a digit after a `,` or `.` after a digit (`6,5`).
#[inline(always)]
fn block_counts(w: &[u8]) -> Option<(usize, usize)> {
    let lanes = |from: usize| -> Option<Lanes> {
        w.get(from..from + BLOCK)?.try_into().ok()
    };
    let (b2, b1, b, n) = (lanes(2)?, lanes(3)?, lanes(4)?, lanes(5)?);
    let digit = |x: u8| within(x, b'0', 10);
    let alnum = |x: u8| digit(x) | within(x | 0x20, b'a', 26);
    let number = |k: usize| {
        digit(b[k]) & ((b1[k] == b',') | (b1[k] == b'.')) & digit(b2[k])
    };
    // Half the blocks of French prose are ASCII, with the bytes around
    // them: each byte is a character.
    let mut high = 0u8;
    for k in 0..BLOCK {
        high |= b2[k] | n[k];
    }
    if high < 0x80 {
        let mut words = [0u8; BLOCK];
        for k in 0..BLOCK {
            words[k] = u8::from(alnum(b[k]) & !alnum(b1[k]) & !number(k));
        }
        return Some((lane_sum(words), BLOCK));
    }
    let mut hard_lanes = 0u8;
    for k in 0..BLOCK {
        hard_lanes |= u8::from(hard(b[k], n[k]));
    }
    if hard_lanes != 0 {
        return None;
    }
    let (mut words, mut leads) = ([0u8; BLOCK], [0u8; BLOCK]);
    for k in 0..BLOCK {
        let lead = !cont(b[k]);
        let start = lead
            & word_byte(b1[k], b[k])
            & !word_byte(b2[k], b1[k])
            & !number(k);
        words[k] = u8::from(start);
        leads[k] = u8::from(lead);
    }
    Some((lane_sum(words), lane_sum(leads)))
}

/// The sum of lanes of 0 or 1: each half gathered into its top byte by
/// one multiplication (baseline x86-64 has no population count).
#[inline(always)]
fn lane_sum(lanes: Lanes) -> usize {
    let [lo, hi] = [&lanes[..8], &lanes[8..]].map(|half| {
        let mut word = [0u8; 8];
        word.copy_from_slice(half);
        u64::from_le_bytes(word)
    });
    const ONES: u64 = 0x0101_0101_0101_0101;
    ((lo.wrapping_mul(ONES) >> 56) + (hi.wrapping_mul(ONES) >> 56)) as usize
}

/// Whether a word starts with the character at byte `i` of `text`, read
/// character by character.
fn starts_word(text: &str, i: usize) -> bool {
    let class = |c: Option<char>| match c {
        Some(c) if c.is_ascii() => (
            c.is_ascii_alphanumeric(),
            c.is_ascii_digit(),
            matches!(c, ',' | '.'),
        ),
        Some(c) => (is_letter_or_digit(c) || is_combining(c), false, false),
        None => (false, false, false),
    };
    let (head, tail) = (text.get(..i), text.get(i..));
    let mut before = head.unwrap_or_default().chars().rev();
    let (word, digit, _) = class(tail.and_then(|t| t.chars().next()));
    let (word1, _, joiner1) = class(before.next());
    let (_, digit2, _) = class(before.next());
    word && !word1 && !(digit && joiner1 && digit2)
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

    #[test]
    fn blocks_class_the_characters_they_let_through() {
        // Every character of two bytes or of E2 80 that `hard` lets
        // through is a letter or digit exactly when its bytes say so.
        for c in ('\u{80}'..='\u{7ff}').chain('\u{2000}'..='\u{203f}') {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if super::hard(bytes[0], bytes[1]) {
                continue;
            }
            let by_bytes = super::word_byte(b' ', bytes[0])
                && bytes[1..]
                    .iter()
                    .zip(bytes)
                    .all(|(&b, &p)| super::word_byte(p, b));
            let none = !super::word_byte(b' ', bytes[0])
                && bytes[1..]
                    .iter()
                    .zip(bytes)
                    .all(|(&b, &p)| !super::word_byte(p, b));
            assert!(by_bytes || none, "{c:?}");
            assert_eq!(by_bytes, is_letter_or_digit(c), "{c:?}");
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
            "[", "ª", "²", "×", "÷", "«", "°", "œ", "Ā", "東", "𝐀", "€", "…",
            "\u{2070}", "\u{a0}", "É", "ſ", "ƀ", "0", "e",
        ];
        let mut seed = 7u64;
        for round in 0..20000 {
            let mut t = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            // Some texts of the common characters only, whose blocks are
            // read whole.
            let kinds = if round % 2 == 0 { 13 } else { pieces.len() };
            for _ in 0..(seed >> 58) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                t.push_str(pieces[(seed >> 33) as usize % kinds]);
            }
            texts.push(t);
        }
        for t in &texts {
            assert_eq!(word_count(t), word_count_by_chars(t), "{t:?}");
            // Code points before every offset, and past the end.
            let mut at: Vec<(usize, usize)> =
                (0..=t.len() + 1).map(|b| (b, usize::MAX)).collect();
            let counts = super::count(t, &mut at);
            assert_eq!(counts.chars, t.chars().count(), "{t:?}");
            for (b, chars) in at {
                let want = match t.get(..b.min(t.len())) {
                    Some(head) => head.chars().count(),
                    None => t.as_bytes()[..b]
                        .iter()
                        .filter(|&&x| (x as i8) >= -0x40)
                        .count(),
                };
                assert_eq!(chars, want, "{t:?} at {b}");
            }
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
