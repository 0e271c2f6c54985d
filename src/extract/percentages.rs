//! Percentages: `12,5 %`, `+3,6 %`, `2,5 pour cent`, percentage points and
//! basis points, ranges and bounds, normalised to a number in percent.
//!
//! Takes a [`Doc`] and pushes [`Found::Percentage`] candidates in byte
//! offsets; what is not a percentage (`un tiers`, index points) is left
//! out.
//!
//! One pass finds the units (`%`, `pour cent`, `point(s)`, `pt(s)`, `pb`)
//! and the number is read backwards from each: digits in French or
//! English format (`12,5`, `9.3`, `1 000`), or cardinal words (`cinq pour
//! cent`, `d'un point`), with [`crate::text::numbers`]; a sign before it
//! (`+3,6 %`, `-2 %`, `−8 %`) is part of the span and of the value. The
//! span runs from the sign or the number to the end of the unit: never the
//! noun the figure applies to, nor a qualifier, which is reported apart
//! with the words money reads (`plus de`, `près de`, `jusqu'à`,
//! `data/money/qualifiers.tsv`) and bounds the value as money's do.
//!
//! Ranges follow money's convention: `entre 3 et 5 %`, `de 3 à 5 %`, `3-5
//! %`, `entre 8 % et 10 %` are one item from the first number to the end,
//! its value the lower bound, with `min` and `max`; after a verb of change
//! (`le taux est passé de 4 à 4,5 %`) the two ends are two items, the
//! first the bare number.
//!
//! Points are percentage points (`points: true`) when the text says so
//! (`points de pourcentage`; basis points, `points de base` or `pb`,
//! divided by 100), or when a change of a rate is told: a sign (`+0,7
//! pt`), a word of change before the number (`en hausse de 0,2 point`,
//! `perd 4 points`) or `de plus` / `de moins` after it, or a decimal
//! figure, and the nearest context word says a rate is measured (`taux`,
//! `sondage`, a `%` figure) rather than an index or a score (`CAC`,
//! `indice`, `match`, `permis`; `data/percentages/cues.tsv`). `le CAC 40 a
//! perdu 80 points` and `a marqué 27 points` are not percentages.
//!
//! A `%` inside a URL or code (`?part=30%25`, `/10%`, `%d`) is not read:
//! the number must follow a space or an opening mark, and nothing
//! alphanumeric may follow the sign.

use std::sync::LazyLock;

use super::money::{self, Bound, prev_char};
use super::{Candidate, Doc, Extractor, Found, Kind, PercentValue};
use crate::lexicon::FastMap;
use crate::text::numbers::{self, is_group_space};

/// How far before a number of points its context is read, in bytes.
const CONTEXT_BEFORE: usize = 200;
/// How far after it.
const CONTEXT_AFTER: usize = 80;
/// Percentage points above this, told without `de pourcentage`, are an
/// index or a score (`le CAC 40 a perdu 80 points`).
const MAX_LOOSE_POINTS: f64 = 30.0;

/// The units searched for, then `pb`; their index is the `pattern` of
/// [`unit_at`], and the first that matches at a place is the one read.
const ANCHORS: [&str; 8] =
    ["%", "pour cent", "pour-cent", "points", "point", "pts", "pt", "pb"];

/// The searchers of the two first bytes of the word units, built once.
static FINDERS: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
    LazyLock::new(|| ["po", "pt", "pb"].map(memchr::memmem::Finder::new));

/// The units of `text`, in order: `(start, end, index in ANCHORS)`. Every
/// unit starts with `%`, `po`, `pt` or `pb` and holds no other `%` or
/// `p`, so each place is found by `memchr` or `memmem` on those few bytes
/// (a common `p` is never looked at) and takes the first anchor that
/// matches there: no automaton reads every byte.
fn units(text: &str) -> Vec<(usize, usize, usize)> {
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize, usize)> =
        memchr::memchr_iter(b'%', b).map(|at| (at, at + 1, 0)).collect();
    for two in FINDERS.iter() {
        for at in two.find_iter(b) {
            let rest = &b[at..];
            if let Some(k) =
                ANCHORS.iter().position(|a| rest.starts_with(a.as_bytes()))
            {
                out.push((at, at + ANCHORS[k].len(), k));
            }
        }
    }
    // The places of the four searches are distinct.
    out.sort_unstable();
    out
}

