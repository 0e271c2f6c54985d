//! French numbers: digits in French and English formats, cardinal words,
//! scale words and approximate-quantity nouns.
//!
//! Every reader looks at the start of a string and returns the value with
//! the number of bytes it read, or `None`; none of them allocates. The
//! extractors of money, dates and durations build on them. What the number
//! counts (euros, years, people) is not decided here.
//!
//! Digit formats (French typography, and the English forms French business
//! news quotes):
//!
//! - thousands separated by a space, a no-break space (U+00A0) or a narrow
//!   no-break space (U+202F): `100 000`, `1 250 000`;
//! - thousands separated by dots: `1.000.000`, `1.500`;
//! - thousands separated by commas, English style: `1,000,000`, `1,250`;
//! - a decimal comma, `1,5`, `0,75`, or a decimal point, `6.5`, `3.14`.
//!
//! A single group of three digits after a comma or a dot is read as
//! thousands (`1.500`, `1,250`) unless the integer part is `0`: French news
//! writes decimals with one or two digits (`1,5`, `2,75`).

use crate::lexicon::FastMap;
use std::sync::LazyLock;

/// A number read at the start of a string.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// Its value.
    pub value: f64,
    /// How many bytes of the string it took.
    pub len: usize,
}

/// The class of a cardinal word, which decides what may follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WordKind {
    /// 0 to 9.
    Unit,
    /// 10 to 16 (`dix`, `onze` ... `seize`).
    Teen,
    /// Tens: `vingt` ... `soixante`, and `septante`, `octante`, `nonante`.
    Ten,
    /// `cent`.
    Hundred,
    /// `mille`, `million`, `milliard`, `billion`.
    Multiplier,
}

static WORDS: LazyLock<FastMap<&'static str, (f64, WordKind)>> =
    LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../../data/numbers/words.tsv"))
            .filter_map(|row| {
                let mut f = row.split('\t');
                let (word, value, kind) = (f.next()?, f.next()?, f.next()?);
                let kind = match kind {
                    "u" => WordKind::Unit,
                    "t" => WordKind::Teen,
                    "d" => WordKind::Ten,
                    "c" => WordKind::Hundred,
                    _ => WordKind::Multiplier,
                };
                Some((word, (value.parse().ok()?, kind)))
            })
            .collect()
    });

/// Scale words and abbreviations: multiplier, and whether it is a word.
static SCALES: LazyLock<FastMap<&'static str, (f64, bool)>> =
    LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../../data/numbers/scales.tsv"))
            .filter_map(|row| {
                let mut f = row.split('\t');
                let (form, value, kind) = (f.next()?, f.next()?, f.next()?);
                Some((form, (value.parse().ok()?, kind == "w")))
            })
            .collect()
    });

static APPROXIMATE: LazyLock<FastMap<&'static str, f64>> =
    LazyLock::new(|| {
        crate::lexicon::rows(include_str!(
            "../../data/numbers/approximate.tsv"
        ))
        .filter_map(|row| {
            let (noun, value) = row.split_once('\t')?;
            Some((noun, value.parse().ok()?))
        })
        .collect()
    });

/// The cardinal words the number reader knows (`un`, `vingt`, `mille`).
pub fn cardinal_words() -> impl Iterator<Item = &'static str> {
    WORDS.keys().copied()
}

/// The approximate-quantity nouns the number reader knows (`dizaine`).
pub fn approximate_nouns() -> impl Iterator<Item = &'static str> {
    APPROXIMATE.keys().copied()
}

