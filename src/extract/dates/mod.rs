//! Temporal expressions, normalised to TIMEX3 values.
//!
//! Each sentence is cut once into tokens (words, digit runs, single
//! punctuation marks) with an accent-folded, lower-case form; the
//! `grammar` rules then start only at anchor tokens (a digit, a month or
//! weekday name, a unit of time, a relative word) and read forward. Values
//! are resolved against the reference date by `calendar`, which picks the
//! year of an underspecified date from the tense of the clause (`tense`).
//! Spans leave out a leading preposition or article (`le`, `en`, `au`,
//! `d'ici`, `dès`, `depuis`) but keep what changes the value (`juillet
//! dernier`, `fin de 2025`, `cette année`, `il y a deux ans`).
//!
//! # Output
//!
//! Every candidate carries a [`DateValue`]:
//!
//! - `kind`: `DATE`, `TIME` (a time of day, `2024-05-30T14:30`, or a part
//!   of a day, `2024-05-29TEV` for `hier soir`), `DURATION` (`P3Y`,
//!   `PT48H`, `PXY` for `plusieurs années`) or `SET` (`P1D` for `chaque
//!   jour`, `XXXX-WXX-1` for `chaque lundi`).
//! - `value`: the TIMEX3 value; unknown parts are `X` (`XXXX-11` with no
//!   reference date).
//! - `modifier`: `START`, `MID`, `END` for parts of a period (`fin de 2025`
//!   is `2025` with `END`), `AFTER` / `BEFORE` for open intervals (`à partir
//!   du 8 mars`, `avant 2020`: the bound is the value).
//! - `end_value`: for a closed interval (`du 3 au 5 mars`, `entre 2019 et
//!   2021`, `de janvier à mars`, `fin mars`), `value` is its first unit and
//!   `end_value` its last one, **inclusive** (`2024-03-03` .. `2024-03-05`).
//!   A part of a month or of a week resolves to such a span of days
//!   (`début mars` is `2024-03-01` .. `2024-03-10` with `START`), so that
//!   a timeline can place it; a part of a year keeps the TIMEX3 form.
//!
//! Anaphoric expressions (`la veille`, `le lendemain`, `deux jours plus
//! tard`, `l'année suivante`, `cette année-là`) count from the last date
//! the text named before them, as a reader does; only with none do they
//! fall back on the reference date (or are left out, for `-là`).
//!
//! Without a reference date, relative expressions keep their unknown parts
//! (`XXXX-XX-XX` for `demain`) and vague ones their `*_REF` value.

mod calendar;
mod grammar;
mod tense;
#[cfg(test)]
mod tests;

use crate::lexicon::FastMap;
use crate::text::is_letter;
use std::cell::Cell;
use std::sync::LazyLock;

use super::{Candidate, DateValue, Doc, Extractor, Found, Kind};

/// Finds temporal expressions.
#[derive(Debug, Default)]
pub struct DateExtractor {}

impl DateExtractor {
    /// Builds the extractor.
    pub fn new() -> DateExtractor {
        DateExtractor {}
    }
}

impl Extractor for DateExtractor {
    fn kind(&self) -> Kind {
        Kind::Dates
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        find_dates(doc, out, false);
    }
}

/// Finds the dates of `doc`. With `every_rule`, every rule is tried at
/// every anchor of every sentence, as the rules alone decide: the tests
/// check that the sets of rules that may start at a token, and the strong
/// words a sentence needs, leave the output as it is.
fn find_dates(doc: &Doc<'_>, out: &mut Vec<Candidate>, every_rule: bool) {
    let mut toks = Vec::new();
    let mut folded = String::new();
    let mut numbers = Vec::new();
    let mut starts = Vec::new();
    let mut last = None;
    for range in doc.sentences {
        let Some(sentence) = doc.text.get(range.clone()) else {
            continue;
        };
        toks.clear();
        folded.clear();
        tokenize(sentence, range.start, &mut toks, &mut folded);
        let mut s = Sentence {
            text: doc.text,
            toks: &toks,
            folded: &folded,
            numbers: &[],
        };
        // No rule matches in a sentence without a strong token.
        starts.clear();
        let mut strong = every_rule;
        for i in 0..toks.len() {
            let (rules, st) = if every_rule {
                (grammar::every_rule(&s, i), true)
            } else {
                grammar::starts(&s, i)
            };
            starts.push(rules);
            strong |= st;
        }
        if !strong {
            continue;
        }
        numbers.clear();
        numbers.resize(toks.len(), Cell::new(None));
        s.numbers = &numbers;
        grammar::scan(&s, &starts, doc.reference_date, &mut last, &mut |c| {
            out.push(Candidate {
                start: c.start,
                end: c.end,
                found: Found::Date(c.value),
            })
        });
    }
}

/// A date found in a sentence, in byte offsets into the document.
struct Hit {
    start: usize,
    end: usize,
    value: DateValue,
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other visible character.
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Copy, Debug)]
struct Tok {
    /// Byte offsets into the document.
    start: usize,
    end: usize,
    /// Byte range of the folded form in [`Sentence::folded`].
    norm: (usize, usize),
    kind: TokKind,
    /// Whether white space comes right before the token.
    space_before: bool,
    /// Whether the token starts with an upper-case letter.
    upper: bool,
}