/// The role of a context word (`data/percentages/cues.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Change,
    /// A verb of change after which `de A à B` goes from A to B.
    From,
    Rate,
    Veto,
    /// A word that may stand between a word of change and the number.
    Skip,
}

static CUES: LazyLock<FastMap<&'static str, Cue>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../../data/percentages/cues.tsv"))
        .filter_map(|row| {
            let (word, role) = row.split_once('\t')?;
            let cue = match role {
                "change" => Cue::Change,
                "from" => Cue::From,
                "rate" => Cue::Rate,
                "skip" => Cue::Skip,
                _ => Cue::Veto,
            };
            Some((word, cue))
        })
        .collect()
});

/// What a unit makes of the number before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    /// `%`, `pour cent`.
    Percent,
    /// `points de pourcentage`: percentage points, whatever the context.
    Points,
    /// `point(s)`, `pt(s)`: percentage points only in the context of a
    /// rate.
    LoosePoints,
    /// `points de base`, `pb`: hundredths of a percentage point.
    BasisPoints,
}

impl Unit {
    fn points(self) -> bool {
        self != Unit::Percent
    }

    fn scale(self) -> f64 {
        if self == Unit::BasisPoints { 0.01 } else { 1.0 }
    }

    /// Whether two ends of a range may share the unit of the second.
    fn same_family(self, other: Unit) -> bool {
        self.points() == other.points()
    }
}

/// Finds percentages.
#[derive(Debug, Default)]
pub struct PercentageExtractor {}

impl PercentageExtractor {
    /// The extractor, its tables built on first use.
    pub fn new() -> PercentageExtractor {
        PercentageExtractor {}
    }
}

impl Extractor for PercentageExtractor {
    fn kind(&self) -> Kind {
        Kind::Percentages
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        find_percentages(doc, out);
    }
}

/// A number read before a unit.
#[derive(Clone, Copy, Debug)]
struct Number {
    /// Where the sign or the number starts.
    start: usize,
    /// Where the number itself starts (after the sign).
    digits: usize,
    value: f64,
    signed: bool,
}

/// One percentage found, before ranges are joined.
#[derive(Clone, Copy, Debug)]
struct Item {
    start: usize,
    end: usize,
    value: f64,
    unit: Unit,
}

fn find_percentages(doc: &Doc<'_>, out: &mut Vec<Candidate>) {
    let text = doc.text;
    if text.is_empty() {
        return;
    }
    // The last item pushed, the first end of a range to come.
    let mut last: Option<Item> = None;
    for (start, end, pattern) in units(text) {
        let Some((unit, unit_end)) = unit_at(text, start, end, pattern) else {
            continue;
        };
        let Some(num) = number_before(text, start, unit == Unit::Percent)
        else {
            continue;
        };
        let item =
            Item { start: num.start, end: unit_end, value: num.value, unit };
        // A range or two figures told one after the other.
        let joined =
            if num.signed { None } else { join(text, num.digits, item, last) };
        let (item, range, replaces, bare) = match joined {
            Some(Join::Range { start, lo, replaces }) => {
                let range = (lo * unit.scale(), item.value * unit.scale());
                (
                    Item { start, value: lo, ..item },
                    Some(range),
                    replaces,
                    None,
                )
            }
            Some(Join::Change(bare)) => (item, None, false, bare),
            None => (item, None, false, None),
        };
        if item.unit == Unit::LoosePoints
            && !rate_points(doc, item, num.signed)
        {
            continue;
        }
        if replaces {
            out.pop();
        }
        if let Some(b) = bare {
            push(out, b, None, None, None);
        }
        let (mut min, mut max) = (range.map(|r| r.0), range.map(|r| r.1));
        let mut qualifier = None;
        if range.is_none()
            && let Some((phrase, bound)) =
                money::qualifier_before(text, item.start)
        {
            qualifier = Some(phrase);
            let v = item.value * unit.scale();
            match bound {
                Bound::Min => min = Some(v),
                Bound::Max => max = Some(v),
                Bound::Other => {}
            }
        }
        push(out, item, min, max, qualifier);
        last = Some(item);
    }
}