/// Whether `c` separates groups of three digits in French typography.
pub fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Reads a number written in digits at the start of `s`.
///
/// # Examples
///
/// ```
/// use analyze::text::numbers::digits;
/// let v = |s| digits(s).map(|n| (n.value, n.len));
/// assert_eq!(v("100 000 puces"), Some((100000.0, 7)));
/// assert_eq!(v("1,5 million"), Some((1.5, 3)));
/// assert_eq!(v("1.000.000 €"), Some((1e6, 9)));
/// assert_eq!(v("1,000,000"), Some((1e6, 9)));
/// assert_eq!(v("6.5bn"), Some((6.5, 3)));
/// assert_eq!(v("1 250 000,50"), Some((1250000.5, 12)));
/// assert_eq!(v("850'000 francs"), Some((850000.0, 7)));
/// assert_eq!(v("2022."), Some((2022.0, 4)));
/// assert_eq!(v("abc"), None);
/// ```
pub fn digits(s: &str) -> Option<Number> {
    let b = s.as_bytes();
    let lead = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if lead == 0 {
        return None;
    }
    let mut int_end = lead;
    let mut int_value = int_part(&s[..lead]);
    // Thousands groups: a separator followed by exactly three digits (and
    // no fourth). Spaces only after a short leading group, so that
    // `en 2019 100 personnes` stays two numbers. The Swiss press groups
    // them with an apostrophe (`850'000`, `1’200’000`).
    let mut separator: Option<char> = None;
    if lead <= 3 {
        loop {
            let rest = &s[int_end..];
            let Some(sep) = rest.chars().next() else { break };
            let is_sep = is_group_space(sep)
                || matches!(sep, '.' | ',' | '\'' | '\u{2019}');
            if !is_sep || separator.is_some_and(|p| p != sep) {
                break;
            }
            let after = &rest[sep.len_utf8()..];
            if !is_group_of_three(after) {
                break;
            }
            // One `,ddd` or `.ddd` group after `0` is a decimal (`0,750`).
            if (sep == ',' || sep == '.') && int_value == 0.0 {
                break;
            }
            // `1,250.5` and `1.250,5` both read the group; the other mark
            // is then the decimal one.
            separator = Some(sep);
            int_value = int_value * 1000.0 + int_part(&after[..3]);
            int_end += sep.len_utf8() + 3;
        }
    }
    let mut value = int_value;
    let mut end = int_end;
    // A decimal part: the mark that is not the thousands separator.
    let rest = &s[end..];
    if let Some(mark) = rest.chars().next()
        && (mark == ',' || mark == '.')
        && separator != Some(mark)
    {
        let frac = &rest[1..];
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n > 0 {
            value += fraction(&frac[..n]);
            end += 1 + n;
        }
    }
    Some(Number { value, len: end })
}

fn is_group_of_three(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && !b.get(3).is_some_and(u8::is_ascii_digit)
}

fn int_part(digits: &str) -> f64 {
    digits.bytes().fold(0.0, |acc, d| acc * 10.0 + f64::from(d - b'0'))
}

fn fraction(digits: &str) -> f64 {
    let mut scale = 0.1;
    let mut v = 0.0;
    for d in digits.bytes() {
        v += f64::from(d - b'0') * scale;
        scale /= 10.0;
    }
    // Round away the binary noise of summing tenths (0.1 + 0.02 ...).
    let p = 10f64.powi(digits.len().min(15) as i32);
    (v * p).round() / p
}

