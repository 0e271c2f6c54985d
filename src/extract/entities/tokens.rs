//! Splits a text into the tokens the entity rules read: words, elided
//! articles and single punctuation marks, in byte offsets.
//!
//! A word is a run of letters and digits, joined across inner hyphens
//! (`Jean-Luc`, `peut-il`) and inner apostrophes that do not mark an
//! elision (`aujourd'hui`, `O'Brien`). An elided article or pronoun (`d'`,
//! `l’`, `qu'`) is its own token, so that `d'Air Street Capital` starts a
//! name at `Air`. White space is skipped, but a line break is remembered:
//! names never run across one.

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

/// One token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset, exclusive.
    pub end: usize,
    /// Word, elision or punctuation.
    pub kind: Kind,
    /// Letter case, for words.
    pub shape: Shape,
    /// A line break separates this token from the previous one.
    pub line_before: bool,
    /// White space separates this token from the previous one.
    pub space_before: bool,
    /// The token opens a sentence (or a quotation, or a line).
    pub initial: bool,
}

impl Token {
    /// Whether the token is a word that can be (part of) a name by its
    /// form alone.
    pub(crate) fn namelike(&self) -> bool {
        self.kind == Kind::Word
            && matches!(self.shape, Shape::Cap | Shape::Upper | Shape::Brand)
    }
}

/// The elided forms that are split off a word (`d'`, `qu'`, `lorsqu'`),
/// lower case, without the apostrophe.
const ELISIONS: &[&str] = &[
    "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "quoiqu",
    "s", "t",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_elision(word: &str) -> bool {
    word.len() <= 7 && ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
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
/// lower-case letters again and is left out, and so are two-letter
/// prefixes, which are French words glued to the next one (`saNouvelle`).
fn brand_case(word: &str) -> bool {
    let b = word.as_bytes();
    let prefix = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    if prefix != 1 || prefix >= b.len() {
        return false;
    }
    let rest = &word[prefix..];
    let caps = rest.chars().take_while(|c| c.is_uppercase()).count();
    caps >= 1
        && rest
            .chars()
            .skip(caps)
            .all(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// Splits `text` into tokens; `sentences` are the byte ranges of the
/// sentences, used to mark sentence openers.
pub(crate) fn tokenize(
    text: &str,
    sentences: &[std::ops::Range<usize>],
) -> Vec<Token> {
    // French prose has about one token per five bytes; reserving more
    // spares the copies of a growing vector on long inputs.
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 4 + 16);
    let mut space = false;
    let mut line = true;
    let mut opener = true;
    let mut next_sentence = sentences.iter().map(|r| r.start).peekable();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let clen = c.len_utf8();
        if c.is_whitespace() {
            space = true;
            if c == '\n' || c == '\r' {
                line = true;
                opener = true;
            }
            i += clen;
            continue;
        }
        while next_sentence.peek().is_some_and(|&s| s <= i) {
            next_sentence.next();
            opener = true;
        }
        let mut tok = Token {
            start: i,
            end: i + clen,
            kind: Kind::Punct,
            shape: Shape::Lower,
            line_before: line,
            space_before: space,
            initial: false,
        };
        if c.is_alphanumeric() {
            let mut end = tok.end;
            let bytes = text.as_bytes();
            while let Some(d) = char_at(text, end) {
                // ASCII letters and digits: the common case, byte by byte.
                if bytes[end].is_ascii_alphanumeric() {
                    end += 1;
                    continue;
                }
                let dlen = d.len_utf8();
                if d.is_alphanumeric() {
                    end += dlen;
                    continue;
                }
                // An inner hyphen or apostrophe joins when a letter or
                // digit follows it.
                let joiner = d == '-' || is_apostrophe(d);
                if !joiner
                    || !char_at(text, end + dlen)
                        .is_some_and(char::is_alphanumeric)
                    || is_apostrophe(d) && is_elision(&text[i..end])
                {
                    break;
                }
                end += dlen;
            }
            tok.end = end;
            tok.kind = Kind::Word;
            // An elision keeps its apostrophe: `d'`, `l’`.
            if let Some(d) = char_at(text, end)
                && is_apostrophe(d)
                && is_elision(&text[i..end])
            {
                tok.end = end + d.len_utf8();
                tok.kind = Kind::Elision;
            } else {
                tok.shape = shape(&text[tok.start..tok.end]);
            }
            tok.initial = opener;
            opener = false;
        } else if matches!(c, '«' | '“' | '"' | '(' | ':' | '—' | '–') {
            opener = true;
        }
        i = tok.end;
        out.push(tok);
        space = false;
        line = false;
    }
    out
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

    fn words(text: &str) -> Vec<(&str, Kind, bool)> {
        let whole = std::iter::once(0..text.len()).collect::<Vec<_>>();
        tokenize(text, &whole)
            .into_iter()
            .map(|t| (&text[t.start..t.end], t.kind, t.initial))
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
    fn shapes() {
        let cases: &[(&str, Shape)] = &[
            ("Musk", Shape::Cap),
            ("OpenAI", Shape::Cap),
            ("IBM", Shape::Upper),
            ("H", Shape::Upper),
            ("xAI", Shape::Brand),
            ("iPhone", Shape::Brand),
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