fn push(
    out: &mut Vec<Candidate>,
    item: Item,
    min: Option<f64>,
    max: Option<f64>,
    qualifier: Option<&'static str>,
) {
    out.push(Candidate {
        start: item.start,
        end: item.end,
        found: Found::Percentage(Box::new(PercentValue {
            value: round(item.value * item.unit.scale()),
            min: min.map(round),
            max: max.map(round),
            qualifier,
            points: item.unit.points(),
        })),
    });
}

/// Rounds away the binary noise of a division (`8 pb` is 0.08).
fn round(v: f64) -> f64 {
    (v * 1e9).round() / 1e9
}

/// The unit matched at `start..end` (pattern `pattern` of the searcher),
/// with where it ends, if it is a whole one.
fn unit_at(
    text: &str,
    start: usize,
    end: usize,
    pattern: usize,
) -> Option<(Unit, usize)> {
    let next = text[end..].chars().next();
    if pattern == 0 {
        // `%`, not `%25` nor `%d`.
        return (!next.is_some_and(|c| c.is_alphanumeric() || c == '%'))
            .then_some((Unit::Percent, end));
    }
    // A word unit: a space before it, no letter after it.
    if !prev_char(text, start).is_some_and(is_group_space)
        || next.is_some_and(|c| c.is_alphanumeric())
    {
        // `demi-point`.
        if !(text[..start].ends_with("demi-")
            && (pattern == 3 || pattern == 4))
            || next.is_some_and(|c| c.is_alphanumeric())
        {
            return None;
        }
    }
    match pattern {
        1 | 2 => {
            // `pour cent mille habitants` is a ratio.
            let after = text[end..].trim_start_matches(is_group_space);
            let (w, _) = word_at(after);
            let ratio = after.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    w,
                    "mille"
                        | "million"
                        | "millions"
                        | "milliard"
                        | "milliards"
                );
            (!ratio).then_some((Unit::Percent, end))
        }
        3..=6 => {
            let j = skip_spaces(text, end);
            if j > end {
                if let Some(k) = phrase_after(text, j, &["de", "pourcentage"])
                {
                    return Some((Unit::Points, k));
                }
                if pattern <= 4
                    && let Some(k) = phrase_after(text, j, &["de", "base"])
                {
                    return Some((Unit::BasisPoints, k));
                }
                // `2 points de PIB`: percentage points of the GDP, which
                // is not part of the span.
                if phrase_after(text, j, &["de", "PIB"]).is_some()
                    || phrase_after(text, j, &["du", "PIB"]).is_some()
                {
                    return Some((Unit::Points, end));
                }
            }
            Some((Unit::LoosePoints, end))
        }
        _ => Some((Unit::BasisPoints, end)),
    }
}

/// The position after the words of `phrase` at `j`, each whole and the
/// next after spaces (`de pourcentage`).
fn phrase_after(text: &str, j: usize, phrase: &[&str]) -> Option<usize> {
    let mut k = j;
    for (i, word) in phrase.iter().enumerate() {
        if i > 0 {
            let n = skip_spaces(text, k);
            if n == k {
                return None;
            }
            k = n;
        }
        let rest = text.get(k..)?;
        if !rest.starts_with(word)
            || rest[word.len()..].starts_with(|c: char| c.is_alphanumeric())
        {
            return None;
        }
        k += word.len();
    }
    Some(k)
}

/// The number that ends before the unit at `unit`: one space (or none
/// before `%`) between them.
fn number_before(text: &str, unit: usize, percent: bool) -> Option<Number> {
    // `un demi-point`, `un quart de point`.
    if !percent && let Some(n) = fraction_before(text, unit) {
        return Some(n);
    }
    let mut end = unit;
    match prev_char(text, unit) {
        Some(c) if is_group_space(c) => end -= c.len_utf8(),
        Some(_) if percent => {}
        _ => return None,
    }
    let c = prev_char(text, end)?;
    let (digits, value) = if c.is_ascii_digit() {
        digits_before(text, end)?
    } else if c.is_alphabetic() {
        words_before(text, end)?
    } else {
        return None;
    };
    Some(signed(text, digits, value))
}