/// Reads a cardinal number written in French words at the start of `s`:
/// `trois`, `vingt et un`, `quatre-vingt-dix-sept`, `deux cent mille`,
/// `trois millions deux cent mille`. Hyphens or spaces join the words
/// (both spellings of the 1990 reform are read). The first letter may be a
/// capital.
///
/// # Examples
///
/// ```
/// use analyze::text::numbers::words;
/// let v = |s| words(s).map(|n| (n.value, n.len));
/// assert_eq!(v("vingt et un ans"), Some((21.0, 11)));
/// assert_eq!(v("quatre-vingt-dix-sept"), Some((97.0, 21)));
/// assert_eq!(v("Deux cent mille euros"), Some((200000.0, 15)));
/// assert_eq!(v("soixante et onze"), Some((71.0, 16)));
/// assert_eq!(v("deux trois"), Some((2.0, 4)));
/// assert_eq!(v("undécidable"), None);
/// ```
pub fn words(s: &str) -> Option<Number> {
    let mut total = 0.0; // completed multiplier groups (mille and above)
    let mut current = 0.0; // the group being read (below mille)
    let mut end = 0; // bytes read so far, at a word end
    let mut pos = 0;
    let mut prev: Option<(f64, WordKind)> = None;
    let mut read_any = false;
    // The last multiplier read: a larger one multiplies everything before
    // it (`mille milliards` is 10^12, `deux mille milliards` 2 × 10^12).
    let mut last_multiplier = 0.0;
    loop {
        // The next word and the joiner before it.
        let rest = &s[pos..];
        let (word, wlen) = next_word(rest);
        if word.is_empty() {
            break;
        }
        let lower = lower_first(word);
        let key = lower.as_deref().unwrap_or(word);
        let Some(&(v, kind)) = WORDS.get(key) else {
            // `et` joins `vingt et un`, `soixante et onze`.
            if key == "et"
                && prev.is_some_and(|(_, k)| k == WordKind::Ten)
                && let Some(after) = rest.get(wlen..)
                && let Some(skip) = joiner(after)
            {
                let (w2, l2) = next_word(&after[skip..]);
                if matches!(w2, "un" | "une" | "onze") {
                    let v2 = if w2 == "onze" { 11.0 } else { 1.0 };
                    current += v2;
                    pos += wlen + skip + l2;
                    end = pos;
                    prev = Some((v2, WordKind::Unit));
                    if let Some(j) = s.get(pos..).and_then(joiner) {
                        pos += j;
                        continue;
                    }
                }
            }
            break;
        };
        if read_any && !follows(prev, key, v, kind) {
            break;
        }
        match kind {
            WordKind::Unit | WordKind::Teen | WordKind::Ten => {
                // `quatre-vingt(s)`: four twenties.
                if kind == WordKind::Ten
                    && v == 20.0
                    && prev
                        .is_some_and(|(p, k)| k == WordKind::Unit && p == 4.0)
                {
                    current += 76.0;
                } else {
                    current += v;
                }
            }
            WordKind::Hundred => {
                let hundreds = current % 100.0;
                current = current - hundreds + hundreds.max(1.0) * 100.0;
            }
            WordKind::Multiplier => {
                if last_multiplier > 0.0 && last_multiplier < v {
                    total = (total + current) * v;
                } else {
                    total += current.max(1.0) * v;
                }
                last_multiplier = v;
                current = 0.0;
            }
        }
        read_any = true;
        prev = Some((v, kind));
        pos += wlen;
        end = pos;
        match s.get(pos..).and_then(joiner) {
            Some(j) => pos += j,
            None => break,
        }
    }
    read_any.then_some(Number { value: total + current, len: end })
}

/// Whether a cardinal word may follow the previous one in one number.
fn follows(
    prev: Option<(f64, WordKind)>,
    key: &str,
    v: f64,
    kind: WordKind,
) -> bool {
    let Some((p, pk)) = prev else { return true };
    match (pk, kind) {
        // `cent`, `mille`, `million` may follow almost anything below them.
        (_, WordKind::Multiplier) => pk != WordKind::Multiplier || p < v,
        (
            WordKind::Unit | WordKind::Teen | WordKind::Ten,
            WordKind::Hundred,
        ) => pk == WordKind::Unit && p >= 2.0,
        // `dix-sept`, `dix-huit`, `dix-neuf`.
        (WordKind::Teen, WordKind::Unit) => p == 10.0 && v >= 7.0,
        // `vingt-deux`, `soixante-dix`, `quatre-vingt-douze`.
        (WordKind::Ten, WordKind::Unit) => v >= 1.0 && key != "une",
        (WordKind::Ten, WordKind::Teen) => p == 60.0 || p == 20.0,
        // `quatre-vingt(s)`.
        (WordKind::Unit, WordKind::Ten) => p == 4.0 && v == 20.0,
        (WordKind::Hundred | WordKind::Multiplier, _) => true,
        _ => false,
    }
}

/// The word (letters only) at the start of `s` and its length in bytes.
fn next_word(s: &str) -> (&str, usize) {
    let len = s
        .char_indices()
        .find(|&(_, c)| !super::is_letter(c))
        .map_or(s.len(), |(i, _)| i);
    (&s[..len], len)
}

/// The joiner between two number words: one hyphen or a run of spaces.
fn joiner(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    if first == '-' {
        return Some(1);
    }
    let n: usize =
        s.chars().take_while(|&c| is_group_space(c)).map(char::len_utf8).sum();
    (n > 0).then_some(n)
}