/// A tokenized sentence.
struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Tok],
    folded: &'a str,
    /// The number read at each token, once asked for (`None` until then).
    numbers: &'a [NumberMemo],
}

/// A memo of `grammar`'s number reader at one token: `None` until asked,
/// then its answer (value and end token, or none).
type NumberMemo = Cell<Option<Option<(f64, usize)>>>;

impl Sentence<'_> {
    /// The folded form of token `i`, or `""` past the end.
    fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.folded.get(t.norm.0..t.norm.1))
            .unwrap_or("")
    }

    /// The original text from token `i` on.
    fn rest(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.text.get(t.start..)).unwrap_or("")
    }
}

/// Cuts `sentence` (at byte `base` of the document) into tokens, writing
/// their folded forms to `folded`.
fn tokenize(
    sentence: &str,
    base: usize,
    toks: &mut Vec<Tok>,
    folded: &mut String,
) {
    let bytes = sentence.as_bytes();
    let mut pos = 0;
    let mut space = true;
    while let Some(c) = sentence.get(pos..).and_then(|r| r.chars().next()) {
        let i = pos;
        pos += c.len_utf8();
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokKind::Num
        } else if is_letter(c) {
            TokKind::Word
        } else {
            TokKind::Punct
        };
        let n0 = folded.len();
        fold_char(c, folded);
        if kind != TokKind::Punct {
            // The rest of the run; ASCII, most of it, byte by byte.
            while let Some(&b) = bytes.get(pos) {
                if b.is_ascii() {
                    let same = match kind {
                        TokKind::Num => b.is_ascii_digit(),
                        _ => b.is_ascii_alphabetic(),
                    };
                    if !same {
                        break;
                    }
                    folded.push(char::from(b.to_ascii_lowercase()));
                    pos += 1;
                    continue;
                }
                let Some(d) =
                    sentence.get(pos..).and_then(|r| r.chars().next())
                else {
                    break;
                };
                if kind == TokKind::Num || !is_letter(d) {
                    break;
                }
                fold_char(d, folded);
                pos += d.len_utf8();
            }
        }
        toks.push(Tok {
            start: base + i,
            end: base + pos,
            norm: (n0, folded.len()),
            kind,
            space_before: space,
            upper: c.is_uppercase(),
        });
        space = false;
    }
}

/// Appends the lower-case, accent-free form of `c`: the tables and rules
/// are written once for `Décembre`, `décembre` and `decembre`.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let f = match c {
        'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'Î' | 'Ï' => 'i',
        'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
        'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ÿ' => 'y',
        '’' | 'ʼ' | '‘' => '\'',
        '‐' | '‑' | '–' | '—' => '-',
        'œ' | 'Œ' => {
            out.push_str("oe");
            return;
        }
        'æ' | 'Æ' => {
            out.push_str("ae");
            return;
        }
        c => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push(f);
}

/// Folds a whole string (for table entries).
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A table keyed by folded first field, valued by the other fields.
fn table(src: &'static str) -> FastMap<String, Vec<&'static str>> {
    crate::lexicon::rows(src)
        .filter_map(|row| {
            let mut f = row.split('\t');
            let key = fold(f.next()?);
            Some((key, f.collect()))
        })
        .collect()
}

/// A table of phrases, keyed by the folded forms of their tokens.
fn phrases(src: &'static str) -> Vec<(Vec<String>, &'static str)> {
    let mut out: Vec<(Vec<String>, &'static str)> = crate::lexicon::rows(src)
        .filter_map(|row| {
            let (phrase, value) = row.split_once('\t')?;
            let mut toks = Vec::new();
            let mut folded = String::new();
            tokenize(phrase, 0, &mut toks, &mut folded);
            let words = toks
                .iter()
                .filter_map(|t| folded.get(t.norm.0..t.norm.1))
                .map(str::to_owned)
                .collect();
            Some((words, value))
        })
        .collect();
    // Longest first, so that `le jour d'avant` wins over `jour`.
    out.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    out
}

macro_rules! lazy_table {
    ($name:ident, $file:literal) => {
        static $name: LazyLock<FastMap<String, Vec<&'static str>>> =
            LazyLock::new(|| {
                table(include_str!(concat!("../../../data/dates/", $file)))
            });
    };
}

lazy_table!(MONTHS, "months.tsv");
lazy_table!(WEEKDAYS, "weekdays.tsv");
lazy_table!(SEASONS, "seasons.tsv");
lazy_table!(UNITS, "units.tsv");
lazy_table!(PARTS, "parts.tsv");
lazy_table!(ORDINALS, "ordinals.tsv");
lazy_table!(TENSE_FORMS, "tense.tsv");
lazy_table!(ENDINGS, "endings.tsv");
lazy_table!(PERSONS, "persons.tsv");

static RELATIVE: LazyLock<Vec<(Vec<String>, &'static str)>> =
    LazyLock::new(|| {
        phrases(include_str!("../../../data/dates/relative.tsv"))
    });

static HOLIDAYS: LazyLock<Vec<(Vec<String>, &'static str)>> =
    LazyLock::new(|| {
        phrases(include_str!("../../../data/dates/holidays.tsv"))
    });