/// `un demi-point`, `d'un demi point`, `un quart de point`, `trois quarts
/// de point`, ending at the unit at `unit`.
fn fraction_before(text: &str, unit: usize) -> Option<Number> {
    let before = &text[..unit];
    let (stem, value) = if let Some(s) =
        before.strip_suffix("demi-").or_else(|| before.strip_suffix("demi "))
    {
        (s, 0.5)
    } else if let Some(s) = before.strip_suffix("quart de ") {
        (s, 0.25)
    } else if let Some(s) = before.strip_suffix("quarts de ") {
        (s, 0.25)
    } else {
        return None;
    };
    let frac_start = stem.len();
    if prev_char(text, frac_start).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let end = stem.trim_end_matches(is_group_space).len();
    let counted = (end < frac_start)
        .then(|| words_before(text, end))
        .flatten()
        .filter(|&(_, n)| (1.0..10.0).contains(&n));
    match counted {
        Some((start, n)) => Some(Number {
            start,
            digits: start,
            value: n * value,
            signed: false,
        }),
        None if value == 0.5 => Some(Number {
            start: frac_start,
            digits: frac_start,
            value,
            signed: false,
        }),
        None => None,
    }
}

/// A sign just before the number at `digits` (`+3,6`, `-2`, `−8`, `+ 3`),
/// when it is no dash between two numbers.
fn signed(text: &str, digits: usize, value: f64) -> Number {
    let bare = Number { start: digits, digits, value, signed: false };
    let mut p = digits;
    if let Some(c) = prev_char(text, p)
        && c == ' '
        && text[..p - 1].ends_with('+')
    {
        p -= 1;
    }
    let Some(sign) = prev_char(text, p) else { return bare };
    if !matches!(sign, '+' | '-' | '−' | '–') {
        return bare;
    }
    let s = p - sign.len_utf8();
    let before = prev_char(text, s);
    let opens = before.is_none_or(|c| {
        c.is_whitespace() || matches!(c, '(' | '[' | ':' | '«' | '"' | '“')
    });
    // `10 - 20 %`, `5 % - 8 %`: a dash between two figures (`SP95 -5,2 %`
    // is a sign after a name).
    let token = text[..s].trim_end_matches(|c: char| c.is_whitespace());
    let word = token.rsplit(char::is_whitespace).next().unwrap_or(token);
    let after_number = sign != '+'
        && !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%'));
    if !opens || after_number {
        return bare;
    }
    let value = if sign == '+' { value } else { -value };
    Number { start: s, digits, value, signed: true }
}

/// Whether a number may start after `c`: a space, an opening mark or
/// nothing, not a letter, a digit or a mark of a URL or code.
fn opens_number(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '['
                    | '«'
                    | '"'
                    | '“'
                    | '\''
                    | '’'
                    | '‹'
                    | ':'
                    | ';'
                    | '—'
                    | '–'
                    | '-'
                    | '+'
                    | '−'
                    | '*'
                    | '•'
            )
    })
}

/// The number in digits that ends at `end`: its start and value.
fn digits_before(text: &str, end: usize) -> Option<(usize, f64)> {
    let floor = end.saturating_sub(32);
    let mut s = end;
    while s > floor {
        let Some(c) = prev_char(text, s) else { break };
        if c.is_ascii_digit() || c == ',' || c == '.' {
            s -= 1;
        } else if is_group_space(c)
            && prev_char(text, s - c.len_utf8())
                .is_some_and(|d| d.is_ascii_digit())
        {
            s -= c.len_utf8();
        } else {
            break;
        }
    }
    // The leftmost start whose number ends at `end`: `1 250 %` from `1`,
    // `en 2019 12 %` from `12`.
    let mut i = s;
    while i < end {
        let c = text[i..].chars().next()?;
        let starts = c.is_ascii_digit()
            && !prev_char(text, i)
                .is_some_and(|p| p.is_ascii_digit() || p == ',' || p == '.');
        if starts
            && opens_number(prev_char(text, i))
            && let Some((v, len)) = read_digits(&text[i..end])
            && i + len == end
        {
            return Some((i, v));
        }
        i += c.len_utf8();
    }
    None
}