/// `Deux` → `deux`; `None` when the word is already lower case.
fn lower_first(word: &str) -> Option<String> {
    let first = word.chars().next()?;
    first.is_uppercase().then(|| word.to_lowercase())
}

/// Reads a scale word or abbreviation at the start of `s` (`millions`,
/// `milliard`, `Md`, `M`, `bn`, `k`): its multiplier, the bytes read, and
/// whether it is a word (that takes `de` before a noun: `6 milliards de
/// dollars`) rather than an abbreviation (`6 Md$`). The scale must end at a
/// word boundary.
///
/// # Examples
///
/// ```
/// use analyze::text::numbers::scale;
/// assert_eq!(scale("milliards de dollars"), Some((1e9, 9, true)));
/// assert_eq!(scale("Md€"), Some((1e9, 2, false)));
/// assert_eq!(scale("bn"), Some((1e9, 2, false)));
/// assert_eq!(scale("Mars"), None);
/// ```
pub fn scale(s: &str) -> Option<(f64, usize, bool)> {
    let (word, len) = next_word(s);
    if word.is_empty() || s[len..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    if let Some(&(v, is_word)) = SCALES.get(word) {
        return Some((v, len, is_word));
    }
    // `620 MDH`, `14,2 MMDH`, `5 MEUR`: an abbreviation glued to a
    // currency written in letters.
    for (i, _) in word.char_indices().skip(1).take(3) {
        if let Some(&(v, false)) = SCALES.get(&word[..i])
            && GLUED_CURRENCIES.contains(&&word[i..])
        {
            return Some((v, i, false));
        }
    }
    // Words in capitals (`6 MILLIARDS`), not abbreviations (`MD`).
    if word.chars().all(char::is_uppercase) {
        let lower = word.to_lowercase();
        if let Some(&(v, true)) = SCALES.get(lower.as_str()) {
            return Some((v, len, true));
        }
    }
    None
}

/// Currencies in letters a scale abbreviation is glued to (`MDH`, the
/// Moroccan press's millions of dirhams; `MEUR`, `MUSD` in companies'
/// releases).
const GLUED_CURRENCIES: &[&str] =
    &["CHF", "DH", "DHS", "Dh", "Dhs", "EUR", "FCFA", "USD"];

/// Reads an approximate-quantity noun at the start of `s` (`dizaine`,
/// `centaine`, `milliers`), case-insensitively on the first letter.
///
/// # Examples
///
/// ```
/// use analyze::text::numbers::approximate;
/// assert_eq!(approximate("dizaine de millions"), Some(Number { value: 10.0, len: 7 }));
/// # use analyze::text::numbers::Number;
/// assert_eq!(approximate("dix"), None);
/// ```
pub fn approximate(s: &str) -> Option<Number> {
    let (word, len) = next_word(s);
    let lower = lower_first(word);
    let key = lower.as_deref().unwrap_or(word);
    APPROXIMATE.get(key).map(|&value| Number { value, len })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::check_table;

    #[test]
    fn tables() {
        check_table("words.tsv", include_str!("../../data/numbers/words.tsv"));
        check_table(
            "scales.tsv",
            include_str!("../../data/numbers/scales.tsv"),
        );
        check_table(
            "approximate.tsv",
            include_str!("../../data/numbers/approximate.tsv"),
        );
        assert_eq!(WORDS.len(), 38);
        assert!(SCALES.len() > 20);
        assert!(APPROXIMATE.len() > 10);
    }

    #[test]
    fn digit_formats() {
        let cases: &[(&str, Option<(f64, usize)>)] = &[
            ("0", Some((0.0, 1))),
            ("42", Some((42.0, 2))),
            ("2022 salariés", Some((2022.0, 4))),
            ("100\u{a0}000", Some((100000.0, 8))),
            ("100\u{202f}000", Some((100000.0, 9))),
            ("1 250 000", Some((1250000.0, 9))),
            ("12 345,67", Some((12345.67, 9))),
            ("1.500", Some((1500.0, 5))),
            ("1.500,25", Some((1500.25, 8))),
            ("1,250.75", Some((1250.75, 8))),
            ("0,75", Some((0.75, 4))),
            ("0,750", Some((0.75, 5))),
            ("3.25", Some((3.25, 4))),
            ("2,5 %", Some((2.5, 3))),
            ("1234 567", Some((1234.0, 4))),
            ("10 0000", Some((10.0, 2))),
            ("5.", Some((5.0, 1))),
            ("5,", Some((5.0, 1))),
            ("1 000 000 000", Some((1e9, 13))),
            ("x1", None),
        ];
        for &(s, want) in cases {
            assert_eq!(
                digits(s).map(|n| (n.value, n.len)),
                want,
                "input: {s:?}"
            );
        }
    }

    #[test]
    fn cardinal_words() {
        let cases: &[(&str, Option<f64>)] = &[
            ("zéro", Some(0.0)),
            ("un", Some(1.0)),
            ("une", Some(1.0)),
            ("douze", Some(12.0)),
            ("seize", Some(16.0)),
            ("dix-sept", Some(17.0)),
            ("dix sept", Some(17.0)),
            ("vingt", Some(20.0)),
            ("vingt-deux", Some(22.0)),
            ("vingt et un", Some(21.0)),
            ("trente-trois", Some(33.0)),
            ("soixante-dix", Some(70.0)),
            ("soixante-quinze", Some(75.0)),
            ("soixante et onze", Some(71.0)),
            ("quatre-vingts", Some(80.0)),
            ("quatre-vingt-un", Some(81.0)),
            ("quatre vingt dix neuf", Some(99.0)),
            ("quatre-vingt-dix", Some(90.0)),
            ("septante-cinq", Some(75.0)),
            ("nonante", Some(90.0)),
            ("cent", Some(100.0)),
            ("cent un", Some(101.0)),
            ("deux cents", Some(200.0)),
            ("trois cent quarante", Some(340.0)),
            ("mille", Some(1000.0)),
            ("deux mille", Some(2000.0)),
            ("deux mille vingt-quatre", Some(2024.0)),
            ("deux-mille-vingt-quatre", Some(2024.0)),
            ("dix mille", Some(10000.0)),
            ("deux cent mille", Some(200000.0)),
            ("un million", Some(1e6)),
            ("deux millions", Some(2e6)),
            ("six milliards", Some(6e9)),
            ("trois millions deux cent mille", Some(3_200_000.0)),
            ("mille milliards", Some(1e12)),
            ("deux mille milliards", Some(2e12)),
            ("dix mille milliards", Some(1e13)),
            ("cent mille euros", Some(100_000.0)),
            ("deux milliards trois cents millions", Some(2.3e9)),
            ("Quatre", Some(4.0)),
            ("trois ans", Some(3.0)),
            ("neuf heures", Some(9.0)),
            ("vingt trois", Some(23.0)),
            ("deux trois", Some(2.0)),
            ("onze douze", Some(11.0)),
            ("et", None),
            ("", None),
            ("centaine", None),
            ("milliardaire", None),
        ];
        for &(s, want) in cases {
            assert_eq!(words(s).map(|n| n.value), want, "input: {s:?}");
        }
    }

    #[test]
    fn word_lengths_stop_at_the_number() {
        let s = "vingt et un ans";
        assert_eq!(&s[..words(s).unwrap().len], "vingt et un");
        let s = "deux millions d'euros";
        assert_eq!(&s[..words(s).unwrap().len], "deux millions");
        let s = "soixante-dix-";
        assert_eq!(&s[..words(s).unwrap().len], "soixante-dix");
    }

    #[test]
    fn scales_and_approximations() {
        assert_eq!(scale("million d'euros"), Some((1e6, 7, true)));
        assert_eq!(scale("billions"), Some((1e12, 8, true)));
        assert_eq!(scale("M€"), Some((1e6, 1, false)));
        assert_eq!(scale("Mds $"), Some((1e9, 3, false)));
        assert_eq!(scale("k€"), Some((1e3, 1, false)));
        assert_eq!(scale("milliardaire"), None);
        assert_eq!(scale("MILLIARDS D'EUROS"), Some((1e9, 9, true)));
        assert_eq!(scale("MD"), None);
        assert_eq!(scale("M2"), None);
        assert_eq!(approximate("Centaine").map(|n| n.value), Some(100.0));
        assert_eq!(approximate("milliers").map(|n| n.value), Some(1000.0));
    }
}