/// Reads digits at the start of `s`: a lone decimal mark is decimal
/// (`3,125 %`, `9.3%`), as French writes percentages; otherwise as
/// [`numbers::digits`] reads them (`1 000`, `1.500,5`).
fn read_digits(s: &str) -> Option<(f64, usize)> {
    let n = numbers::digits(s)?;
    let read = &s[..n.len];
    let marks = read.bytes().filter(|&b| b == b',' || b == b'.').count();
    if marks == 1
        && read.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        let (int, frac) = read.split_at(read.find([',', '.'])?);
        let frac = &frac[1..];
        // `3.600 points` is English thousands.
        let thousands = read.contains('.') && frac.len() == 3 && int != "0";
        if !frac.is_empty() && frac.len() <= 6 && !thousands {
            let i: f64 = int.parse().ok()?;
            let f: f64 = frac.parse().ok()?;
            let p = 10f64.powi(frac.len() as i32);
            return Some(((i * p + f) / p, n.len));
        }
    }
    Some((n.value, n.len))
}

/// The number in French words that ends at `end` (`cinq`, `vingt-cinq`,
/// `d'un`): its start and value.
fn words_before(text: &str, end: usize) -> Option<(usize, f64)> {
    // Word starts, up to six words back.
    let mut starts = Vec::new();
    let mut p = end;
    while starts.len() < 6 {
        let w = text[..p]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .map(|(i, _)| i)?;
        starts.push(w);
        match prev_char(text, w) {
            Some(c) if c == '-' || is_group_space(c) => {
                p = w - c.len_utf8();
                if !prev_char(text, p).is_some_and(char::is_alphabetic) {
                    break;
                }
            }
            _ => break,
        }
    }
    starts.into_iter().rev().find_map(|w| {
        let prev = prev_char(text, w);
        if prev.is_some_and(|c| c == '-' || c.is_alphanumeric()) {
            return None;
        }
        let (first, _) = word_at(&text[w..end]);
        if first.eq_ignore_ascii_case("cents")
            || first.eq_ignore_ascii_case("vingts")
        {
            return None;
        }
        let n = numbers::words(&text[w..end])?;
        (w + n.len == end).then_some((w, n.value))
    })
}

/// How a figure joins the one before it.
enum Join {
    /// One range from `start`, `lo` its first end; `replaces` when the
    /// first end was pushed as an item of its own (`8 % et 10 %`).
    Range { start: usize, lo: f64, replaces: bool },
    /// Two figures, from one to the other (`passé de 4 à 4,5 %`): the
    /// bare first number as an item, if it was not one already.
    Change(Option<Item>),
}

/// Reads what comes before the number at `digits` of `item`: `et`, `à` or
/// a dash after another figure, pushed (`last`) or bare.
fn join(
    text: &str,
    digits: usize,
    item: Item,
    last: Option<Item>,
) -> Option<Join> {
    let k = text[..digits].trim_end_matches(is_group_space).len();
    let before = &text[..k];
    let (sep, sep_start) = if before.ends_with(" et") {
        ("et", k - 2)
    } else if before.ends_with(" à") {
        ("à", k - "à".len())
    } else if let Some(c) = before.chars().next_back()
        && matches!(c, '-' | '–' | '—')
    {
        ("-", k - c.len_utf8())
    } else {
        return None;
    };
    if sep != "-" && k == digits {
        return None;
    }
    let a_end = text[..sep_start].trim_end_matches(is_group_space).len();
    if sep != "-" && a_end == sep_start {
        return None;
    }
    // The first end: an item just pushed, or a bare number.
    let (a_start, lo, pushed) = match last {
        Some(a) if a.end == a_end && a.unit.same_family(item.unit) => {
            (a.start, a.value, true)
        }
        _ => {
            let c = prev_char(text, a_end)?;
            let (s, v) = if c.is_ascii_digit() {
                digits_before(text, a_end)?
            } else if c.is_alphabetic() && sep != "-" {
                words_before(text, a_end)?
            } else {
                return None;
            };
            (s, v, false)
        }
    };
    let word = word_before(text, a_start);
    match sep {
        "et" if !word.eq_ignore_ascii_case("entre") => None,
        "à" if word == "de" || word == "d" => {
            // `passé de 4 à 4,5 %`, `tombé de 5 à 3 %`: from one figure to
            // the other; `chuté de 15 à 20 %`: a range.
            let verb = word_before(text, word_start(text, a_start));
            let from = cue_of(verb) == Some(Cue::From)
                || money::is_change_verb(verb) && lo > item.value;
            if from {
                let bare = (!pushed).then_some(Item {
                    start: a_start,
                    end: a_end,
                    value: lo,
                    unit: item.unit,
                });
                return Some(Join::Change(bare));
            }
            (lo < item.value).then_some(Join::Range {
                start: a_start,
                lo,
                replaces: pushed,
            })
        }
        _ => (lo >= 0.0 && lo < item.value).then_some(Join::Range {
            start: a_start,
            lo,
            replaces: pushed,
        }),
    }
}

/// Whether loose points (`point(s)`, `pt(s)`) measure a rate: told as a
/// change (a sign, a word of change before, a difference told after)
/// or a decimal figure, and the nearest context word is a rate, not an
/// index or a score; with no context word, a decimal change.
fn rate_points(doc: &Doc<'_>, item: Item, signed: bool) -> bool {
    let text = doc.text;
    if item.value.abs() >= MAX_LOOSE_POINTS {
        return false;
    }
    let decimal = item.value.fract() != 0.0;
    let told_as_change = signed
        || change_before(text, item.start)
        || difference_after(text, item.end);
    if !(told_as_change || decimal) {
        return false;
    }
    let sentence = sentence_of(doc, item.start);
    let from = item.start.saturating_sub(CONTEXT_BEFORE).max(sentence.start);
    let to = (item.end + CONTEXT_AFTER).min(sentence.end).max(item.end);
    let cue = nearest_cue(slice(text, from, item.start), true)
        .or_else(|| nearest_cue(slice(text, item.end, to), false));
    match cue {
        Some(Cue::Rate) => true,
        Some(_) => false,
        // `recule de 0,2 point`, not `15,7 pts, 4,9 rebonds`.
        None => decimal && told_as_change,
    }
}

/// The byte range of the sentence holding `p` (the whole text when the
/// document lists no sentences).
fn sentence_of(doc: &Doc<'_>, p: usize) -> std::ops::Range<usize> {
    let i = doc.sentences.partition_point(|s| s.end <= p);
    doc.sentences.get(i).cloned().unwrap_or(0..doc.text.len())
}

/// `text[from..to]`, moved to character boundaries.
fn slice(text: &str, mut from: usize, mut to: usize) -> &str {
    while from < text.len() && !text.is_char_boundary(from) {
        from += 1;
    }
    while to > from && !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(from..to.max(from)).unwrap_or_default()
}

/// The rate or veto cue nearest the end of `s` (`backwards`) or its start;
/// a `%` figure is a rate.
fn nearest_cue(s: &str, backwards: bool) -> Option<Cue> {
    let split = |c: char| !(c.is_alphanumeric() || c == '&' || c == '%');
    let find = |t: &str| {
        if t.contains('%') {
            return Some(Cue::Rate);
        }
        // Words only: figures and one-letter words are no cue.
        if t.len() < 2 || t.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        match cue_of(t) {
            Some(Cue::Change | Cue::From | Cue::Skip) | None => None,
            cue => cue,
        }
    };
    if backwards {
        s.rsplit(split).find_map(find)
    } else {
        s.split(split).find_map(find)
    }
}

fn cue_of(word: &str) -> Option<Cue> {
    if word.chars().any(char::is_uppercase) {
        CUES.get(word.to_lowercase().as_str()).copied()
    } else {
        CUES.get(word).copied()
    }
}

/// Whether a word of change comes before the number at `p`, qualifiers
/// and `de` skipped (`en hausse de plus de 2 points`, `perd 4 points`,
/// `recule d'un point`).
fn change_before(text: &str, p: usize) -> bool {
    let mut p = p;
    for _ in 0..5 {
        let w = word_before(text, p);
        if w.is_empty() {
            return false;
        }
        if matches!(cue_of(w), Some(Cue::Change | Cue::From)) {
            return true;
        }
        let skip = cue_of(w) == Some(Cue::Skip);
        if !skip {
            return false;
        }
        p = word_start(text, p);
    }
    false
}

/// Whether the unit ending at `end` is followed by words that tell a
/// difference: `de plus`, `de moins`, `de retard`, `d'avance`, `d'écart`,
/// `derrière`, `devant`, `sous`, `au-dessus` (`soit 3 points de moins`,
/// `cinq points derrière le Likoud`, `trois points sous sa moyenne`).
fn difference_after(text: &str, end: usize) -> bool {
    let j = skip_spaces(text, end);
    if j == end {
        return false;
    }
    let phrases: [&[&str]; 10] = [
        &["de", "plus"],
        &["de", "moins"],
        &["de", "retard"],
        &["derrière"],
        &["devant"],
        &["sous"],
        &["au-dessus"],
        &["au-dessous"],
        &["en", "dessous"],
        &["en-dessous"],
    ];
    if phrases.iter().any(|p| phrase_after(text, j, p).is_some()) {
        return true;
    }
    ["d'", "d’"].iter().any(|d| {
        text[j..].strip_prefix(d).is_some_and(|rest| {
            let (w, _) = word_at(rest);
            w == "avance" || w == "écart"
        })
    })
}

/// The word that ends just before `p`, spaces and an elided `'` skipped
/// (`d` for `d'un`).
fn word_before(text: &str, p: usize) -> &str {
    let before = text[..p].trim_end_matches(|c: char| {
        is_group_space(c) || c == '\'' || c == '’'
    });
    let start = word_start(text, p);
    &before[start.min(before.len())..]
}

/// Where [`word_before`] starts.
fn word_start(text: &str, p: usize) -> usize {
    let before = text[..p].trim_end_matches(|c: char| {
        is_group_space(c) || c == '\'' || c == '’'
    });
    before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i)
}

fn word_at(s: &str) -> (&str, usize) {
    let len = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    (&s[..len], len)
}

fn skip_spaces(text: &str, j: usize) -> usize {
    j + text[j..]
        .chars()
        .take_while(|&c| is_group_space(c))
        .map(char::len_utf8)
        .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::check_table;

    #[test]
    fn tables() {
        check_table(
            "cues.tsv",
            include_str!("../../data/percentages/cues.tsv"),
        );
        assert!(CUES.len() > 100);
    }

    /// `(span, value, min, max, points)` of one percentage.
    type Row<'a> = (&'a str, f64, Option<f64>, Option<f64>, bool);

    /// Every percentage of `text`.
    fn found(text: &str) -> Vec<Row<'_>> {
        let whole = 0..text.len();
        let doc = Doc {
            text,
            sentences: std::slice::from_ref(&whole),
            reference_date: None,
        };
        let mut out = Vec::new();
        find_percentages(&doc, &mut out);
        out.iter()
            .map(|c| match &c.found {
                Found::Percentage(p) => {
                    (&text[c.start..c.end], p.value, p.min, p.max, p.points)
                }
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn forms() {
        let one = |s: &str, span: &str, value: f64, points: bool| {
            assert_eq!(found(s), [(span, value, None, None, points)], "{s:?}");
        };
        one("en hausse de 12,5 % sur un an", "12,5 %", 12.5, false);
        one("soit 12,5% de plus", "12,5%", 12.5, false);
        one("à 17,9\u{202f}% du revenu", "17,9\u{202f}%", 17.9, false);
        one("à 3,12\u{a0}%.", "3,12\u{a0}%", 3.12, false);
        one("l'indice (+3,6 %) monte", "+3,6 %", 3.6, false);
        one("gazole -2 %, fioul", "-2 %", -2.0, false);
        one("fioul −8 %", "−8 %", -8.0, false);
        one("a grimpé de 9.3% à Wall Street", "9.3%", 9.3, false);
        one("revalorisées de 2,5 pour cent.", "2,5 pour cent", 2.5, false);
        one("Vingt pour cent des salariés", "Vingt pour cent", 20.0, false);
        one(
            "soit 0,1 point de pourcentage de plus",
            "0,1 point de pourcentage",
            0.1,
            true,
        );
        one(
            "a relevé ses taux de 25 points de base",
            "25 points de base",
            0.25,
            true,
        );
        one("le Bund a cédé 8 pb", "8 pb", 0.08, true);
        one("le taux de chômage recule de 0,2 point", "0,2 point", 0.2, true);
        one("sa cote de popularité perd 4 points", "4 points", 4.0, true);
        one(
            "le taux directeur relevé d'un demi-point",
            "un demi-point",
            0.5,
            true,
        );
        one(
            "une baisse d'un quart de point des taux",
            "un quart de point",
            0.25,
            true,
        );
        one("un déficit réduit de 2 points de PIB", "2 points", 2.0, true);
        assert_eq!(
            found("la marge à 18 % (+0,7 pt)"),
            [
                ("18 %", 18.0, None, None, false),
                ("+0,7 pt", 0.7, None, None, true)
            ]
        );
    }

    #[test]
    fn ranges_and_bounds() {
        assert_eq!(
            found("entre 3 et 5 %"),
            [("3 et 5 %", 3.0, Some(3.0), Some(5.0), false)]
        );
        assert_eq!(
            found("des hausses de 3 à 4 %"),
            [("3 à 4 %", 3.0, Some(3.0), Some(4.0), false)]
        );
        assert_eq!(
            found("entre 8 % et 10 % des salariés"),
            [("8 % et 10 %", 8.0, Some(8.0), Some(10.0), false)]
        );
        assert_eq!(
            found("une détente de 10 à 20 points de base"),
            [("10 à 20 points de base", 0.1, Some(0.1), Some(0.2), true)]
        );
        assert_eq!(
            found("plus de 10 %"),
            [("10 %", 10.0, Some(10.0), None, false)]
        );
        assert_eq!(
            found("jusqu'à 70 %"),
            [("70 %", 70.0, None, Some(70.0), false)]
        );
        // From one figure to the other.
        assert_eq!(
            found("le taux est passé de 4 à 4,5 %"),
            [("4", 4.0, None, None, false), ("4,5 %", 4.5, None, None, false)]
        );
        assert_eq!(found("passé de 45 % à 50 %").len(), 2);
        // A range after a verb of change when it cannot go from one to
        // the other.
        assert_eq!(
            found("les rendements ont chuté de 15 à 20 %"),
            [("15 à 20 %", 15.0, Some(15.0), Some(20.0), false)]
        );
    }

    #[test]
    fn not_percentages() {
        for s in [
            "Un tiers des ménages, deux tiers des votants",
            "Le CAC 40 a perdu 96 points, à 7 903 points.",
            "Le Dow Jones a gagné 320 points dans la séance.",
            "Il a marqué 27 points et capté 10 rebonds.",
            "Le conducteur a perdu 6 points sur son permis.",
            "Le point presse a lieu à 11 heures ; un point d'étape lundi.",
            "adopté par 52 voix pour et 30 contre",
            "2 actions nouvelles pour 5 détenues",
            "1,2 pour 100 000 habitants, cinq pour cent mille",
            "https://www.exemple.fr/rapport?part=30%25&page=2",
            "sur https://data.exemple.fr/series/10% et printf(\"%d%%\", n)",
            "avec 15,7 pts, 4,9 rbds et 1,8 passes",
            "retrouvant le niveau des 3.600 points",
            "les jeunes de 15 à 24 ans",
        ] {
            assert_eq!(found(s), [], "{s:?}");
        }
    }
}
