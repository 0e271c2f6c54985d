//! Amounts of money, normalised to a value and an ISO 4217 code.
//!
//! An amount is a number (digits in French or English format, or words),
//! an optional scale (`milliards`, `Md`, `bn`, `k`) and a currency (name,
//! symbol or code, `data/money/currencies.tsv`), in one of two orders:
//! `6 milliards de dollars`, `1,5 Md€`, `20 euros`, or `$6bn`, `EUR 20`,
//! `US$2.5 million`. A number without a currency is not money (`100 000
//! puces`), and neither is a currency without a number (`des milliards de
//! dollars`). The span holds the number, the scale and the currency, not
//! the words around them nor a qualifier (`plus de`, `près de`), which is
//! reported apart (`data/money/qualifiers.tsv`).
//!
//! Ranges (`entre 5 et 10 millions d'euros`, `de 2 à 3 milliards de
//! dollars`, `5 à 10 M€`, `10 - 20 euros`) are one amount whose span runs
//! from the first number to the currency; the scale and the currency of
//! the second end carry over to the first (`5` → 5 000 000). It has `min`
//! and `max`, and `amount` is the lower bound: the figure the text vouches
//! for, so that sums over many articles never count a range twice nor
//! invent a midpoint. After a verb of change (`le prix est passé de 2 à 3
//! euros`) the two ends are two amounts, before and after; the first span
//! is then the bare number (`2`), with the scale and currency of the
//! second. After `plus de` / `au moins` the amount is also `min`; after
//! `moins de` / `jusqu'à`, `max`.
//!
//! Some currencies are named only in part and take their code from the
//! rest of the text: `centimes` that of the amount before them (the euro
//! when none comes before), `francs CFA` the West (XOF) or Central (XAF)
//! African one after the country named nearest (`data/money/cfa_zones.tsv`),
//! plain `francs` that of the last amount in a named franc, or else the
//! one the whole text speaks of: the Swiss franc after Swiss places,
//! institutions and agencies (`Genève`, `BNS`, `Keystone-ATS`), the
//! Belgian, Luxembourg or French one in a text dated before 2002
//! (`data/money/franc_cues.tsv`; `franc_of_document` gives the rule and
//! records the cue that decided). `dollars` alone are US dollars, even in
//! a Canadian text, unless an amount before them names its dollar in
//! words (`dollars canadiens`): they are then that dollar, as plain
//! `francs` follow a named franc;
//! `livres` alone pounds sterling. Crypto-assets (`ethers`, `₿`) have no
//! ISO 4217 code: their amounts have a null currency.
//! French typography decides the figures: `1,859 euro` has three decimals
//! (`$1,250` after a symbol or a code is English thousands; `25,000 euros`,
//! either, is left out); `de 15 à 20 000 euros` runs from 15 000, `entre
//! cinq et 10 euros` from 5; a year before `euros constants` is no amount;
//! `$2.5 billion` is the English billion (10^9), and `trillion` always the
//! English one (10^12: the French 10^18 is no amount); a symbol or a code
//! may follow a scale word and `de` (`40 millions de £`, `5 milliards de
//! FCFA`); units and subunits make one
//! amount (`trois euros et vingt centimes`, `7 dollars 25`); an amount may be split by
//! one line break of hard-wrapped text (`5,8 milliards` / `d'euros`), never
//! by a blank line.
//!
//! To stay cheap on long texts (the benchmark `benches/money.rs` keeps it
//! under a tenth of the analysis), the parser never runs at every byte. An
//! amount in digits is read from its digits, found by a vectorised byte
//! scan, with the currency before them (`$6bn`) or after; an amount in
//! words must end with a currency name (`six milliards de dollars`), whose
//! stems one SIMD (Teddy) search finds, and is read in a short window
//! before it. The numbers themselves are read by [`crate::text::numbers`].
//!
//! Written for the language, not for one text: every form comes from the
//! tables and from French typography; a wrong amount being worse than a
//! missed one, doubtful readings are left out (`un euro fort` is the
//! currency, `dix livres de cuisine` are books, `6 milliards` alone has no
//! currency).

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::{Candidate, Doc, Extractor, Found, Kind, MoneyValue};
use crate::text::numbers::{self, is_group_space};

/// How far before a currency mention an amount may start, in bytes: the
/// longest forms (`entre 500 000 et 1 million de`) take about 40.
const WINDOW: usize = 120;

/// What a currency form is, which decides where it may stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FormKind {
    /// A symbol: before or after the number.
    Symbol,
    /// An ISO 4217 code: before or after the number.
    Code,
    /// A name: after the number.
    Name,
    /// A name that is also a common noun (`livres`, `balles`).
    Ambiguous,
    /// A hundredth of the main unit (`centimes`).
    SubUnit,
}

/// One form of a currency.
#[derive(Clone, Copy, Debug)]
struct Form {
    code: Option<&'static str>,
    kind: FormKind,
    /// Whether the form ends with a letter, so a word boundary must follow.
    wordy: bool,
}

/// Every currency form, indexed for anchored matches: the forms that
/// start with the same byte, longest first, so that the first one found
/// at a position is the longest (`dollars américains` before `dollars`).
///
/// A table read this way costs a few comparisons per lookup, and building
/// it costs a sort: it replaced an Aho-Corasick automaton that took a
/// sixth of the start-up to compile for the same answers.
struct FormIndex {
    /// The forms, grouped by first byte, longest first in each group.
    forms: Vec<(String, Form)>,
    /// Where the group of each first byte starts in `forms`; the group of
    /// byte `b` is `forms[start[b]..start[b + 1]]`.
    start: Vec<u32>,
}

impl FormIndex {
    fn new(mut forms: Vec<(String, Form)>) -> FormIndex {
        forms.sort_by(|(a, _), (b, _)| {
            a.as_bytes()[0].cmp(&b.as_bytes()[0]).then(b.len().cmp(&a.len()))
        });
        let mut start = vec![0u32; 257];
        for (form, _) in &forms {
            start[usize::from(form.as_bytes()[0]) + 1] += 1;
        }
        for b in 1..start.len() {
            start[b] += start[b - 1];
        }
        FormIndex { forms, start }
    }

    /// The forms that `text` has at byte `p`, longest first.
    fn at<'t>(
        &'t self,
        text: &'t str,
        p: usize,
    ) -> impl Iterator<Item = (&'t str, Form)> + 't {
        let rest = text.as_bytes().get(p..).unwrap_or_default();
        let group = match rest.first() {
            Some(&b) => {
                let b = usize::from(b);
                self.start[b] as usize..self.start[b + 1] as usize
            }
            None => 0..0,
        };
        // The last byte of a form rules most out before the whole of it
        // is compared (`dollar` at `des`).
        let here = move |f: &[u8]| {
            rest.get(f.len().wrapping_sub(1)) == f.last()
                && rest.starts_with(f)
        };
        self.forms[group]
            .iter()
            .filter(move |(f, _)| here(f.as_bytes()))
            .map(|(f, form)| (f.as_str(), *form))
    }
}

/// A searcher for the stems of currency names, which reports what an
/// automaton of standard semantics reports: the start of each stem, in
/// order, a search going on after the end of the stem found.
enum Stems {
    /// Teddy (SIMD) for the stems of three bytes or more, several times
    /// faster than an automaton on prose, and `memchr` for the first
    /// bytes of the few shorter ones (`$`, `£`, `¥`): Teddy refuses a
    /// stem of one byte among many, and an automaton reads every byte.
    ///
    /// Teddy reports the leftmost stem, the automaton the one that ends
    /// first: the same one, as no stem holds another (a test checks it),
    /// so a stem that starts first also ends first. A short stem never
    /// overlaps a long one: in UTF-8 a stem neither starts with a byte
    /// that continues a character nor ends with one that opens it.
    Split {
        /// One searcher for every [`TEDDY_STEMS`] stems at most: Teddy
        /// takes no more patterns than that; the stems are split in
        /// byte order, so that each searcher's stems are alike.
        long: Vec<aho_corasick::packed::Searcher>,
        short: Vec<&'static str>,
        /// The first bytes of `short` (repeated when fewer than three).
        firsts: [u8; 3],
    },
    /// Where the processor has no SIMD searcher, or the short stems
    /// start with more than three bytes.
    Automaton(AhoCorasick),
}

impl Stems {
    fn new(stems: &[&'static str]) -> Stems {
        let automaton = || {
            Stems::Automaton(
                AhoCorasick::new(stems)
                    .expect("name stems build an automaton"),
            )
        };
        let (short, long): (Vec<&str>, Vec<&str>) =
            stems.iter().partition(|s| s.len() < 3);
        let mut firsts: Vec<u8> =
            short.iter().filter_map(|s| s.bytes().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        let (Some(&x), true) = (firsts.first(), firsts.len() <= 3) else {
            return automaton();
        };
        let at = |i: usize| firsts.get(i).copied().unwrap_or(x);
        let mut long = long;
        long.sort_unstable();
        let parts = long.len().div_ceil(TEDDY_STEMS).max(1);
        let size = long.len().div_ceil(parts).max(1);
        let searchers: Option<Vec<_>> = long
            .chunks(size)
            .map(|part| {
                aho_corasick::packed::Searcher::new(teddy_order(part.to_vec()))
            })
            .collect();
        match searchers {
            Some(long) => {
                Stems::Split { long, short, firsts: [x, at(1), at(2)] }
            }
            // No SIMD searcher on this platform.
            None => automaton(),
        }
    }

    /// Where the stems start in `text`, in order.
    fn starts(&self, text: &str) -> Vec<usize> {
        match self {
            Stems::Split { long, short, firsts } => {
                let b = text.as_bytes();
                let [x, y, z] = *firsts;
                let mut out: Vec<usize> = match long.as_slice() {
                    [one] => one.find_iter(text).map(|m| m.start()).collect(),
                    // Each searcher's stems, then those that start
                    // inside a stem found before (`real` in `ethereal`
                    // after `ether`), dropped as one search would.
                    _ => {
                        let mut found: Vec<(usize, usize)> = long
                            .iter()
                            .flat_map(|l| {
                                l.find_iter(text).map(|m| (m.start(), m.end()))
                            })
                            .collect();
                        found.sort_unstable();
                        let mut end = 0;
                        found
                            .into_iter()
                            .filter(|&(s, e)| {
                                let keep = s >= end;
                                if keep {
                                    end = e;
                                }
                                keep
                            })
                            .map(|(s, _)| s)
                            .collect()
                    }
                };
                out.extend(memchr::memchr3_iter(x, y, z, b).filter(|&i| {
                    short.iter().any(|s| b[i..].starts_with(s.as_bytes()))
                }));
                // Two sorted runs: the stable sort merges them in one pass.
                out.sort();
                out
            }
            Stems::Automaton(a) => {
                a.find_iter(text).map(|m| m.start()).collect()
            }
        }
    }
}

/// The most patterns one Teddy searcher of `aho-corasick` 1.1 takes.
const TEDDY_STEMS: usize = 64;

/// `stems` in an order that makes Teddy put stems of like bytes in one
/// bucket, so that fewer places of a text pass its first test only to
/// fail every stem of their bucket.
///
/// Teddy tests the first bytes of a text's every position against each
/// of its 16 buckets, by their low and high halves (nybbles): a bucket
/// lets through every byte whose low half is the low half of one of its
/// stems' bytes there and whose high half the high half of one, and
/// each stem of the bucket is then compared with the text. Stems of
/// unlike bytes in one bucket (`dinar`, `pound`, `złoty`) let through
/// many bytes that none of them has, and prose passes the test at one
/// position in ten. The stems are gathered into buckets that let
/// through the fewest bytes, a measure of the stems alone: the product,
/// over the bytes tested, of the halves each bucket takes, times its
/// stems. Each stem goes first to the bucket it adds least to, then
/// stems of two buckets trade places where that lowers the sum.
///
/// The order is read by the rule of `aho-corasick` 1.1 (Fat Teddy): the
/// stem given `i`-th opens bucket `15 - i % 16`, unless a stem given
/// earlier has the same low halves in the bytes tested, whose bucket it
/// joins. Only the speed of the search depends on it: whatever the
/// buckets, Teddy reports the leftmost stem (and no stem starts another,
/// so at most one matches at a position).
fn teddy_order(stems: Vec<&'static str>) -> Vec<&'static str> {
    const BUCKETS: usize = 16;
    // The bytes Teddy tests: as many as the shortest stem has, at most 4.
    let n = stems.iter().map(|s| s.len()).min().unwrap_or(0).min(4);
    if n == 0 {
        return stems;
    }
    // The stems of the same low halves, which share a bucket whatever
    // the order; each with the halves its stems take at each byte, one
    // bit per half (low halves, then high halves, in each u32).
    let mut classes: Vec<(Vec<&'static str>, [u32; 4])> = Vec::new();
    for s in stems {
        let b = s.as_bytes();
        let lows = |t: &[u8]| {
            t[..n].iter().map(|x| x & 15).eq(b[..n].iter().map(|x| x & 15))
        };
        let halves = |mut m: [u32; 4]| {
            for (j, &x) in b[..n].iter().enumerate() {
                m[j] |= 1 << (x & 15) | 1 << (16 + (x >> 4));
            }
            m
        };
        match classes.iter_mut().find(|(c, _)| lows(c[0].as_bytes())) {
            Some((c, m)) => {
                c.push(s);
                *m = halves(*m);
            }
            None => classes.push((vec![s], halves([0; 4]))),
        }
    }
    // What a bucket of the classes `members` lets through, with class
    // `with` in place of its `at`-th (none when `at` is past the end).
    let cost = |members: &[usize], at: usize, with: usize| -> u64 {
        let mut m = [0u32; 4];
        let mut stems = 0;
        for (i, &c) in members.iter().enumerate() {
            let (c_stems, halves) = &classes[if i == at { with } else { c }];
            for j in 0..n {
                m[j] |= halves[j];
            }
            stems += c_stems.len() as u64;
        }
        m[..n].iter().fold(stems, |p, h| {
            p * u64::from((h & 0xffff).count_ones())
                * u64::from((h >> 16).count_ones())
        })
    };
    // The classes each bucket can take, for the order below to exist:
    // the last buckets take one more.
    let k = classes.len();
    let room =
        |b: usize| k / BUCKETS + usize::from(b >= BUCKETS - k % BUCKETS);
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); BUCKETS];
    let mut costs = [0u64; BUCKETS];
    for c in 0..k {
        let mut best = (u64::MAX, 0, 0);
        for (b, members) in buckets.iter_mut().enumerate() {
            if members.len() < room(b) {
                members.push(c);
                let with = cost(members, usize::MAX, 0);
                members.pop();
                if with - costs[b] < best.0 {
                    best = (with - costs[b], b, with);
                }
            }
        }
        buckets[best.1].push(c);
        costs[best.1] = best.2;
    }
    // Trades, for two rounds at most: the rounds after gain little.
    for _ in 0..2 {
        let mut traded = false;
        for a in 0..BUCKETS {
            for b in a + 1..BUCKETS {
                for i in 0..buckets[a].len() {
                    for j in 0..buckets[b].len() {
                        let (x, y) = (buckets[a][i], buckets[b][j]);
                        let to_a = cost(&buckets[a], i, y);
                        let to_b = cost(&buckets[b], j, x);
                        if to_a + to_b < costs[a] + costs[b] {
                            buckets[a][i] = y;
                            buckets[b][j] = x;
                            (costs[a], costs[b]) = (to_a, to_b);
                            traded = true;
                        }
                    }
                }
            }
        }
        if !traded {
            break;
        }
    }
    // The first stem of each class at a place that opens its bucket:
    // round `r` gives bucket `15 - i` its `r`-th class at place
    // `16 r + i`; the other stems after them all.
    let mut order = Vec::new();
    let mut rest = Vec::new();
    for r in 0..k.div_ceil(BUCKETS) {
        for i in 0..BUCKETS {
            if let Some(&c) = buckets[BUCKETS - 1 - i].get(r) {
                order.push(classes[c].0[0]);
                rest.extend_from_slice(&classes[c].0[1..]);
            }
        }
    }
    order.extend(rest);
    order
}

/// Every currency form (`data/money/currencies.tsv`), built on the first
/// amount looked at.
static CURRENCIES: LazyLock<FormIndex> = LazyLock::new(|| {
    let mut forms = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (form, code, kind) in currency_rows() {
        let code = (code != "-").then_some(code);
        let wordy = form.chars().next_back().is_some_and(char::is_alphabetic);
        // Names as written in running text, at the start of a sentence
        // and in capitals (`euros`, `Euros`, `EUROS`); symbols and codes
        // as they are, so that `ils` or `leur` never read as ILS or EUR.
        let mut variants = vec![form.to_string()];
        if !matches!(kind, FormKind::Symbol | FormKind::Code) {
            let mut chars = form.chars();
            if let Some(first) = chars.next() {
                variants.push(first.to_uppercase().chain(chars).collect());
            }
            variants.push(form.to_uppercase());
        }
        for v in variants {
            if !v.is_empty() && seen.insert(v.clone()) {
                forms.push((v, Form { code, kind, wordy }));
            }
        }
    }
    FormIndex::new(forms)
});

/// The rows of `data/money/currencies.tsv`: form, code, kind.
fn currency_rows()
-> impl Iterator<Item = (&'static str, &'static str, FormKind)> {
    crate::lexicon::rows(include_str!("../../data/money/currencies.tsv"))
        .filter_map(|row| {
            let mut f = row.split('\t');
            let (form, code, kind) = (f.next()?, f.next()?, f.next()?);
            let kind = match kind {
                "s" => FormKind::Symbol,
                "c" => FormKind::Code,
                "a" => FormKind::Ambiguous,
                "u" => FormKind::SubUnit,
                _ => FormKind::Name,
            };
            Some((form, code, kind))
        })
}

/// The stems of the currency names, built on the first text looked at.
static STEMS: LazyLock<Stems> = LazyLock::new(|| Stems::new(&stems()));

/// The stems searched for amounts in words.
fn stems() -> Vec<&'static str> {
    // Amounts in words end with a name, written in lower case after the
    // number (`six milliards de dollars`); the stems (`euro` for `euros`,
    // `dollar` for `dollars américains`) are few enough for a fast
    // (packed, SIMD) search. Symbols too, for amounts in words before them
    // (`deux millions €`); those that start with a letter (`US$`) follow
    // digits.
    let mut stems: Vec<&str> = currency_rows()
        .filter(|&(form, _, kind)| {
            !matches!(kind, FormKind::Symbol | FormKind::Code)
                || kind == FormKind::Symbol
                    && !form.starts_with(char::is_alphanumeric)
        })
        .map(|(form, _, _)| form.split(' ').next().unwrap_or(form))
        .collect();
    stems.sort_unstable();
    stems.dedup();
    stems
        .iter()
        .copied()
        .filter(|s| !stems.iter().any(|t| t != s && s.starts_with(t)))
        .collect()
}

/// What a qualifier does to the amount after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bound {
    Min,
    Max,
    Other,
}

/// Qualifiers, longest first so that `pas plus de` wins over `plus de`.
/// Each with its last character, which rules out most phrases before any
/// is read back.
static QUALIFIERS: LazyLock<Vec<(&'static str, Bound, char)>> =
    LazyLock::new(|| {
        let mut q: Vec<(&'static str, Bound, char)> = crate::lexicon::rows(
            include_str!("../../data/money/qualifiers.tsv"),
        )
        .filter_map(|row| {
            let (phrase, kind) = row.split_once('\t')?;
            let bound = match kind {
                "min" => Bound::Min,
                "max" => Bound::Max,
                _ => Bound::Other,
            };
            Some((phrase, bound, phrase.chars().next_back()?))
        })
        .collect();
        q.sort_by_key(|(p, _, _)| std::cmp::Reverse(p.len()));
        q
    });

/// The role of a context word (`data/money/cues.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Price,
    Veto,
    Follow,
    Change,
    Tail,
}

static CUES: LazyLock<HashMap<&'static str, Cue>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../../data/money/cues.tsv"))
        .filter_map(|row| {
            let (word, role) = row.split_once('\t')?;
            let cue = match role {
                "price" => Cue::Price,
                "veto" => Cue::Veto,
                "change" => Cue::Change,
                "tail" => Cue::Tail,
                _ => Cue::Follow,
            };
            Some((word, cue))
        })
        .collect()
});

/// Finds amounts of money.
#[derive(Debug, Default)]
pub struct MoneyExtractor {}

impl MoneyExtractor {
    /// Builds the extractor, compiling its tables once.
    ///
    /// The tables are built on first use, so that an analyzer that meets
    /// no amount (an empty input, a short text without digits) never pays
    /// for them.
    pub fn new() -> MoneyExtractor {
        MoneyExtractor {}
    }
}

impl Extractor for MoneyExtractor {
    fn kind(&self) -> Kind {
        Kind::Money
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        find_money(doc.text, doc.reference_date, out);
    }
}

/// Pushes the amounts of money of `text`, written on `date` if known, to
/// `out`, in text order, without overlaps.
fn find_money(
    text: &str,
    date: Option<jiff::civil::Date>,
    out: &mut Vec<Candidate>,
) {
    let first = out.len();
    scan(text, out);
    implicit_currencies(text, date, &mut out[first..]);
    elided_currencies(text, out, first);
}

/// The roles of the words around an amount that names no currency
/// (`data/money/elided_cues.tsv`), as bits: [`ELIDED_AMOUNT`],
/// [`ELIDED_VERB`], [`ELIDED_NOUN`], [`ELIDED_NEXT`].
static ELIDED_CUES: LazyLock<HashMap<&'static str, u8>> =
    LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../../data/money/elided_cues.tsv"))
            .filter_map(|row| {
                let (word, roles) = row.split_once('\t')?;
                let bits = roles.split(',').fold(0, |b, r| {
                    b | match r {
                        "amount" => ELIDED_AMOUNT,
                        "verb" => ELIDED_VERB,
                        "noun" => ELIDED_NOUN,
                        _ => ELIDED_NEXT,
                    }
                });
                Some((word, bits))
            })
            .collect()
    });

/// A comparison or a range after an amount of money in the sentence.
const ELIDED_AMOUNT: u8 = 1;
/// A round's, a valuation's or a price's verb.
const ELIDED_VERB: u8 = 2;
/// A round's or a price's noun before `de`.
const ELIDED_NOUN: u8 = 4;
/// A word that may follow the amount.
const ELIDED_NEXT: u8 = 8;

/// Whether `w` reads as a past participle (`apportés`, `investi`,
/// `réunies`, `souscrits`), the way a share of an
/// amount goes on (`2,4 millions apportés par les lecteurs`).
fn participle(w: &str) -> bool {
    w.chars().count() >= 4
        && ["é", "és", "ée", "ées", "i", "is", "ie", "ies", "it", "its"]
            .iter()
            .any(|e| w.ends_with(e))
        && !matches!(w, "ainsi" | "aussi" | "depuis" | "parmi" | "mais")
}

/// Whether word `w` has one of the roles `bits` of [`ELIDED_CUES`].
fn elided_cue(w: &str, bits: u8) -> bool {
    ELIDED_CUES.get(w).is_some_and(|&b| b & bits != 0)
}

/// Adds the amounts of millions or billions whose currency the text
/// leaves out, in the currency of the amount of money before them, after
/// a word of [`ELIDED_CUES`]; `found[first..]` stays in text order.
fn elided_currencies(text: &str, found: &mut Vec<Candidate>, first: usize) {
    let bytes = text.as_bytes();
    let mut added = Vec::new();
    // The amounts read before each number, with a cursor: the numbers go
    // forward through the text, and so does the last amount of money
    // whose currency is known (its end and its code).
    let amounts = &found[first..];
    let mut i = 0;
    let mut last: Option<(usize, &'static str)> = None;
    for at in memchr::memmem::find_iter(bytes, b" milli") {
        let rest = &text[at + 1..];
        let scale = if rest.starts_with("milliards")
            || rest.starts_with("milliard")
        {
            1e9
        } else if rest.starts_with("millions") || rest.starts_with("million") {
            1e6
        } else {
            continue;
        };
        let word_end = at
            + 1
            + rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        if !matches!(
            &text[at + 1..word_end],
            "milliards" | "milliard" | "millions" | "million"
        ) {
            continue;
        }
        // The number: digits and one decimal comma, after no letter or
        // digit.
        let start = bytes[..at]
            .iter()
            .rposition(|b| !(b.is_ascii_digit() || *b == b','))
            .map_or(0, |k| k + 1);
        let number = &text[start..at];
        // A scaled amount holds a few digits (`7,1`, `120`).
        if number.is_empty()
            || number.len() > 12
            || !number.as_bytes()[0].is_ascii_digit()
            || !number.ends_with(|c: char| c.is_ascii_digit())
            || start > 0 && !matches!(bytes[start - 1], b' ' | b'\n' | b'(')
        {
            continue;
        }
        let Ok(value) = number.replacen(',', ".", 1).parse::<f64>() else {
            continue;
        };
        while let Some(c) = amounts.get(i).filter(|c| c.end <= start) {
            if let Found::Money(m) = &c.found
                && let Some(code) = m.currency
            {
                last = Some((c.end, code));
            }
            i += 1;
        }
        // Not inside an amount already read.
        if amounts.get(i).is_some_and(|c| c.start < word_end) {
            continue;
        }
        // What follows: the end of the clause or a word of the list.
        let after = text[word_end..].trim_start_matches(' ');
        let next = word_at(after).0;
        let ends = after.is_empty()
            || after
                .starts_with([',', '.', ';', ':', ')', '»', '!', '?', '\n']);
        let Some((last_end, currency)) = last else { continue };
        let between = &text[last_end..start];
        let same_sentence = between.len() <= 160
            && !between.contains(['.', '!', '?', '\n', ';']);
        // `4,1 millions d'euros : 2,4 millions apportés par les lecteurs
        // et 1,7 million investi par le fonds`: a share of the amount
        // before, told by its participle; a count goes on with `de`.
        let share = same_sentence && participle(next);
        if !ends
            && !share
            && !elided_cue(next, ELIDED_NEXT)
            && !after.starts_with("l'an")
            && !after.starts_with("l’an")
        {
            continue;
        }
        let before = word_before(text, start);
        // `... d'euros : 2,4 millions`: the parts of that amount.
        let parts = before.is_empty()
            && text[..start].trim_end_matches(is_space_char).ends_with(':')
            && text[last_end..start].trim_matches(is_space_char) == ":";
        let by_verb = elided_cue(before, ELIDED_VERB)
            || before == "de"
                && elided_cue(
                    word_before(text, word_before_start(text, start)),
                    ELIDED_NOUN,
                )
            || cue_in_clause(text, start);
        if !(by_verb
            || parts
            || same_sentence && elided_cue(before, ELIDED_AMOUNT))
        {
            continue;
        }
        // `Le bénéfice net atteint 71,5 millions, contre 63,8 millions
        // un an plus tôt`: the amount just read is the one the next
        // compares with.
        last = Some((word_end, currency));
        added.push(Candidate {
            start,
            end: word_end,
            found: Found::Money(Box::new(MoneyValue {
                amount: tidy(value * scale),
                currency: Some(currency),
                min: None,
                max: None,
                qualifier: None,
            })),
        });
    }
    if !added.is_empty() {
        found.extend(added);
        found[first..].sort_by_key(|c| c.start);
    }
}

/// Whether a round's, a valuation's or a price's verb or noun of
/// [`ELIDED_CUES`] stands among the few words before byte `start` in its
/// clause, with words between (`Le bénéfice net atteint 71,5 millions`,
/// `L'opération valoriserait ainsi le club autour de 28 millions`): no
/// comma, colon, bracket or full stop between them.
fn cue_in_clause(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let clause = before
        .rsplit([',', '.', ';', ':', '(', ')', '!', '?', '\n', '«', '»'])
        .next()
        .unwrap_or(before);
    clause
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(CLAUSE_CUE_WORDS)
        // `tour` is a round's noun before `de` only (`le Tour de
        // France attire 12 millions`).
        .any(|w| w != "tour" && elided_cue(w, ELIDED_VERB | ELIDED_NOUN))
}

/// How many words before an amount [`cue_in_clause`] reads.
const CLAUSE_CUE_WORDS: usize = 6;

/// Pushes the amounts of money of `text` to `out` with the currency their
/// own words say.
fn scan(text: &str, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    // An empty text needs no searcher.
    if text.is_empty() {
        return;
    }
    let mut names = STEMS.starts(text).into_iter().peekable();
    // Nothing before `covered` is read again: it lies inside a number or
    // an amount already read.
    let mut covered = 0;
    let mut from = 0; // where to look for the next digit
    let mut tried = 0; // words before it were tried before an earlier name
    // The next digit at or after `from`, kept while still ahead, so that a
    // text with many names and few digits is not scanned again each time.
    let mut next: Option<usize> = None;
    let mut next_from = usize::MAX;
    loop {
        let at = from.max(covered);
        let stale = next_from > at || next.is_some_and(|d| d < at);
        if stale {
            next = next_digit(bytes, at);
            next_from = at;
        }
        let digit = next;
        while names.peek().is_some_and(|&n| n < covered) {
            names.next();
        }
        let name = names.peek().copied();
        match (digit, name) {
            (None, None) => break,
            (Some(d), n) if n.is_none_or(|n| d < n) => {
                let run = bytes[d..].iter().take_while(|b| b.is_ascii_digit());
                from = d + run.count();
                let alone = is_anchor(text, d, '0', false);
                from_digits(text, d, alone, &mut covered, out);
            }
            (_, Some(n)) => {
                names.next();
                before_name(text, n, tried, &mut covered, out);
                tried = n;
            }
            _ => break,
        }
    }
}

/// Gives a currency to amounts whose words name it only in part, from
/// the rest of the text: `5 centimes` takes the currency of the amount
/// before it (`1,10 €, soit 5 centimes de plus`), or the euro when no
/// amount comes before, since French news counts its centimes in euros;
/// `francs CFA` are those of West Africa (XOF) or of Central Africa (XAF)
/// after the country or the institution named nearest before the amount
/// (after it when none comes before), and stay without a code when the
/// text names neither zone. Plain `francs` are those of the last amount
/// in francs whose currency is known (`11 milliards de francs suisses` or
/// `CHF 94`, then `3 francs`), or, when none came before, those the whole
/// text speaks of ([`franc_of_document`]); with neither they stay without
/// a code. Plain `dollars` are those of the last amount that named its
/// dollar in words (`210 millions de dollars canadiens`, then `120
/// millions de dollars`), else US dollars.
fn implicit_currencies(
    text: &str,
    date: Option<jiff::civil::Date>,
    found: &mut [Candidate],
) {
    // Looked for once, and only in a text with plain francs.
    let plain_franc = |c: &Candidate| {
        let Found::Money(m) = &c.found else { return false };
        let lower = text.get(c.start..c.end).unwrap_or_default();
        m.currency.is_none()
            && !lower.contains("CFA")
            && (lower.ends_with("franc")
                || lower.ends_with("francs")
                || lower.ends_with("Francs")
                || lower.ends_with("FRANCS"))
    };
    let document = if found.iter().any(plain_franc) {
        franc_of_document(text, date, found).map(|c| c.code)
    } else {
        None
    };
    let mut last: Option<&'static str> = None;
    let mut last_franc: Option<&'static str> = None;
    // The dollar of the last amount that named its dollar (`dollars
    // canadiens`, `$ CA`, `dollars américains`).
    let mut last_dollar: Option<&'static str> = None;
    // The zone names of the text, read once on the first `CFA`.
    let mut zones: Option<Vec<(usize, &'static str)>> = None;
    // The code of the last amount in a shared name (`dirhams marocains`).
    let mut last_shared: Option<&'static str> = None;
    // The country cues of the text, counted once on the first plain
    // `dirhams`.
    let mut country_cues: Option<Vec<(&'static str, usize)>> = None;
    // The codes of the amounts that carry theirs in the text (`900 MDH`),
    // for the shared names.
    // Gathered only when an amount has no code yet (most texts have
    // none).
    let uncoded = found
        .iter()
        .any(|c| matches!(&c.found, Found::Money(m) if m.currency.is_none()));
    let coded: Vec<&'static str> = match uncoded {
        true => found
            .iter()
            .filter_map(|c| match &c.found {
                Found::Money(m) => m.currency,
                _ => None,
            })
            .collect(),
        false => Vec::new(),
    };
    for c in found.iter_mut() {
        let Found::Money(m) = &mut c.found else { continue };
        let span = text.get(c.start..c.end).unwrap_or_default();
        let lower = span.to_lowercase();
        let shared = shared_name(&lower);
        if m.currency.is_none() {
            if lower.ends_with("centime") || lower.ends_with("centimes") {
                // Centimes are hundredths of the euro and of the francs,
                // never of the dollar or the pound (cents, pence).
                let of_centimes = last.filter(|c| {
                    matches!(*c, "EUR" | "MAD" | "DZD" | "HTG")
                        || c.ends_with('F')
                });
                m.currency = Some(of_centimes.unwrap_or("EUR"));
            } else if span.contains("CFA") {
                let zones = zones.get_or_insert_with(|| cfa_zones(text));
                m.currency = cfa_zone(zones, c.start);
            } else if lower.ends_with("franc") || lower.ends_with("francs") {
                m.currency = last_franc.or(document);
            } else if let Some(codes) = shared {
                // `dirhams`, `dinars`, `pesos`: those of the last amount
                // of the family whose code is known, else those of the
                // country the text speaks of.
                m.currency = last_shared
                    .filter(|c| codes.contains(c))
                    .or_else(|| {
                        // `1,9 milliard de dirhams` in a text that writes
                        // other amounts `900 MDH`: the code the text
                        // writes most of the family.
                        let written = codes
                            .iter()
                            .map(|&code| {
                                let n = coded
                                    .iter()
                                    .filter(|&&c| c == code)
                                    .count();
                                (code, n)
                            })
                            .filter(|&(_, n)| n > 0)
                            .max_by_key(|&(_, n)| n);
                        written.map(|(c, _)| c)
                    })
                    .or_else(|| {
                        let cues = country_cues
                            .get_or_insert_with(|| country_cue_counts(text));
                        cues.iter()
                            .filter(|(c, _)| codes.contains(c))
                            .max_by_key(|&&(_, n)| n)
                            .map(|&(c, _)| c)
                    });
            }
        }
        // `dollars canadiens`, `dollar américain`: a dollar named in words
        // (a symbol, `A$ 30`, is a price abroad, not the text's dollar).
        let named_dollar = ["dollars ", "dollar "]
            .iter()
            .any(|d| lower.contains(d) && !lower.ends_with(d.trim_end()));
        let plain_dollar =
            lower.ends_with("dollars") || lower.ends_with("dollar");
        // `2,8 M$`, `45 $`: the sign after the amount, as Canadian French
        // writes it, in a text that speaks of Canada.
        let sign_after = m.currency == Some("USD")
            && span.ends_with('$')
            && !span.ends_with("US$")
            && span.starts_with(|c: char| c.is_ascii_digit());
        if sign_after {
            let cues =
                country_cues.get_or_insert_with(|| country_cue_counts(text));
            if cues.iter().any(|&(c, n)| c == "CAD" && n > 0) {
                m.currency = Some("CAD");
                last_dollar = m.currency;
            }
        } else if plain_dollar && m.currency == Some("USD") {
            // `dollars` alone after `dollars canadiens`: the text's dollar.
            m.currency = last_dollar.or(m.currency);
        } else if named_dollar && m.currency.is_some() {
            last_dollar = m.currency;
        }
        if m.currency.is_some() {
            last = m.currency;
            // The ISO 4217 codes of francs end with F (CHF, XOF, XAF,
            // XPF, GNF, CDF...), and no other code does.
            if m.currency.is_some_and(|c| c.ends_with('F')) {
                last_franc = m.currency;
            }
            if shared.is_some() {
                last_shared = m.currency;
            }
        }
    }
}

/// The codes a currency name several countries share may stand for, when
/// `lower` (a lower-cased amount) ends with it: `dirhams` (MAD, AED),
/// `dinars`, `pesos`, `rials`, `riyals`, `couronnes`; the families are
/// those of `data/money/currencies.tsv` whose bare name has no code and
/// whose qualified names have one (`dirhams marocains`). Francs, whose
/// rules differ, are not among them.
fn shared_name(lower: &str) -> Option<&'static [&'static str]> {
    let last = lower.rsplit(' ').next()?;
    let name = last.strip_suffix('s').unwrap_or(last);
    SHARED_NAMES
        .iter()
        .find(|(family, _)| *family == name)
        .map(|(_, codes)| codes.as_slice())
}

/// The families of [`shared_name`]: bare name and codes.
static SHARED_NAMES: LazyLock<Vec<(&'static str, Vec<&'static str>)>> =
    LazyLock::new(|| {
        // The names that alone give no code (`dirham`, `peso`).
        let bare: Vec<&str> = currency_rows()
            .filter(|&(form, code, _)| code == "-" && !form.contains(' '))
            .map(|(form, _, _)| form)
            .collect();
        let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        for (form, code, _) in currency_rows() {
            let Some((head, _)) = form.split_once(' ') else { continue };
            let family = head.strip_suffix('s').unwrap_or(head);
            if !bare.contains(&family) || code == "-" || family == "franc" {
                continue;
            }
            match out.iter_mut().find(|(f, _)| *f == family) {
                Some((_, codes)) if !codes.contains(&code) => codes.push(code),
                Some(_) => {}
                None => out.push((family, vec![code])),
            }
        }
        out
    });

/// A leftmost-longest automaton over a table of words searched once in
/// a text that needs it (`dirhams`, plain `francs`, `francs CFA`): a
/// contiguous NFA, built in a fraction of the time of the DFA the
/// builder would pick, searched about as fast behind its prefilter.
fn words_matcher<I, P>(words: I, what: &str) -> AhoCorasick
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(words)
        .unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// The words of `data/money/country_cues.tsv`, with their code.
static COUNTRY_CUES: LazyLock<(AhoCorasick, Vec<&'static str>)> =
    LazyLock::new(|| {
        let mut cues = Vec::new();
        let mut codes = Vec::new();
        for row in crate::lexicon::rows(include_str!(
            "../../data/money/country_cues.tsv"
        )) {
            if let Some((cue, code)) = row.split_once('\t') {
                cues.push(cue);
                codes.push(code);
            }
        }
        let matcher = words_matcher(&cues, "the country cue table compiles");
        (matcher, codes)
    });

/// How many words of `data/money/country_cues.tsv` the text holds for
/// each code, as whole words, in the order the codes are first seen.
fn country_cue_counts(text: &str) -> Vec<(&'static str, usize)> {
    let (matcher, codes) = &*COUNTRY_CUES;
    let mut out: Vec<(&'static str, usize)> = Vec::new();
    for m in matcher.find_iter(text) {
        let whole = !prev_char(text, m.start())
            .is_some_and(char::is_alphanumeric)
            && !text[m.end()..].starts_with(char::is_alphanumeric);
        if !whole {
            continue;
        }
        let code = codes[m.pattern().as_usize()];
        match out.iter_mut().find(|(c, _)| *c == code) {
            Some(entry) => entry.1 += 1,
            None => out.push((code, 1)),
        }
    }
    out
}

/// The franc a text speaks of when it writes plain `francs`, and the cue
/// that decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct FrancChoice {
    /// The ISO 4217 code: CHF, BEF, LUF or FRF.
    code: &'static str,
    /// What decided. Read by the tests and when debugging a choice.
    #[cfg_attr(not(test), allow(dead_code))]
    cue: FrancCue,
}

/// What decided the franc of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FrancCue {
    /// An amount whose franc the text names (`francs suisses`, `CHF 94`).
    Named,
    /// The first of the words of `data/money/franc_cues.tsv` that won
    /// (`Genève`, `BNS`, `wallonne`).
    Word(&'static str),
    /// The date of a text written before the euro: French news, whose
    /// francs are French unless two cues or more name another country.
    BeforeEuro,
}

/// The last day francs were legal tender in France, Belgium and
/// Luxembourg (their notes were withdrawn on 17 February 2002).
const LAST_FRANC_DAY: jiff::civil::Date = jiff::civil::date(2002, 2, 17);

/// The franc of a text whose plain `francs` follow no amount in a named
/// franc, read from the whole text as a reader does:
///
/// 1. an amount in a named franc anywhere in it (`francs suisses` after
///    the plain ones, `CHF 94`): that franc;
/// 2. otherwise the country the text speaks of, from the words of
///    `data/money/franc_cues.tsv` (places, institutions, agencies,
///    demonyms): the code with the most of them. The Swiss franc is
///    current; the Belgian, Luxembourg and French ones only in a text
///    dated before 2002, so that `francs` in today's text about Brussels
///    stay without a code. In a text dated before 2002 the French franc
///    counts one more (the text is French news): a foreign franc needs two
///    cues to win, and with none the francs are French.
///
/// `francs CFA` are not read here (their zone is, [`cfa_zone`]).
fn franc_of_document(
    text: &str,
    date: Option<jiff::civil::Date>,
    found: &[Candidate],
) -> Option<FrancChoice> {
    for c in found {
        if let Found::Money(m) = &c.found
            && let Some(code) = m.currency
            && matches!(code, "CHF" | "BEF" | "LUF" | "FRF")
        {
            return Some(FrancChoice { code, cue: FrancCue::Named });
        }
    }
    let before_euro = date.is_some_and(|d| d <= LAST_FRANC_DAY);
    let (matcher, codes) = &*FRANC_CUES;
    // Counts per code, with the first cue of each. A text written before
    // the euro is French news: the French franc starts with one, so that
    // a single foreign place (`de retour de Genève`) does not outweigh it.
    let mut counts: Vec<(&'static str, usize, FrancCue)> = Vec::new();
    if before_euro {
        counts.push(("FRF", 1, FrancCue::BeforeEuro));
    }
    for m in matcher.find_iter(text) {
        let whole = !prev_char(text, m.start())
            .is_some_and(char::is_alphanumeric)
            && !text[m.end()..].starts_with(char::is_alphanumeric);
        let (cue, code) = codes[m.pattern().as_usize()];
        if !whole || !(code == "CHF" || before_euro) {
            continue;
        }
        match counts.iter_mut().find(|(c, _, _)| *c == code) {
            Some(entry) => entry.1 += 1,
            None => counts.push((code, 1, FrancCue::Word(cue))),
        }
    }
    // The most cues; on a tie, the code counted first.
    let mut best: Option<(&'static str, usize, FrancCue)> = None;
    for entry in counts {
        if best.is_none_or(|b| entry.1 > b.1) {
            best = Some(entry);
        }
    }
    best.map(|(code, _, cue)| FrancChoice { code, cue })
}

/// The words of `data/money/franc_cues.tsv`, with their cue and code.
static FRANC_CUES: LazyLock<(AhoCorasick, Vec<(&'static str, &'static str)>)> =
    LazyLock::new(|| {
        let rows: Vec<(&'static str, &'static str)> = crate::lexicon::rows(
            include_str!("../../data/money/franc_cues.tsv"),
        )
        .filter_map(|row| row.split_once('\t'))
        .collect();
        let matcher = words_matcher(
            rows.iter().map(|(cue, _)| cue),
            "the franc cue table compiles",
        );
        (matcher, rows)
    });

/// Names of the two CFA franc zones' countries and institutions
/// (`data/money/cfa_zones.tsv`), with their currency code.
static CFA_ZONES: LazyLock<(AhoCorasick, Vec<&'static str>)> =
    LazyLock::new(|| {
        let mut names = Vec::new();
        let mut codes = Vec::new();
        for row in crate::lexicon::rows(include_str!(
            "../../data/money/cfa_zones.tsv"
        )) {
            if let Some((name, code)) = row.split_once('\t') {
                names.push(name);
                codes.push(code);
            }
        }
        let matcher = words_matcher(&names, "the CFA zone table compiles");
        (matcher, codes)
    });

/// The CFA franc zones (`XOF`, `XAF`) named in `text` as whole words:
/// start and code, in text order.
fn cfa_zones(text: &str) -> Vec<(usize, &'static str)> {
    let (matcher, codes) = &*CFA_ZONES;
    matcher
        .find_iter(text)
        .filter(|m| {
            !prev_char(text, m.start()).is_some_and(char::is_alphanumeric)
                && !text[m.end()..].starts_with(char::is_alphanumeric)
        })
        .map(|m| (m.start(), codes[m.pattern().as_usize()]))
        .collect()
}

/// The CFA franc zone of `zones` ([`cfa_zones`]) named nearest before
/// `at`, or first after it: a binary search, so that many amounts in
/// `francs CFA` do not each read the text again (#16).
fn cfa_zone(
    zones: &[(usize, &'static str)],
    at: usize,
) -> Option<&'static str> {
    let k = zones.partition_point(|&(start, _)| start < at);
    let i = k.saturating_sub(1);
    zones.get(i).map(|&(_, code)| code)
}

/// The position of the first ASCII digit at or after `from`. Prose has
/// few digits: the text is read eight bytes at a time, four words to a
/// block, each byte tested with a few arithmetic operations on the word.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut blocks = rest.chunks_exact(32);
    let mut offset = 0;
    for block in &mut blocks {
        let masks: [u64; 4] = std::array::from_fn(|k| {
            let word = block.get(8 * k..8 * k + 8).unwrap_or_default();
            digit_bytes(u64::from_le_bytes(
                word.try_into().unwrap_or_default(),
            ))
        });
        if masks != [0; 4] {
            let (k, m) = masks.iter().enumerate().find(|&(_, &m)| m != 0)?;
            let i = 8 * k + (m.trailing_zeros() / 8) as usize;
            return Some(from + offset + i);
        }
        offset += 32;
    }
    let tail = blocks.remainder();
    tail.iter().position(u8::is_ascii_digit).map(|i| from + offset + i)
}

/// The high bit of each byte of the little-endian word `w` that is an
/// ASCII digit: with the high bits cleared, adding 0x50 carries a byte
/// past 0x7f from `0` on, adding 0x46 from past `9` on, and no byte
/// carries into the next.
fn digit_bytes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = w & !HIGH;
    let from_0 = low + 0x50 * ONES;
    let past_9 = low + 0x46 * ONES;
    from_0 & !past_9 & !w & HIGH
}

/// Reads money around the number in digits at `d`: with a currency before
/// it (`$6bn`, `EUR 20`, `US$ 2,5 millions`) or after it (`6 milliards de
/// dollars`, `1,5 Md€`, a range `5 à 10 M€`). Digits that continue a word
/// (`A320`) are only read after a code (`USD1,23`).
fn from_digits(
    text: &str,
    d: usize,
    alone: bool,
    covered: &mut usize,
    out: &mut Vec<Candidate>,
) {
    // The token just before the number, if it is a symbol or a code.
    let token_end = text[..d].trim_end_matches(is_space_char).len();
    // Symbols are not letters, codes end with a capital: most numbers
    // follow a lower-case word and skip this.
    let plausible = prev_char(text, token_end).is_some_and(|c| {
        c.is_ascii_uppercase() || !c.is_alphanumeric() && !c.is_whitespace()
    });
    if plausible && d - token_end <= 4 {
        let mut starts = text[..token_end]
            .char_indices()
            .rev()
            .take_while(|(_, c)| !c.is_whitespace() && !c.is_ascii_digit())
            .take(4)
            .map(|(i, _)| i)
            .collect::<Vec<_>>();
        starts.reverse();
        for s in starts {
            if s < *covered {
                continue;
            }
            let Some(c) = text[s..].chars().next() else { continue };
            if !is_anchor(text, s, c, true) {
                continue;
            }
            if let Some((form, end)) = currency_at(text, s, true)
                && matches!(form.kind, FormKind::Symbol | FormKind::Code)
                && end == token_end
                && try_at(text, s, covered, out)
            {
                return;
            }
        }
    }
    if alone {
        // `entre cinq et 10 euros`, `de trois à 5 millions`: the range
        // starts with a number in words.
        if let Some(w) = number_word_before_range(text, d)
            && w >= *covered
            && try_at(text, w, covered, out)
        {
            return;
        }
        try_at(text, d, covered, out);
    }
}

/// Where the number word starts in `cinq et 10`, `trois à 5`, when the
/// digits at `d` follow such a word and `et` or `à`.
fn number_word_before_range(text: &str, d: usize) -> Option<usize> {
    let sep = word_before(text, d);
    if sep != "et" && sep != "à" {
        return None;
    }
    let s = word_before_start(text, d);
    let w = word_before(text, s);
    let w_start = word_before_start(text, s);
    // A whole word (`cinq`, not the end of `vingt-cinq` nor of `d'un`).
    if w.is_empty()
        || prev_char(text, w_start).is_some_and(|c| {
            c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
        })
    {
        return None;
    }
    let n = numbers::words(&text[w_start..])?;
    (n.len == w.len()).then_some(w_start)
}

/// Reads money written in words before a currency name at `n` (`six
/// milliards de dollars`, `une dizaine de millions d'euros`); amounts in
/// digits were read from their digits.
fn before_name(
    text: &str,
    n: usize,
    tried: usize,
    covered: &mut usize,
    out: &mut Vec<Candidate>,
) {
    // Not `rand` in `grand`, `franc` in `France`, `euro` in `Europe`.
    if prev_char(text, n).is_some_and(char::is_alphabetic)
        || currency_at(text, n, false).is_none()
    {
        return;
    }
    let mut p = window_start(text, n, tried.max(*covered));
    while p < n {
        let Some(c) = text[p..].chars().next() else { break };
        if p >= *covered
            && c.is_alphabetic()
            && is_anchor(text, p, c, false)
            && try_at(text, p, covered, out)
        {
            p = (*covered).max(p + 1);
            continue;
        }
        p += c.len_utf8();
    }
}

/// Pushes the money at `p`, if any, and moves `covered` past what was
/// read; says whether money was found.
fn try_at(
    text: &str,
    p: usize,
    covered: &mut usize,
    out: &mut Vec<Candidate>,
) -> bool {
    let mut parsed = parse_at(text, p);
    for v in parsed.money.iter_mut().map(|m| &mut m.1) {
        tidy_value(v);
    }
    for v in parsed.then.iter_mut().map(|m| &mut m.2) {
        tidy_value(v);
    }
    if let Some((end, value)) = parsed.money {
        out.push(Candidate {
            start: p,
            end,
            found: Found::Money(Box::new(value)),
        });
        *covered = end;
        if let Some((start, end, value)) = parsed.then {
            out.push(Candidate {
                start,
                end,
                found: Found::Money(Box::new(value)),
            });
            *covered = end;
        }
        return true;
    }
    if let Some(e) = parsed.number_end {
        *covered = (*covered).max(e);
    }
    false
}

/// Where to start looking for an amount that ends at a currency mention at
/// `at`: `WINDOW` bytes before, not before `floor`, not across a line
/// break, and never inside a number (`1 250 000` is not read from `250`).
fn window_start(text: &str, at: usize, floor: usize) -> usize {
    let mut s = at.saturating_sub(WINDOW).max(floor);
    while s < at && !text.is_char_boundary(s) {
        s += 1;
    }
    if let Some(nl) = text[s..at].rfind('\n') {
        s += nl + 1;
    }
    while s > floor {
        match prev_char(text, s) {
            Some(c)
                if c.is_ascii_digit()
                    || is_group_space(c)
                    || matches!(c, '.' | ',' | '\'' | '\u{2019}') =>
            {
                s -= c.len_utf8();
            }
            _ => break,
        }
    }
    s
}

/// Whether an amount may start at `p`, where `c` stands: a digit that does
/// not continue a word or a number, a word start, or the currency mention
/// itself (`$6bn`, `€20`).
fn is_anchor(text: &str, p: usize, c: char, at_currency: bool) -> bool {
    let prev = prev_char(text, p);
    if c.is_ascii_digit() {
        if prev.is_some_and(char::is_alphanumeric) {
            return false;
        }
        // The decimals of `1,5`, a group of `1.000`, or digits glued to a
        // word by a dot (`4.15i.000`, OCR noise).
        if matches!(prev, Some('.' | ',')) {
            let before = prev_char(text, p - 1);
            return !before.is_some_and(char::is_alphanumeric);
        }
        // A group of `850’000`, the Swiss way.
        if let Some(q @ ('\'' | '\u{2019}')) = prev {
            return !prev_char(text, p - q.len_utf8())
                .is_some_and(|c| c.is_ascii_digit());
        }
        return true;
    }
    // Not `EUR/USD 1,08`, an exchange rate.
    if c.is_alphabetic() {
        return !prev
            .is_some_and(|b| b.is_alphanumeric() || b == '-' || b == '/');
    }
    at_currency && !prev.is_some_and(|b| b.is_alphanumeric() || b == '/')
}

/// What [`parse_at`] read.
struct Parsed {
    /// The amount and its end, if money starts there.
    money: Option<(usize, MoneyValue)>,
    /// A second amount read with the first (`passé de 2 à 3 milliards`):
    /// start, end and value.
    then: Option<(usize, usize, MoneyValue)>,
    /// The end of the number read there, if any, so that its inner digits
    /// are not read again.
    number_end: Option<usize>,
}

/// A number with its scale: `6`, `1,5 Md`, `deux millions`, `une dizaine
/// de millions`.
#[derive(Clone, Copy, Debug)]
struct Amount {
    end: usize,
    value: f64,
    /// The number before its scale (`5` in `5 millions`).
    raw: f64,
    /// The scale read after the number or ending its words, 1 if none.
    scale: f64,
    /// Whether a noun ends the amount, so that `de` may come before the
    /// currency (`6 milliards de dollars`, not `6 de dollars`).
    takes_de: bool,
    /// Whether the amount is `un` or `une` alone.
    lone_one: bool,
}

/// One amount with its currency, before ranges are looked for.
#[derive(Clone, Copy, Debug)]
struct Single {
    end: usize,
    amount: Amount,
    /// `None` inside when the currency is named but has no code.
    currency: Option<Option<&'static str>>,
    /// Whether the currency came before the number (`$6bn`).
    prefix: bool,
}

/// Reads money (one amount or a range) starting at `p`.
fn parse_at(text: &str, p: usize) -> Parsed {
    let (single, first) = match prefix_money(text, p) {
        Some(single) => (single, single.map(|s| s.amount)),
        None => {
            let first = read_amount(text, p, false);
            (first.and_then(|a| postfix_money(text, p, a)), first)
        }
    };
    let Some(first) = first else {
        return Parsed { money: None, then: None, number_end: None };
    };
    let number_end = Some(first.end);
    let first_end = single.map_or(first.end, |s| s.end);
    if let Some(r) = read_range(text, p, first, first_end, single) {
        let (lo, hi) = (r.lo, r.hi);
        let one = |amount| MoneyValue {
            amount,
            currency: r.currency,
            min: None,
            max: None,
            qualifier: None,
        };
        // The ends of a range are of one order of magnitude, give or take
        // two: `1906 à 11.503.000 francs` is a year and an amount.
        let near = plausible(lo)
            && plausible(hi)
            && lo > 0.0
            && hi > 0.0
            && hi <= 100.0 * lo
            && lo <= 100.0 * hi;
        if r.change && near && lo != hi {
            // `le prix est passé de 2 à 3 euros`: two amounts, before and
            // after, not a range.
            return Parsed {
                money: Some((first_end, one(lo))),
                then: Some((r.second_start, r.end, one(hi))),
                number_end,
            };
        }
        if !r.change && near && lo < hi {
            let value = MoneyValue { min: Some(lo), max: Some(hi), ..one(lo) };
            return Parsed {
                money: Some((r.end, value)),
                then: None,
                number_end,
            };
        }
    }
    let Some(s) = single else {
        return Parsed { money: None, then: None, number_end };
    };
    if !plausible(s.amount.value) {
        return Parsed { money: None, then: None, number_end };
    }
    let mut value = MoneyValue {
        amount: s.amount.value,
        currency: s.currency.flatten(),
        min: None,
        max: None,
        qualifier: None,
    };
    if let Some((phrase, bound)) = qualifier_before(text, p) {
        value.qualifier = Some(phrase);
        match bound {
            Bound::Min => value.min = Some(value.amount),
            Bound::Max => value.max = Some(value.amount),
            Bound::Other => {}
        }
    }
    Parsed { money: Some((s.end, value)), then: None, number_end }
}

/// Whether `value` can be an amount: finite, and below 10^18 (a
/// quintillion of the smallest units, far above any economy), so that a
/// run of digit groups never gives a number JSON cannot hold.
fn plausible(value: f64) -> bool {
    value.is_finite() && (0.0..1e18).contains(&value)
}

/// Two amounts joined by `à`, `et` or a dash.
struct Range {
    /// The end of the second amount.
    end: usize,
    /// The start of the second amount.
    second_start: usize,
    /// The first value, with the scale of the second if it had none.
    lo: f64,
    /// The second value.
    hi: f64,
    currency: Option<&'static str>,
    /// Whether a verb of change comes before (`passé de 2 à 3`): from one
    /// amount to another, not a range.
    change: bool,
}

/// Reads the second end of a range after `first` (which ends at
/// `first_end`, with its currency if `single`).
fn read_range(
    text: &str,
    p: usize,
    first: Amount,
    first_end: usize,
    single: Option<Single>,
) -> Option<Range> {
    let k = skip_spaces(text, first_end);
    let rest = &text[k..];
    let mut change = false;
    let (sep_len, wordy) = if rest.starts_with("et ") {
        // `et` makes a range only after `entre`: `5 et 10 millions` may be
        // two amounts.
        if !word_before(text, p).eq_ignore_ascii_case("entre") {
            return None;
        }
        (2, true)
    } else if rest.starts_with("à ") {
        // `passé de 2 à 3 milliards`.
        if word_before(text, p) == "de" {
            let de_start = word_before_start(text, p);
            change = is_cue(word_before(text, de_start), Cue::Change);
        }
        ("à".len(), true)
    } else if let Some(c) = rest.chars().next()
        && matches!(c, '-' | '–' | '—')
    {
        (c.len_utf8(), false)
    } else {
        return None;
    };
    let after = k + sep_len;
    let b_start = skip_spaces(text, after);
    // `10 - 20`, `10-20`, but not `10 -20`.
    if (wordy || k > first_end) && b_start == after {
        return None;
    }
    let second = match read_money(text, b_start) {
        Some(s) => s,
        // `$5-10bn`: the currency before the first number serves both.
        None if single.is_some_and(|s| s.prefix) => {
            let a = read_amount(text, b_start, true)?;
            Single { end: a.end, amount: a, currency: None, prefix: false }
        }
        None => return None,
    };
    let currency = match (single.and_then(|s| s.currency), second.currency) {
        (Some(a), Some(b)) if a != b => return None,
        (Some(a), _) => a,
        (None, Some(b)) => b,
        (None, None) => return None,
    };
    let b = second.amount;
    let mut lo = first.value;
    // `5 à 10 millions`, and after a change `de 3 à 2 milliards`.
    if first.scale == 1.0
        && b.scale > 1.0
        && (first.raw < b.raw || change && first.raw < 1000.0)
    {
        lo = first.raw * b.scale;
    } else if let Some(thousands) = shared_thousands(text, p, first, b) {
        lo = thousands;
    }
    Some(Range {
        end: second.end,
        second_start: b_start,
        lo,
        hi: b.value,
        currency,
        change,
    })
}

/// The first end of `de 15 à 20 000 euros` read with the thousands of the
/// second (15 000): a bare whole number in digits, with as many digits as
/// the thousands of a second end written `20 000`, and below them. `de 5
/// à 20 000` is left alone: it may mean 5 or 5 000.
fn shared_thousands(
    text: &str,
    p: usize,
    first: Amount,
    second: Amount,
) -> Option<f64> {
    let digits = text.get(p..first.end)?;
    if first.scale != 1.0
        || second.scale != 1.0
        || digits.is_empty()
        || !digits.bytes().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let hi = second.value;
    let lead = (hi / 1000.0).trunc();
    if hi.fract() != 0.0
        || hi % 1000.0 != 0.0
        || !(1.0..1000.0).contains(&lead)
    {
        return None;
    }
    let lead_digits = lead.to_string().len();
    (digits.len() == lead_digits && first.raw < lead)
        .then_some(first.raw * 1000.0)
}

/// Reads one amount with its currency, in either order, at `p`.
fn read_money(text: &str, p: usize) -> Option<Single> {
    if let Some(single) = prefix_money(text, p) {
        return single;
    }
    postfix_money(text, p, read_amount(text, p, false)?)
}

/// Reads money whose currency comes first (`$10`, `EUR 20`, `USD1,23`,
/// `US$2.5 million`, `€300m`): `None` when no symbol or code stands at
/// `p`, `Some(None)` when one does but no amount follows.
fn prefix_money(text: &str, p: usize) -> Option<Option<Single>> {
    let (form, cend) = currency_at(text, p, true)?;
    if !matches!(form.kind, FormKind::Symbol | FormKind::Code) {
        return None;
    }
    let j = skip_spaces(text, cend);
    if !text[j..].starts_with(|c: char| c.is_ascii_digit()) {
        return Some(None);
    }
    // `la COP28`, `la COP 28`: the code of Colombia's peso glued to a
    // number, or before a number of one or two digits alone, is the
    // numbered UN climate conference, not an amount (`COP 50 000` is).
    if form.code == Some("COP") {
        let digits = text[j..].bytes().take_while(u8::is_ascii_digit).count();
        let rest = &text[j + digits..];
        let group = rest
            .trim_start_matches([' ', '\u{a0}', '\u{202f}', ',', '.'])
            .starts_with(|c: char| c.is_ascii_digit());
        if j == cend || digits <= 2 && !group {
            return Some(None);
        }
    }
    Some(read_amount(text, j, true).map(|amount| Single {
        end: amount.end,
        amount,
        currency: Some(form.code),
        prefix: true,
    }))
}

/// Reads the currency after `amount`, read at `p`: `20 euros`, `6
/// milliards de dollars`, `1,5 Md€`, `3 euros 50`.
fn postfix_money(text: &str, p: usize, mut amount: Amount) -> Option<Single> {
    let mut j = skip_gap(text, amount.end);
    let mut used_de = false;
    if amount.takes_de
        && let Some(k) = de(text, j)
    {
        j = k;
        used_de = true;
    }
    let (form, mut end) = currency_at(text, j, false)?;
    if amount.lone_one && !is_cue(word_before(text, p), Cue::Price) {
        return None; // `un euro fort` is the currency, not an amount
    }
    // `En 2008 Euro Disney`, `1998 Euro 2000`: a capitalised name before
    // a proper noun or a number names something else (`EUROS` in a
    // headline in capitals is read).
    let written = &text[j..end];
    if matches!(form.kind, FormKind::Name | FormKind::Ambiguous)
        && written.starts_with(char::is_uppercase)
        && !written.chars().all(|c| !c.is_lowercase())
    {
        let next = text[end..].trim_start_matches(is_space_char);
        if next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            return None;
        }
    }
    // `en 2024 euros constants`: a year naming the euros, not an amount.
    if form.kind == FormKind::Name
        && amount.scale == 1.0
        && (1800.0..=2100.0).contains(&amount.value)
        && amount.end - p == 4
        && matches!(
            first_word(text[end..].trim_start()),
            "constant" | "constants" | "courant" | "courants"
        )
    {
        return None;
    }
    let mut code = form.code;
    match form.kind {
        // `40 millions de £`, `3 milliards de ¥`, `5,4 milliards de
        // FCFA`: a symbol or a code after `de` only after a scale word of
        // a million or more.
        FormKind::Symbol | FormKind::Code if used_de && amount.scale < 1e6 => {
            return None;
        }
        FormKind::SubUnit => {
            // `douze cents` is 1200 (`cents`, plural of `cent`), not 12
            // cents: after words, only `centimes` is a sub-unit.
            let words = !text[p..].starts_with(|c: char| c.is_ascii_digit());
            if amount.scale != 1.0
                || words && text[j..end].eq_ignore_ascii_case("cents")
            {
                return None;
            }
            amount.value = hundredths(amount.value);
            // `50 centimes d'euro`.
            let k = skip_spaces(text, end);
            if let Some(k) = de(text, k)
                && let Some((f, e)) = currency_at(text, k, false)
                && f.kind == FormKind::Name
            {
                code = f.code;
                end = e;
            }
        }
        // `deux livres dix`: a whole number of them with its hundredths
        // after it is a price, not a count of books.
        FormKind::Ambiguous
            if !ambiguous_is_money(text, p, end, &amount)
                && (amount.scale != 1.0
                    || amount.value.fract() != 0.0
                    || cents_after(text, end).is_none()) =>
        {
            return None;
        }
        _ => {}
    }
    if form.kind != FormKind::SubUnit
        && amount.scale == 1.0
        && amount.value.fract() == 0.0
        && let Some((cents, e)) = cents_after(text, end)
    {
        amount.value += cents;
        end = e;
    } else if form.kind == FormKind::Symbol
        && text[end..].starts_with(char::is_alphanumeric)
        && !tax_mark(&text[end..])
    {
        return None; // `8£0iC`: a symbol glued to a word is no currency
    }
    Some(Single { end, amount, currency: Some(code), prefix: false })
}

/// Whether `s` starts with `HT` or `TTC` as a word: price lists glue them
/// to the symbol (`1 000 €HT`).
fn tax_mark(s: &str) -> bool {
    ["HT", "TTC"].iter().any(|m| {
        s.strip_prefix(m)
            .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
    })
}

/// The amount and bounds of `v`, each [`tidy`].
fn tidy_value(v: &mut MoneyValue) {
    v.amount = tidy(v.amount);
    v.min = v.min.map(tidy);
    v.max = v.max.map(tidy);
}

/// `v` rounded to twelve significant digits: a decimal number times its
/// scale comes out of binary arithmetic a hair off (`4,1 millions` is
/// 4.1 × 10^6 = 4099999.9999999995); no amount written in a text has
/// more digits than that, so the rounding gives back the number the
/// text means (4100000).
fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v.abs() < 1e-6 {
        return v;
    }
    let e = 11 - v.abs().log10().floor() as i32;
    if e >= 0 {
        let p = 10f64.powi(e);
        (v * p).round() / p
    } else {
        let p = 10f64.powi(-e);
        (v / p).round() * p
    }
}

/// `value / 100`, rounded to the cent so that `50 centimes` is exactly 0.5.
fn hundredths(value: f64) -> f64 {
    (value * 1e6).round() / 1e8
}

/// Reads the cents after a whole amount and its currency: `3 euros 50`,
/// `3€50`, `1 USD 23 cents`, `1 USD et 23 centimes`, and in words `trois
/// euros et vingt centimes`, `deux euros quatre-vingts`.
fn cents_after(text: &str, end: usize) -> Option<(f64, usize)> {
    let mut k = skip_spaces(text, end);
    let with_et = text[k..].starts_with("et ");
    if with_et {
        k = skip_spaces(text, k + 2);
    }
    let n = text[k..].bytes().take_while(u8::is_ascii_digit).count();
    // Cents in words: a whole number from 1 to 99.
    let (cents, after, two_digits) = if n == 0 {
        let w = numbers::words(&text[k..])?;
        if w.value.fract() != 0.0 || !(1.0..100.0).contains(&w.value) {
            return None;
        }
        (w.value / 100.0, k + w.len, true)
    } else {
        if n > 2 {
            return None;
        }
        let after = k + n;
        if text[after..].starts_with(['.', ',', '%'])
            && text[after + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        (text[k..after].parse::<f64>().ok()? / 100.0, after, n == 2)
    };
    let next = skip_spaces(text, after);
    if let Some((f, e)) = currency_at(text, next, false)
        && f.kind == FormKind::SubUnit
    {
        return Some((cents, e));
    }
    // Without the word `centimes`, only two digits (or words) ending the
    // phrase.
    if with_et || !two_digits {
        return None;
    }
    let rest = &text[next..];
    match rest.chars().next() {
        None => Some((cents, after)),
        Some(c) if c.is_alphabetic() => {
            // `3 euros 50 chacun`, `2 euros 20 à Paris`, `3 euros 50 sur
            // chaque batterie`: a word that starts no noun phrase of its
            // own (`3 euros 50 salariés` would be two numbers).
            let w = first_word(rest);
            (is_cue(w, Cue::Follow)
                || is_cue(w, Cue::Tail)
                || is_cue(w, Cue::Price))
            .then_some((cents, after))
        }
        Some(c) if c.is_ascii_digit() || matches!(c, '%' | '€' | '$') => {
            None
        }
        Some(_) => Some((cents, after)),
    }
}

/// Whether a name that is also a common noun (`livres`, `balles`), read
/// from `p` to `end`, is money here: not after a word such as `écrit`,
/// `tiré`, and not followed by a complement (`dix livres de cuisine`,
/// `trois balles dans le dos`). Objects are counted in whole numbers, and
/// seldom in billions: an amount with decimals (`4,80 livres`) or of a
/// billion or more (`10 milliards de livres`) may also be followed by a
/// place or a price word (`à Londres`, `dans le système bancaire`).
fn ambiguous_is_money(
    text: &str,
    p: usize,
    end: usize,
    amount: &Amount,
) -> bool {
    let mut q = p;
    for _ in 0..3 {
        let w = word_before(text, q);
        if w.is_empty() {
            break;
        }
        if is_cue(w, Cue::Veto) {
            return false;
        }
        q = word_before_start(text, q);
    }
    let rest = text[end..].trim_start();
    let sure = amount.value.fract() != 0.0 || amount.scale >= 1e9;
    match rest.chars().next() {
        Some(c) if c.is_alphabetic() => {
            let w = first_word(rest);
            is_cue(w, Cue::Follow)
                || sure && (is_cue(w, Cue::Tail) || is_cue(w, Cue::Price))
        }
        _ => true,
    }
}

/// Reads a number and its scale at `p`: digits (`6`, `1,5`, `100 000`)
/// with an optional scale word or abbreviation (`6 milliards`, `1,5 Md`,
/// `10k`), or words (`deux millions`, `un demi-milliard`, `une dizaine de
/// millions`). `m` for million (`€300m`) is read only when `with_m`.
fn read_amount(text: &str, p: usize, with_m: bool) -> Option<Amount> {
    let s = text.get(p..)?;
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        let mut n = numbers::digits(s)?;
        // `1,859 euro le litre`: a French text writes decimals with a
        // comma, and groups thousands with spaces or dots; `1,250` reads
        // as English thousands only after a symbol or a code (`$1,250`).
        // Three decimals are usual on small unit prices (fuel, exchange
        // rates) and before a scale (`1,250 million`); `25,000 euros` or
        // `2,000 euros` may be either, and a doubtful amount is left out.
        if !with_m && let Some((v, small)) = comma_decimals(s) {
            let j = skip_spaces(text, p + n.len);
            if !small && numbers::scale(&text[j..]).is_none() {
                return None;
            }
            n.value = v;
        }
        let mut a = Amount {
            end: p + n.len,
            value: n.value,
            raw: n.value,
            scale: 1.0,
            takes_de: false,
            lone_one: false,
        };
        let j = skip_spaces(text, a.end);
        if let Some((m, len, is_word)) = numbers::scale(&text[j..]) {
            // `$2.5 billion`, `£3 billion`: after a symbol or a code the
            // amount is written the English way, where a billion is 10^9;
            // the French `billion` (`2 billions d'euros`) is 10^12.
            let word = &text[j..j + len];
            let english = with_m
                && (word.eq_ignore_ascii_case("billion")
                    || word.eq_ignore_ascii_case("billions"));
            let m = if english { 1e9 } else { m };
            a.scale = m;
            a.value = n.value * m;
            a.end = j + len;
            a.takes_de = true;
            if is_word && n.value.fract() == 0.0 {
                add_lower_part(text, &mut a);
            }
        } else if let Some(len) = trillion(&text[j..]) {
            // `1,2 trillion de dollars`, `3 trillions de yens`: translated
            // from English or Japanese reports, where a trillion is 10^12;
            // the French trillion (10^18) is more than any economy holds.
            a.scale = 1e12;
            a.value = n.value * 1e12;
            a.end = j + len;
            a.takes_de = true;
        } else if with_m
            && (j == a.end || text[a.end..j] == *" ")
            && text[j..].starts_with('m')
            && !text[j + 1..].starts_with(|c: char| {
                c.is_alphanumeric() || c == '²' || c == '³'
            })
        {
            // `€300m`, `EUR 12 m`: after a symbol or a code, `m` is the
            // English abbreviation of million, not a metre.
            a.scale = 1e6;
            a.value = n.value * 1e6;
            a.end = j + 1;
        }
        return Some(and_a_half(text, a));
    }
    if !s.starts_with(char::is_alphabetic) {
        return None;
    }
    let (word, wlen) = word_at(s);
    let is_one =
        word.eq_ignore_ascii_case("un") || word.eq_ignore_ascii_case("une");
    if is_one {
        let j = skip_spaces(text, p + wlen);
        if j > p + wlen {
            // `un demi-milliard`.
            let r = &text[j..];
            if let Some(after) =
                r.strip_prefix("demi-").or_else(|| r.strip_prefix("demi "))
                && let Some((m, len, true)) = numbers::scale(after)
            {
                let end = text.len() - after.len() + len;
                return Some(Amount {
                    end,
                    value: 0.5 * m,
                    raw: 0.5,
                    scale: m,
                    takes_de: true,
                    lone_one: false,
                });
            }
            // `une dizaine de millions`, `une centaine`.
            if let Some(n) = numbers::approximate(r) {
                let mut a = Amount {
                    end: j + n.len,
                    value: n.value,
                    raw: n.value,
                    scale: 1.0,
                    takes_de: true,
                    lone_one: false,
                };
                let k = skip_spaces(text, a.end);
                if let Some(k) = text[k..]
                    .starts_with("de ")
                    .then(|| skip_spaces(text, k + 2))
                    && let Some((m, len, true)) = numbers::scale(&text[k..])
                    && m >= 1000.0
                {
                    a.value = n.value * m;
                    a.scale = m;
                    a.end = k + len;
                }
                return Some(a);
            }
        }
    }
    // `millions de dollars` alone says no amount; `mille euros` does.
    if let Some((m, _, true)) = numbers::scale(s)
        && m >= 1e6
    {
        return None;
    }
    // `cents` and `vingts` are plurals after a multiplier (`deux cents`);
    // alone they are the end of a number not read (`douze cents`).
    if word.eq_ignore_ascii_case("cents")
        || word.eq_ignore_ascii_case("vingts")
    {
        return None;
    }
    let n = numbers::words(s)?;
    let mut a = Amount {
        end: p + n.len,
        value: n.value,
        raw: n.value,
        scale: 1.0,
        takes_de: false,
        lone_one: is_one && n.len == wlen,
    };
    // `deux millions`: the last word is the scale.
    let read = &s[..n.len];
    let last = read
        .rsplit(|c: char| c == '-' || is_group_space(c))
        .next()
        .unwrap_or(read);
    let last = last.to_lowercase();
    if let Some((m, _, true)) = numbers::scale(&last)
        && m >= 1000.0
    {
        a.scale = m;
        a.raw = n.value / m;
        a.takes_de = true;
    }
    Some(and_a_half(text, a))
}

/// The length of `trillion` or `trillions` as a whole word at the start of
/// `s`.
fn trillion(s: &str) -> Option<usize> {
    let (word, len) = word_at(s);
    (word.eq_ignore_ascii_case("trillion")
        || word.eq_ignore_ascii_case("trillions"))
    .then_some(len)
}

/// The value of `s` read as `d,ddd` with a decimal comma, when it starts
/// with one to three digits, a comma and exactly three digits, and no other
/// group follows (`1,250,000` is English thousands); and whether it is a
/// small unit price (one digit before the comma, decimals not `000`),
/// which no English text would write so.
fn comma_decimals(s: &str) -> Option<(f64, bool)> {
    let b = s.as_bytes();
    let lead = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&lead) || b.get(lead) != Some(&b',') {
        return None;
    }
    let frac = &b[lead + 1..];
    let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
    if n != 3
        || matches!(frac.get(3), Some(b',' | b'.'))
            && frac.get(4).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let int = s[..lead].parse::<f64>().ok()?;
    let dec = s[lead + 1..lead + 4].parse::<f64>().ok()?;
    Some((int + dec / 1000.0, lead == 1 && dec != 0.0))
}

/// Adds what follows a whole number of a scale word in the same amount:
/// `1 milliard 200 millions` (1.2 × 10^9), `3 millions 500 000 euros`.
/// Without it, the second part would read as an amount of its own.
fn add_lower_part(text: &str, a: &mut Amount) {
    let j = skip_spaces(text, a.end);
    if j == a.end {
        return;
    }
    let Some(n) = numbers::digits(&text[j..]) else { return };
    let k = skip_spaces(text, j + n.len);
    if let Some((m, len, true)) = numbers::scale(&text[k..])
        && m < a.scale
        && n.value * m < a.scale
    {
        a.value += n.value * m;
        a.end = k + len;
    } else if n.value < a.scale
        && n.value >= 1000.0
        && currency_at(text, k, false).is_some()
    {
        a.value += n.value;
        a.end = j + n.len;
        a.takes_de = false;
    }
}

/// `un milliard et demi`, `2 millions et demi`: adds half the scale.
fn and_a_half(text: &str, mut a: Amount) -> Amount {
    if a.scale < 1000.0 || !a.takes_de {
        return a;
    }
    let j = skip_spaces(text, a.end);
    for form in ["et demie", "et demi"] {
        if text[j..].starts_with(form)
            && !text[j + form.len()..].starts_with(char::is_alphanumeric)
        {
            a.value += 0.5 * a.scale;
            a.raw += 0.5;
            a.end = j + form.len();
            break;
        }
    }
    a
}

/// The currency form at `p`, if a whole one stands there. Before a number
/// (`USD1,23`) a code may touch the digits.
fn currency_at(
    text: &str,
    p: usize,
    before_number: bool,
) -> Option<(Form, usize)> {
    // The forms at `p`, longest first; `dollars usés` falls back on the
    // shorter forms (`dollars`) whose end is bounded.
    CURRENCIES.at(text, p).find_map(|(f, form)| {
        let end = p + f.len();
        let mut after = text.get(end..)?.chars();
        let next = after.next();
        let bounded = !form.wordy
            || match next {
                None => true,
                Some(c) if c.is_ascii_digit() => before_number,
                // `francs-tireurs`, `livres-disques`: compound nouns.
                Some('-') => !after.next().is_some_and(char::is_alphabetic),
                Some(c) => !c.is_alphanumeric(),
            };
        bounded.then_some((form, end))
    })
}

/// The qualifier that ends just before `p` (`plus de `, `environ `).
/// Percentages read the same words (`plus de 10 %`).
pub(crate) fn qualifier_before(
    text: &str,
    p: usize,
) -> Option<(&'static str, Bound)> {
    let before = text[..p].trim_end_matches(is_space_char);
    // Most amounts follow no qualifier: the last character rules out
    // most phrases before any is read back ([`folds_to`], its case
    // folded once).
    let last = before.chars().next_back()?;
    let last = if last == '’' { '\'' } else { last };
    let mut lower = last.to_lowercase();
    let folded = match (lower.next(), lower.next()) {
        (Some(l), None) if last.is_uppercase() => l,
        _ => last,
    };
    let ends_here = |&(phrase, bound): &Qualifier| {
        let found = folded_suffix(before, phrase).is_some_and(|head| {
            !before[..head]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        });
        found.then_some((phrase, bound))
    };
    if last == folded {
        // The phrases that end with that character, in their order.
        return QUALIFIERS_BY_END
            .iter()
            .find(|(end, _)| *end == last)?
            .1
            .iter()
            .find_map(ends_here);
    }
    QUALIFIERS
        .iter()
        .filter(|&&(_, _, end)| end == last || end == folded)
        .map(|&(phrase, bound, _)| (phrase, bound))
        .find_map(|q| ends_here(&q))
}

/// A qualifier phrase and what it does to the amount after it.
type Qualifier = (&'static str, Bound);

/// [`QUALIFIERS`] grouped by their last character, each group in the
/// order of the whole table.
static QUALIFIERS_BY_END: LazyLock<Vec<(char, Vec<Qualifier>)>> =
    LazyLock::new(|| {
        let mut groups: Vec<(char, Vec<Qualifier>)> = Vec::new();
        for &(phrase, bound, end) in QUALIFIERS.iter() {
            match groups.iter_mut().find(|(e, _)| *e == end) {
                Some((_, group)) => group.push((phrase, bound)),
                None => groups.push((end, vec![(phrase, bound)])),
            }
        }
        groups
    });

/// Where `phrase` (lower case, typewriter apostrophes) starts at the end
/// of `s`, read in lower case with typographic apostrophes as typewriter
/// ones; without allocating, as it runs before every amount.
fn folded_suffix(s: &str, phrase: &str) -> Option<usize> {
    let mut chars = s.char_indices().rev();
    let mut start = s.len();
    for want in phrase.chars().rev() {
        let (i, c) = chars.next()?;
        if !folds_to(c, want) {
            return None;
        }
        start = i;
    }
    Some(start)
}

/// Whether `c` reads as `want` (lower case, typewriter apostrophes) in
/// lower case with typographic apostrophes as typewriter ones.
fn folds_to(c: char, want: char) -> bool {
    let c = if c == '’' { '\'' } else { c };
    c == want || c.is_uppercase() && c.to_lowercase().eq(std::iter::once(want))
}

/// `de ` or `d'` at `j` (after `milliards`, `dizaine`): the position after.
fn de(text: &str, j: usize) -> Option<usize> {
    let r = &text.as_bytes()[j..];
    if r.len() > 2
        && r[..2].eq_ignore_ascii_case(b"de")
        && skip_gap(text, j + 2) > j + 2
    {
        return Some(skip_gap(text, j + 2));
    }
    if !r.first().is_some_and(|b| b.eq_ignore_ascii_case(&b'd')) {
        return None;
    }
    ["'", "’"]
        .iter()
        .find(|a| text[j + 1..].starts_with(*a))
        .map(|a| j + 1 + a.len())
}

/// Whether `word` is a verb of change (`passé`, `relevé`): before `de A à
/// B`, the text goes from one figure to another rather than giving a range.
pub(crate) fn is_change_verb(word: &str) -> bool {
    is_cue(word, Cue::Change)
}

fn is_cue(word: &str, cue: Cue) -> bool {
    let lower = word.to_lowercase();
    let key = lower.strip_suffix('\'').unwrap_or(&lower);
    CUES.get(key) == Some(&cue)
}

/// The word that ends just before `p`, spaces skipped (`pour` in `pour un
/// euro`); `d'` gives `d`.
fn word_before(text: &str, p: usize) -> &str {
    let start = word_before_start(text, p);
    let before = text[..p]
        .trim_end_matches(|c: char| is_space_char(c) || c == '\'' || c == '’');
    &before[start.min(before.len())..]
}

/// Where [`word_before`] starts.
fn word_before_start(text: &str, p: usize) -> usize {
    let before = text
        .get(..p)
        .unwrap_or_default()
        .trim_end_matches(|c: char| is_space_char(c) || c == '\'' || c == '’');
    before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i)
}

/// The letters at the start of `s`.
fn first_word(s: &str) -> &str {
    word_at(s).0
}

fn word_at(s: &str) -> (&str, usize) {
    let len = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    (&s[..len], len)
}

fn is_space_char(c: char) -> bool {
    is_group_space(c) || c == '\t'
}

/// The position after the spaces at `j` and at most one line break among
/// them: hard-wrapped text splits `5,8 milliards` / `d'euros` over two
/// lines, but a blank line ends the paragraph, and a line that starts with
/// a capital or a sign is a new one (a heading `Euro 2024 : ...` after a
/// time `10:45`).
fn skip_gap(text: &str, j: usize) -> usize {
    let k = skip_spaces(text, j);
    let rest = &text[k..];
    let nl = if rest.starts_with("\r\n") {
        2
    } else if rest.starts_with('\n') {
        1
    } else {
        return k;
    };
    let m = skip_spaces(text, k + nl);
    if text[m..].starts_with(char::is_lowercase) { m } else { k }
}

/// The position after the spaces (including no-break ones) at `j`.
fn skip_spaces(text: &str, j: usize) -> usize {
    j + text[j..]
        .chars()
        .take_while(|&c| is_space_char(c))
        .map(char::len_utf8)
        .sum::<usize>()
}

/// The character before byte `p`, if any.
pub(super) fn prev_char(text: &str, p: usize) -> Option<char> {
    text.get(..p)?.chars().next_back()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::check_table;

    #[test]
    fn tables() {
        check_table(
            "currencies.tsv",
            include_str!("../../data/money/currencies.tsv"),
        );
        check_table(
            "qualifiers.tsv",
            include_str!("../../data/money/qualifiers.tsv"),
        );
        check_table("cues.tsv", include_str!("../../data/money/cues.tsv"));
        check_table(
            "elided_cues.tsv",
            include_str!("../../data/money/elided_cues.tsv"),
        );
        check_table(
            "franc_cues.tsv",
            include_str!("../../data/money/franc_cues.tsv"),
        );
        check_table(
            "cfa_zones.tsv",
            include_str!("../../data/money/cfa_zones.tsv"),
        );
        check_table(
            "country_cues.tsv",
            include_str!("../../data/money/country_cues.tsv"),
        );
        // Every code a country cue gives is one of a shared name's.
        for (_, code) in crate::lexicon::rows(include_str!(
            "../../data/money/country_cues.tsv"
        ))
        .filter_map(|r| r.split_once('\t'))
        {
            assert!(
                code == "CAD"
                    || SHARED_NAMES.iter().any(|(_, c)| c.contains(&code)),
                "country_cues.tsv: {code} names no shared currency"
            );
        }
        assert!(CFA_ZONES.1.len() > 40);
        assert!(CURRENCIES.forms.len() > 150);
        assert!(QUALIFIERS.len() > 30);
        assert!(CUES.len() > 40);
    }

    /// The currency lookup as it was first written, with an anchored
    /// leftmost-longest automaton over the same forms.
    fn currency_at_automaton(
        matcher: &AhoCorasick,
        text: &str,
        p: usize,
        before_number: bool,
    ) -> Option<(Form, usize)> {
        use aho_corasick::{Anchored, Input};
        let mut end = text.len();
        loop {
            let input = Input::new(text.get(..end)?)
                .range(p..)
                .anchored(Anchored::Yes);
            let m = matcher.find(input)?;
            let form = CURRENCIES.forms[m.pattern().as_usize()].1;
            let mut after = text[m.end()..].chars();
            let next = after.next();
            let bounded = !form.wordy
                || match next {
                    None => true,
                    Some(c) if c.is_ascii_digit() => before_number,
                    Some('-') => {
                        !after.next().is_some_and(char::is_alphabetic)
                    }
                    Some(c) => !c.is_alphanumeric(),
                };
            if bounded {
                return Some((form, m.end()));
            }
            end = m.end() - 1;
            while end > p && !text.is_char_boundary(end) {
                end -= 1;
            }
            if end <= p {
                return None;
            }
        }
    }

    #[test]
    fn the_teddy_order_holds_every_stem_once() {
        let long: Vec<&str> =
            stems().into_iter().filter(|s| s.len() >= 3).collect();
        let mut order = teddy_order(long.clone());
        order.sort_unstable();
        assert_eq!(order, long);
        assert!(teddy_order(Vec::new()).is_empty());
    }

    #[test]
    fn the_stems_are_found_as_by_the_automaton() {
        let stems = stems();
        // What lets Teddy (leftmost first) answer as the automaton
        // (first to end): no stem holds another.
        for s in &stems {
            for t in &stems {
                assert!(s == t || !s.contains(t), "{s:?} holds {t:?}");
            }
        }
        let automaton = AhoCorasick::new(&stems).unwrap();
        let mut texts: Vec<String> = [
            "6 milliards de dollars, 5 $, 3 £, ¥5, 10 €, \u{a0}« 2 ₿ »",
            "ethereal grand moyen leurs eurodollars réaux $$£¥ US$ R$ $",
            "deux millions €, dix livres sterling, vingt centimes, zł",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.push(stems.concat());
        texts.push(stems.join(" "));
        for text in &texts {
            let want: Vec<usize> =
                automaton.find_iter(text).map(|m| m.start()).collect();
            assert_eq!(STEMS.starts(text), want, "{text:?}");
        }
    }

    #[test]
    fn the_form_index_answers_as_the_automaton() {
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(CURRENCIES.forms.iter().map(|(f, _)| f))
            .unwrap();
        let mut texts: Vec<String> = [
            "6 milliards de dollars américains, 5 dollars usés, 3 dollars",
            "$6bn, US$2.5 million, USD1,23, EUR 20, 20 EUR, 1,5 Md€, 10 €",
            "Euros EUROS euro-obligations francs-tireurs livres-disques",
            "francs CFA, francs suisses, FCFA, £ 3, ¥5, 5 ¥, R$ 10, CHF94",
            "livres sterling, balles, centimes, cents, $ US 5, $ CA, $",
            "ils leur eur usd Usd dollarsé dollar2 é€$£",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every form, alone, followed by a letter, a digit and a hyphen.
        for (f, _) in &CURRENCIES.forms {
            texts.push(f.clone());
            for tail in ["s", "5", "-x", "- ", " 5", "é"] {
                texts.push(format!("{f}{tail}"));
            }
        }
        for text in &texts {
            for p in 0..=text.len() {
                if !text.is_char_boundary(p) {
                    continue;
                }
                for before_number in [false, true] {
                    let got = currency_at(text, p, before_number)
                        .map(|(f, e)| (f.code, f.kind, e));
                    let want = currency_at_automaton(
                        &matcher,
                        text,
                        p,
                        before_number,
                    )
                    .map(|(f, e)| (f.code, f.kind, e));
                    assert_eq!(got, want, "{text:?} at {p}");
                }
            }
        }
    }

    /// Every amount found in `text`: (span text, amount, currency).
    fn found(text: &str) -> Vec<(&str, MoneyValue)> {
        let mut out = Vec::new();
        find_money(text, None, &mut out);
        out.into_iter()
            .map(|c| match c.found {
                Found::Money(v) => (&text[c.start..c.end], *v),
                _ => unreachable!(),
            })
            .collect()
    }

    /// French money phrases: (text, span, amount, currency).
    const AMOUNTS: &[(&str, &str, f64, Option<&str>)] = &[
        ("6 milliards de dollars", "6 milliards de dollars", 6e9, Some("USD")),
        (
            "La startup a levé 6 milliards de dollars pour une valorisation record.",
            "6 milliards de dollars",
            6e9,
            Some("USD"),
        ),
        (
            "une valorisation de 24 milliards de dollars.",
            "24 milliards de dollars",
            24e9,
            Some("USD"),
        ),
        (
            "un package salarial de 56 milliards de dollars qui a été annulé",
            "56 milliards de dollars",
            56e9,
            Some("USD"),
        ),
        ("1,5 milliard d'euros", "1,5 milliard d'euros", 1.5e9, Some("EUR")),
        ("1,5 milliard d’euros", "1,5 milliard d’euros", 1.5e9, Some("EUR")),
        (
            "un chiffre d'affaires de 1,5 million d'euros",
            "1,5 million d'euros",
            1.5e6,
            Some("EUR"),
        ),
        (
            "0,75 million d'euros",
            "0,75 million d'euros",
            750000.0,
            Some("EUR"),
        ),
        (
            "2,25 milliards d'euros",
            "2,25 milliards d'euros",
            2.25e9,
            Some("EUR"),
        ),
        ("300 millions d'euros", "300 millions d'euros", 3e8, Some("EUR")),
        ("300 millions €", "300 millions €", 3e8, Some("EUR")),
        (
            "300 millions de livres sterling",
            "300 millions de livres sterling",
            3e8,
            Some("GBP"),
        ),
        ("2 milliards $", "2 milliards $", 2e9, Some("USD")),
        ("1,5 Md€", "1,5 Md€", 1.5e9, Some("EUR")),
        (
            "Un investissement de 1,5 Md€ en 2025.",
            "1,5 Md€",
            1.5e9,
            Some("EUR"),
        ),
        ("300 M€", "300 M€", 3e8, Some("EUR")),
        ("300M€", "300M€", 3e8, Some("EUR")),
        ("2 Mds $", "2 Mds $", 2e9, Some("USD")),
        ("2 Mds€", "2 Mds€", 2e9, Some("EUR")),
        ("3 Mrd €", "3 Mrd €", 3e9, Some("EUR")),
        ("4 Mrds d'euros", "4 Mrds d'euros", 4e9, Some("EUR")),
        ("5 Md$", "5 Md$", 5e9, Some("USD")),
        ("7 md€", "7 md€", 7e9, Some("EUR")),
        ("20 k€", "20 k€", 20000.0, Some("EUR")),
        ("45K€", "45K€", 45000.0, Some("EUR")),
        ("10K$", "10K$", 10000.0, Some("USD")),
        ("$6bn", "$6bn", 6e9, Some("USD")),
        ("Elon Musk a levé $6bn pour xAI.", "$6bn", 6e9, Some("USD")),
        ("$10k", "$10k", 10000.0, Some("USD")),
        ("US$2.5 million", "US$2.5 million", 2.5e6, Some("USD")),
        ("US$ 300 millions", "US$ 300 millions", 3e8, Some("USD")),
        ("€300m", "€300m", 3e8, Some("EUR")),
        ("$5m", "$5m", 5e6, Some("USD")),
        ("£40bn", "£40bn", 4e10, Some("GBP")),
        ("€1.5bn", "€1.5bn", 1.5e9, Some("EUR")),
        ("$10", "$10", 10.0, Some("USD")),
        ("10$", "10$", 10.0, Some("USD")),
        ("10 $", "10 $", 10.0, Some("USD")),
        ("$10.000", "$10.000", 10000.0, Some("USD")),
        ("$1,000,000", "$1,000,000", 1e6, Some("USD")),
        ("1,000,000 dollars", "1,000,000 dollars", 1e6, Some("USD")),
        ("$6.5 millions", "$6.5 millions", 6.5e6, Some("USD")),
        (
            "6.5 milliards de dollars",
            "6.5 milliards de dollars",
            6.5e9,
            Some("USD"),
        ),
        ("dix dollars", "dix dollars", 10.0, Some("USD")),
        ("10 000 dollars", "10 000 dollars", 10000.0, Some("USD")),
        ("100 000 euros", "100 000 euros", 100000.0, Some("EUR")),
        ("100 000 €", "100 000 €", 100000.0, Some("EUR")),
        // The Swiss groups with apostrophes.
        ("1'200'000 euros", "1'200'000 euros", 1_200_000.0, Some("EUR")),
        (
            "850\u{2019}000 euros",
            "850\u{2019}000 euros",
            850_000.0,
            Some("EUR"),
        ),
        ("100\u{a0}000 €", "100\u{a0}000 €", 100000.0, Some("EUR")),
        (
            "100\u{202f}000\u{a0}€",
            "100\u{202f}000\u{a0}€",
            100000.0,
            Some("EUR"),
        ),
        ("1 250 000 euros", "1 250 000 euros", 1250000.0, Some("EUR")),
        ("1 250 000 000 €", "1 250 000 000 €", 1.25e9, Some("EUR")),
        ("1.000.000 €", "1.000.000 €", 1e6, Some("EUR")),
        ("1.500 euros", "1.500 euros", 1500.0, Some("EUR")),
        ("10 000,00 $", "10 000,00 $", 10000.0, Some("USD")),
        ("12 345,67 €", "12 345,67 €", 12345.67, Some("EUR")),
        ("3,50 €", "3,50 €", 3.5, Some("EUR")),
        ("3,5 euros", "3,5 euros", 3.5, Some("EUR")),
        ("0,75 €", "0,75 €", 0.75, Some("EUR")),
        ("le ticket coûte 1,90 euro.", "1,90 euro", 1.9, Some("EUR")),
        ("20€", "20€", 20.0, Some("EUR")),
        ("20 euros", "20 euros", 20.0, Some("EUR")),
        ("20 Euro", "20 Euro", 20.0, Some("EUR")),
        ("20 Euros", "20 Euros", 20.0, Some("EUR")),
        ("20 EUR", "20 EUR", 20.0, Some("EUR")),
        ("EUR 20", "EUR 20", 20.0, Some("EUR")),
        ("EUR29,99", "EUR29,99", 29.99, Some("EUR")),
        ("USD1,23", "USD1,23", 1.23, Some("USD")),
        ("USD 500 millions", "USD 500 millions", 5e8, Some("USD")),
        ("GBP3,01", "GBP3,01", 3.01, Some("GBP")),
        ("GBP 3,01", "GBP 3,01", 3.01, Some("GBP")),
        ("CHF 250", "CHF 250", 250.0, Some("CHF")),
        ("250 CHF", "250 CHF", 250.0, Some("CHF")),
        ("1 000 francs suisses", "1 000 francs suisses", 1000.0, Some("CHF")),
        (
            "3 millions de francs suisses",
            "3 millions de francs suisses",
            3e6,
            Some("CHF"),
        ),
        ("500 000 francs CFA", "500 000 francs CFA", 500000.0, None),
        ("500 000 XOF", "500 000 XOF", 500000.0, Some("XOF")),
        (
            "2 milliards de francs CFA BEAC",
            "2 milliards de francs CFA BEAC",
            2e9,
            Some("XAF"),
        ),
        (
            "10 000 francs CFA BCEAO",
            "10 000 francs CFA BCEAO",
            10000.0,
            Some("XOF"),
        ),
        ("20 000 francs", "20 000 francs", 20000.0, None),
        ("€20", "€20", 20.0, Some("EUR")),
        ("€ 20", "€ 20", 20.0, Some("EUR")),
        ("£9", "£9", 9.0, Some("GBP")),
        ("exactement £9", "£9", 9.0, Some("GBP")),
        ("9 £", "9 £", 9.0, Some("GBP")),
        ("neuf pounds", "neuf pounds", 9.0, Some("GBP")),
        ("quasi neuf livres", "neuf livres", 9.0, Some("GBP")),
        ("10 livres sterling", "10 livres sterling", 10.0, Some("GBP")),
        ("500 millions de livres", "500 millions de livres", 5e8, Some("GBP")),
        (
            "un milliard de livres sterling",
            "un milliard de livres sterling",
            1e9,
            Some("GBP"),
        ),
        ("¥500", "¥500", 500.0, Some("JPY")),
        ("500 yens", "500 yens", 500.0, Some("JPY")),
        (
            "3 000 milliards de yens",
            "3 000 milliards de yens",
            3e12,
            Some("JPY"),
        ),
        ("100 millions de yuans", "100 millions de yuans", 1e8, Some("CNY")),
        ("100 millions de yuan", "100 millions de yuan", 1e8, Some("CNY")),
        (
            "2 milliards de renminbi",
            "2 milliards de renminbi",
            2e9,
            Some("CNY"),
        ),
        (
            "50 milliards de roubles",
            "50 milliards de roubles",
            5e10,
            Some("RUB"),
        ),
        ("1 000 roupies", "1 000 roupies", 1000.0, Some("INR")),
        ("500 roupies indiennes", "500 roupies indiennes", 500.0, Some("INR")),
        (
            "1 000 roupies pakistanaises",
            "1 000 roupies pakistanaises",
            1000.0,
            Some("PKR"),
        ),
        (
            "3 000 milliards de wons",
            "3 000 milliards de wons",
            3e12,
            Some("KRW"),
        ),
        ("10 000 won", "10 000 won", 10000.0, Some("KRW")),
        ("100 reais", "100 reais", 100.0, Some("BRL")),
        ("5 millions de réals", "5 millions de réals", 5e6, Some("BRL")),
        ("R$ 20", "R$ 20", 20.0, Some("BRL")),
        (
            "10 milliards de couronnes suédoises",
            "10 milliards de couronnes suédoises",
            1e10,
            Some("SEK"),
        ),
        (
            "200 couronnes norvégiennes",
            "200 couronnes norvégiennes",
            200.0,
            Some("NOK"),
        ),
        ("75 couronnes danoises", "75 couronnes danoises", 75.0, Some("DKK")),
        (
            "3 millions de couronnes tchèques",
            "3 millions de couronnes tchèques",
            3e6,
            Some("CZK"),
        ),
        ("100 zlotys", "100 zlotys", 100.0, Some("PLN")),
        ("1 000 złotys", "1 000 złotys", 1000.0, Some("PLN")),
        ("dix shekels", "dix shekels", 10.0, Some("ILS")),
        ("dix rials", "dix rials", 10.0, None),
        ("dix riyals", "dix riyals", 10.0, None),
        (
            "5 milliards de riyals saoudiens",
            "5 milliards de riyals saoudiens",
            5e9,
            Some("SAR"),
        ),
        ("200 dirhams marocains", "200 dirhams marocains", 200.0, Some("MAD")),
        ("100 dinars algériens", "100 dinars algériens", 100.0, Some("DZD")),
        ("50 pesos mexicains", "50 pesos mexicains", 50.0, Some("MXN")),
        ("1 000 rands", "1 000 rands", 1000.0, Some("ZAR")),
        (
            "10 milliards de dollars américains",
            "10 milliards de dollars américains",
            1e10,
            Some("USD"),
        ),
        (
            "5 millions de dollars US",
            "5 millions de dollars US",
            5e6,
            Some("USD"),
        ),
        (
            "2 milliards de dollars canadiens",
            "2 milliards de dollars canadiens",
            2e9,
            Some("CAD"),
        ),
        (
            "300 millions de dollars australiens",
            "300 millions de dollars australiens",
            3e8,
            Some("AUD"),
        ),
        (
            "1 milliard de dollars de Hong Kong",
            "1 milliard de dollars de Hong Kong",
            1e9,
            Some("HKD"),
        ),
        (
            "50 millions de dollars de Singapour",
            "50 millions de dollars de Singapour",
            5e7,
            Some("SGD"),
        ),
        ("10 $CA", "10 $CA", 10.0, Some("CAD")),
        ("C$ 10", "C$ 10", 10.0, Some("CAD")),
        ("C$10 millions", "C$10 millions", 1e7, Some("CAD")),
        ("A$ 5 milliards", "A$ 5 milliards", 5e9, Some("AUD")),
        ("HK$ 100", "HK$ 100", 100.0, Some("HKD")),
        ("100 USD", "100 USD", 100.0, Some("USD")),
        ("100 JPY", "100 JPY", 100.0, Some("JPY")),
        ("2,5 milliards CNY", "2,5 milliards CNY", 2.5e9, Some("CNY")),
        ("deux euros", "deux euros", 2.0, Some("EUR")),
        ("douze euros", "douze euros", 12.0, Some("EUR")),
        ("vingt et un euros", "vingt et un euros", 21.0, Some("EUR")),
        (
            "quatre-vingt-dix euros",
            "quatre-vingt-dix euros",
            90.0,
            Some("EUR"),
        ),
        (
            "quatre-vingt-dix-neuf dollars",
            "quatre-vingt-dix-neuf dollars",
            99.0,
            Some("USD"),
        ),
        ("cent euros", "cent euros", 100.0, Some("EUR")),
        ("deux cents euros", "deux cents euros", 200.0, Some("EUR")),
        ("mille euros", "mille euros", 1000.0, Some("EUR")),
        ("deux mille euros", "deux mille euros", 2000.0, Some("EUR")),
        ("dix mille dollars", "dix mille dollars", 10000.0, Some("USD")),
        ("deux millions d'euros", "deux millions d'euros", 2e6, Some("EUR")),
        (
            "six milliards de dollars",
            "six milliards de dollars",
            6e9,
            Some("USD"),
        ),
        (
            "Six milliards de dollars",
            "Six milliards de dollars",
            6e9,
            Some("USD"),
        ),
        (
            "trois millions deux cent mille euros",
            "trois millions deux cent mille euros",
            3.2e6,
            Some("EUR"),
        ),
        ("un million d'euros", "un million d'euros", 1e6, Some("EUR")),
        ("un milliard de dollars", "un milliard de dollars", 1e9, Some("USD")),
        (
            "plus d'un milliard de dollars",
            "un milliard de dollars",
            1e9,
            Some("USD"),
        ),
        (
            "une dizaine de millions d'euros",
            "une dizaine de millions d'euros",
            1e7,
            Some("EUR"),
        ),
        (
            "une centaine de millions de dollars",
            "une centaine de millions de dollars",
            1e8,
            Some("USD"),
        ),
        (
            "une vingtaine de millions d'euros",
            "une vingtaine de millions d'euros",
            2e7,
            Some("EUR"),
        ),
        ("une centaine d'euros", "une centaine d'euros", 100.0, Some("EUR")),
        (
            "une dizaine de milliards d'euros",
            "une dizaine de milliards d'euros",
            1e10,
            Some("EUR"),
        ),
        ("un millier d'euros", "un millier d'euros", 1000.0, Some("EUR")),
        (
            "un demi-milliard de dollars",
            "un demi-milliard de dollars",
            5e8,
            Some("USD"),
        ),
        (
            "un demi-million d'euros",
            "un demi-million d'euros",
            5e5,
            Some("EUR"),
        ),
        (
            "un milliard et demi de dollars",
            "un milliard et demi de dollars",
            1.5e9,
            Some("USD"),
        ),
        (
            "deux millions et demi d'euros",
            "deux millions et demi d'euros",
            2.5e6,
            Some("EUR"),
        ),
        (
            "1 million et demi d'euros",
            "1 million et demi d'euros",
            1.5e6,
            Some("EUR"),
        ),
        ("3 euros 50", "3 euros 50", 3.5, Some("EUR")),
        ("Le café coûte 3 euros 50.", "3 euros 50", 3.5, Some("EUR")),
        ("3€50", "3€50", 3.5, Some("EUR")),
        ("1 USD et 23 centimes", "1 USD et 23 centimes", 1.23, Some("USD")),
        ("1 USD 23 cents", "1 USD 23 cents", 1.23, Some("USD")),
        ("2 euros et 5 centimes", "2 euros et 5 centimes", 2.05, Some("EUR")),
        ("50 centimes", "50 centimes", 0.5, Some("EUR")),
        ("50 centimes d'euro", "50 centimes d'euro", 0.5, Some("EUR")),
        ("20 pence", "20 pence", 0.2, Some("GBP")),
        ("deux livres dix", "deux livres dix", 2.1, Some("GBP")),
        ("5 livres 50", "5 livres 50", 5.5, Some("GBP")),
        ("360,85 pence", "360,85 pence", 3.6085, Some("GBP")),
        (
            "depuis 1906 à 11.503.000 francs",
            "11.503.000 francs",
            11503000.0,
            None,
        ),
        ("pour un euro symbolique", "un euro", 1.0, Some("EUR")),
        ("racheté pour un dollar", "un dollar", 1.0, Some("USD")),
        ("3 balles", "3 balles", 3.0, None),
        ("ça coûte 10 balles.", "10 balles", 10.0, None),
        ("1 billion d'euros", "1 billion d'euros", 1e12, Some("EUR")),
        ("2 billions de yens", "2 billions de yens", 2e12, Some("JPY")),
        ("10 mille euros", "10 mille euros", 10000.0, Some("EUR")),
        (
            "1 milliard 200 millions d'euros",
            "1 milliard 200 millions d'euros",
            1.2e9,
            Some("EUR"),
        ),
        (
            "3 millions 500 000 euros",
            "3 millions 500 000 euros",
            3.5e6,
            Some("EUR"),
        ),
        (
            "un milliard deux cents millions d'euros",
            "un milliard deux cents millions d'euros",
            1.2e9,
            Some("EUR"),
        ),
        ("3 millions, 500 euros", "500 euros", 500.0, Some("EUR")),
        (
            "mille milliards de dollars",
            "mille milliards de dollars",
            1e12,
            Some("USD"),
        ),
        (
            "deux mille milliards d'euros",
            "deux mille milliards d'euros",
            2e12,
            Some("EUR"),
        ),
        ("6 MILLIARDS D'EUROS", "6 MILLIARDS D'EUROS", 6e9, Some("EUR")),
        (
            "Le budget atteint 1 250 000 € cette année.",
            "1 250 000 €",
            1250000.0,
            Some("EUR"),
        ),
        (
            "En 2019 100 000 euros ont été versés.",
            "100 000 euros",
            100000.0,
            Some("EUR"),
        ),
        ("le prix est passé à 2,10 €, en hausse", "2,10 €", 2.1, Some("EUR")),
        (
            "Le fonds pèse 80 milliards d'euros (contre 70 un an plus tôt).",
            "80 milliards d'euros",
            8e10,
            Some("EUR"),
        ),
        ("un salaire de 4 000 euros brut", "4 000 euros", 4000.0, Some("EUR")),
        (
            "Amazon investit 1 milliard $ en France.",
            "1 milliard $",
            1e9,
            Some("USD"),
        ),
        ("un prêt de 750 M$", "750 M$", 7.5e8, Some("USD")),
        ("un carnet de 2,35 G$", "2,35 G$", 2.35e9, Some("USD")),
        (
            "une amende de 2,4 Md€ infligée à Google",
            "2,4 Md€",
            2.4e9,
            Some("EUR"),
        ),
        ("20euros", "20euros", 20.0, Some("EUR")),
        (
            "Le Smic passe à 1 766,92 euros brut par mois.",
            "1 766,92 euros",
            1766.92,
            Some("EUR"),
        ),
        (
            "Le prix du m2 atteint 10 000 €/m2 à Paris.",
            "10 000 €",
            10000.0,
            Some("EUR"),
        ),
        (
            "Il a payé 35 000 dollars US pour la voiture.",
            "35 000 dollars US",
            35000.0,
            Some("USD"),
        ),
        (
            "Ils ont dépensé 3,2 mds d'euros.",
            "3,2 mds d'euros",
            3.2e9,
            Some("EUR"),
        ),
        ("Le Brent a atteint 90 $ le baril.", "90 $", 90.0, Some("USD")),
        (
            "La start-up, valorisée 2 Md$, emploie 300 personnes.",
            "2 Md$",
            2e9,
            Some("USD"),
        ),
        ("Il paie 3 euros 50 ans plus tard", "3 euros", 3.0, Some("EUR")),
        ("30 Mn $", "30 Mn $", 3e7, Some("USD")),
        ("4 tn $", "4 tn $", 4e12, Some("USD")),
        ("1,2 Mio €", "1,2 Mio €", 1.2e6, Some("EUR")),
        // A comma before three digits is French decimals unless a symbol
        // or a code comes first.
        ("le gazole à 1,859 euro", "1,859 euro", 1.859, Some("EUR")),
        ("1,250 €", "1,250 €", 1.25, Some("EUR")),
        (
            "1,250 million d'euros",
            "1,250 million d'euros",
            1.25e6,
            Some("EUR"),
        ),
        ("$1,250", "$1,250", 1250.0, Some("USD")),
        ("USD 1,250", "USD 1,250", 1250.0, Some("USD")),
        // Cents after a word that starts no noun phrase.
        ("un café à 2 euros 20 à Paris", "2 euros 20", 2.2, Some("EUR")),
        ("3 euros 50 sur chaque pièce", "3 euros 50", 3.5, Some("EUR")),
        ("3 euros 50 salariés", "3 euros", 3.0, Some("EUR")),
        // `m` with a space after a code.
        ("EUR 12 m", "EUR 12 m", 12e6, Some("EUR")),
        ("EUR 12 m²", "EUR 12", 12.0, Some("EUR")),
        // One line break inside the amount, not a blank line.
        (
            "5,8 milliards\nd'euros",
            "5,8 milliards\nd'euros",
            5.8e9,
            Some("EUR"),
        ),
        (
            "550 milliards de\ndollars",
            "550 milliards de\ndollars",
            5.5e11,
            Some("USD"),
        ),
        // Francs CFA from the zone the text names.
        (
            "Au Sénégal, 75 000 FCFA par mois",
            "75 000 FCFA",
            75000.0,
            Some("XOF"),
        ),
        (
            "1 000 milliards de francs CFA pour le Cameroun",
            "1 000 milliards de francs CFA",
            1e12,
            Some("XAF"),
        ),
        ("600 francs CFA", "600 francs CFA", 600.0, None),
        ("$2.5 billion", "$2.5 billion", 2.5e9, Some("USD")),
        ("2 billions d'euros", "2 billions d'euros", 2e12, Some("EUR")),
        ("250 000 $ canadiens", "250 000 $ canadiens", 250000.0, Some("CAD")),
        ("1 000 €HT", "1 000 €", 1000.0, Some("EUR")),
        // Words before a symbol.
        ("deux millions €", "deux millions €", 2e6, Some("EUR")),
        ("il a gagné trois $ de plus", "trois $", 3.0, Some("USD")),
        ("2 000 euros constants", "2 000 euros", 2000.0, Some("EUR")),
        // Currencies of Africa, the Indian Ocean, the Pacific, the Caribbean,
        // the Middle East and elsewhere.
        (
            "Madagascar consacre 410 milliards d'ariary aux routes",
            "410 milliards d'ariary",
            4.1e11,
            Some("MGA"),
        ),
        ("un million d'ariary", "un million d'ariary", 1e6, Some("MGA")),
        ("MGA 2 500", "MGA 2 500", 2500.0, Some("MGA")),
        (
            "un prêt de 2,5 millions de francs guinéens",
            "2,5 millions de francs guinéens",
            2.5e6,
            Some("GNF"),
        ),
        (
            "Le ticket coûte 1 200 francs CFP à Nouméa",
            "1 200 francs CFP",
            1200.0,
            Some("XPF"),
        ),
        ("1 000 F CFP", "1 000 F CFP", 1000.0, Some("XPF")),
        ("5 000 XPF", "5 000 XPF", 5000.0, Some("XPF")),
        (
            "3 000 francs congolais",
            "3 000 francs congolais",
            3000.0,
            Some("CDF"),
        ),
        (
            "12 000 francs rwandais",
            "12 000 francs rwandais",
            12000.0,
            Some("RWF"),
        ),
        (
            "100 000 francs comoriens",
            "100 000 francs comoriens",
            100000.0,
            Some("KMF"),
        ),
        (
            "un salaire de 15 000 shillings kényans",
            "15 000 shillings kényans",
            15000.0,
            Some("KES"),
        ),
        (
            "1,2 milliard de shillings ougandais",
            "1,2 milliard de shillings ougandais",
            1.2e9,
            Some("UGX"),
        ),
        ("15 000 shillings", "15 000 shillings", 15000.0, None),
        ("40 millions de cedis", "40 millions de cedis", 4e7, Some("GHS")),
        ("GHS 1 200", "GHS 1 200", 1200.0, Some("GHS")),
        ("100 millions de birr", "100 millions de birr", 1e8, Some("ETB")),
        (
            "dix millions de kwanzas",
            "dix millions de kwanzas",
            1e7,
            Some("AOA"),
        ),
        (
            "300 millions de meticais",
            "300 millions de meticais",
            3e8,
            Some("MZN"),
        ),
        (
            "800 millions de kwachas zambiens",
            "800 millions de kwachas zambiens",
            8e8,
            Some("ZMW"),
        ),
        ("200 000 leones", "200 000 leones", 200000.0, Some("SLE")),
        (
            "1,5 milliard de roupies mauriciennes",
            "1,5 milliard de roupies mauriciennes",
            1.5e9,
            Some("MUR"),
        ),
        (
            "20 000 dinars libyens",
            "20 000 dinars libyens",
            20000.0,
            Some("LYD"),
        ),
        (
            "7,5 millions de dinars jordaniens",
            "7,5 millions de dinars jordaniens",
            7.5e6,
            Some("JOD"),
        ),
        (
            "2 millions de rials omanais",
            "2 millions de rials omanais",
            2e6,
            Some("OMR"),
        ),
        (
            "250 millions de livres syriennes",
            "250 millions de livres syriennes",
            2.5e8,
            Some("SYP"),
        ),
        (
            "une aide de 500 000 gourdes.",
            "500 000 gourdes",
            500000.0,
            Some("HTG"),
        ),
        ("50 000 dongs", "50 000 dongs", 50000.0, Some("VND")),
        ("3 milliards de tenges", "3 milliards de tenges", 3e9, Some("KZT")),
        (
            "le contrat vaut 3 millions de quetzals.",
            "3 millions de quetzals",
            3e6,
            Some("GTQ"),
        ),
        (
            "2 milliards de sols péruviens",
            "2 milliards de sols péruviens",
            2e9,
            Some("PEN"),
        ),
        (
            "4 millions de pesos philippins",
            "4 millions de pesos philippins",
            4e6,
            Some("PHP"),
        ),
        (
            "10 000 dollars jamaïcains",
            "10 000 dollars jamaïcains",
            10000.0,
            Some("JMD"),
        ),
    ];

    /// Ranges and bounds: (text, span, amount, min, max, qualifier).
    #[allow(clippy::type_complexity)]
    const BOUNDS: &[(
        &str,
        &str,
        f64,
        Option<f64>,
        Option<f64>,
        Option<&str>,
    )] = &[
        (
            "entre 5 et 10 millions d'euros",
            "5 et 10 millions d'euros",
            5e6,
            Some(5e6),
            Some(1e7),
            None,
        ),
        (
            "Entre 5 et 10 millions d'euros",
            "5 et 10 millions d'euros",
            5e6,
            Some(5e6),
            Some(1e7),
            None,
        ),
        (
            "de 2 à 3 milliards de dollars",
            "2 à 3 milliards de dollars",
            2e9,
            Some(2e9),
            Some(3e9),
            None,
        ),
        ("5 à 10 M€", "5 à 10 M€", 5e6, Some(5e6), Some(1e7), None),
        ("5-10 M€", "5-10 M€", 5e6, Some(5e6), Some(1e7), None),
        (
            "entre 10 et 20 euro",
            "10 et 20 euro",
            10.0,
            Some(10.0),
            Some(20.0),
            None,
        ),
        (
            "entre 10 euro et 20 euro",
            "10 euro et 20 euro",
            10.0,
            Some(10.0),
            Some(20.0),
            None,
        ),
        ("10 - 20 euro", "10 - 20 euro", 10.0, Some(10.0), Some(20.0), None),
        (
            "10 euro - 20 euro",
            "10 euro - 20 euro",
            10.0,
            Some(10.0),
            Some(20.0),
            None,
        ),
        (
            "entre cinq et dix millions d'euros",
            "cinq et dix millions d'euros",
            5e6,
            Some(5e6),
            Some(1e7),
            None,
        ),
        (
            "entre 500 000 et 1 million d'euros",
            "500 000 et 1 million d'euros",
            5e5,
            Some(5e5),
            Some(1e6),
            None,
        ),
        (
            "de 1,5 à 2 milliards d'euros",
            "1,5 à 2 milliards d'euros",
            1.5e9,
            Some(1.5e9),
            Some(2e9),
            None,
        ),
        ("$5-10bn", "$5-10bn", 5e9, Some(5e9), Some(1e10), None),
        (
            "entre 2 et 3 mille euros",
            "2 et 3 mille euros",
            2000.0,
            Some(2000.0),
            Some(3000.0),
            None,
        ),
        (
            "plus de 10 euros",
            "10 euros",
            10.0,
            Some(10.0),
            None,
            Some("plus de"),
        ),
        (
            "Plus de 10 euros",
            "10 euros",
            10.0,
            Some(10.0),
            None,
            Some("plus de"),
        ),
        (
            "plus que 10 euros",
            "10 euros",
            10.0,
            Some(10.0),
            None,
            Some("plus que"),
        ),
        (
            "au moins 10 euro",
            "10 euro",
            10.0,
            Some(10.0),
            None,
            Some("au moins"),
        ),
        (
            "pas moins de 3 milliards d'euros",
            "3 milliards d'euros",
            3e9,
            Some(3e9),
            None,
            Some("pas moins de"),
        ),
        (
            "moins de 10 dollars",
            "10 dollars",
            10.0,
            None,
            Some(10.0),
            Some("moins de"),
        ),
        (
            "pas plus de 10 dollars",
            "10 dollars",
            10.0,
            None,
            Some(10.0),
            Some("pas plus de"),
        ),
        (
            "en-dessous de 10 dollars",
            "10 dollars",
            10.0,
            None,
            Some(10.0),
            Some("en-dessous de"),
        ),
        (
            "jusqu'à 2 millions d'euros",
            "2 millions d'euros",
            2e6,
            None,
            Some(2e6),
            Some("jusqu'à"),
        ),
        (
            "jusqu’à 2 millions d'euros",
            "2 millions d'euros",
            2e6,
            None,
            Some(2e6),
            Some("jusqu'à"),
        ),
        (
            "près de 6 milliards de dollars",
            "6 milliards de dollars",
            6e9,
            None,
            None,
            Some("près de"),
        ),
        (
            "près d'un milliard d'euros",
            "un milliard d'euros",
            1e9,
            None,
            None,
            Some("près d'"),
        ),
        ("environ 300 M€", "300 M€", 3e8, None, None, Some("environ")),
        ("d'environ 300 M€", "300 M€", 3e8, None, None, Some("environ")),
        (
            "en plus de 10 euros de frais",
            "10 euros",
            10.0,
            None,
            None,
            Some("en plus de"),
        ),
        ("Tarif : 3 € - 5 €", "3 € - 5 €", 3.0, Some(3.0), Some(5.0), None),
        (
            "entre 2020 et 2023, 5 milliards d'euros",
            "5 milliards d'euros",
            5e9,
            None,
            None,
            None,
        ),
        (
            "à peu près 20 euros",
            "20 euros",
            20.0,
            None,
            None,
            Some("à peu près"),
        ),
        (
            "plus d'un milliard de dollars",
            "un milliard de dollars",
            1e9,
            Some(1e9),
            None,
            Some("plus d'"),
        ),
        (
            "la levée de fonds, 6 milliards de dollars",
            "6 milliards de dollars",
            6e9,
            None,
            None,
            None,
        ),
        (
            "entre cinq et 10 euros",
            "cinq et 10 euros",
            5.0,
            Some(5.0),
            Some(10.0),
            None,
        ),
        (
            "de trois à 5 millions de dollars",
            "trois à 5 millions de dollars",
            3e6,
            Some(3e6),
            Some(5e6),
            None,
        ),
        (
            "de 15 à 20 000 euros",
            "15 à 20 000 euros",
            15e3,
            Some(15e3),
            Some(20e3),
            None,
        ),
        (
            "de 150 à 200 000 euros",
            "150 à 200 000 euros",
            150e3,
            Some(150e3),
            Some(200e3),
            None,
        ),
    ];

    /// From one amount to another: (text, [(span, amount)]).
    const CHANGES: &[(&str, &[(&str, f64)])] = &[
        (
            "les ventes sont passées de 2 milliards à 3 milliards d'euros",
            &[("2 milliards", 2e9), ("3 milliards d'euros", 3e9)],
        ),
        (
            "le ticket est passé de 1,90 à 2,10 euros",
            &[("1,90", 1.9), ("2,10 euros", 2.1)],
        ),
        (
            "le budget a été ramené de 3 à 2 milliards de dollars",
            &[("3", 3e9), ("2 milliards de dollars", 2e9)],
        ),
        ("le prix passe de 10 € à 12 €", &[("10 €", 10.0), ("12 €", 12.0)]),
        // Without a verb of change, a range.
        ("un prix de 10 à 12 euros", &[("10 à 12 euros", 10.0)]),
    ];

    #[test]
    fn changes_are_two_amounts() {
        for &(text, want) in CHANGES {
            let got: Vec<(&str, f64)> =
                found(text).into_iter().map(|(s, v)| (s, v.amount)).collect();
            assert_eq!(got, want, "input: {text:?}");
        }
    }

    /// Phrases that hold no amount of money.
    const NOT_MONEY: &[&str] = &[
        "des milliards de dollars",
        "des centaines de millions d'euros",
        "plusieurs millions de dollars",
        "quelques milliers d'euros",
        "les milliards de dollars investis",
        "100 000 puces",
        "Il a besoin de 100 000 puces IA.",
        "une cinquantaine d'ingénieurs",
        "une hausse de 5 %",
        "une hausse de 5,5 % en 2024",
        "en 2022",
        "le rachat de Twitter par Musk en 2022",
        "Appelez le 01 23 45 67 89.",
        "voir page 12",
        "6 milliards",
        "6 milliards de personnes",
        "Le contrat, d'un montant de 8 milliards, a été signé.",
        "Il touche 2 millions par an.",
        "Le CAC 40 a gagné 1,5 % à 7 500 points.",
        "La Fed maintient ses taux entre 5,25 et 5,5 %.",
        "Le groupe M6 a cédé 20 % de ses parts.",
        "1,5 million d'habitants",
        "300 M de visiteurs",
        "l'euro",
        "le dollar a gagné 2 % face à l'euro",
        "un euro fort pénalise les exportations",
        "Le dollar canadien recule.",
        "la zone euro",
        "la zone euro compte 20 pays",
        "Les 27 pays de la zone euro",
        "Les Européens",
        "le CAC 40",
        "un grand 10",
        "il a écrit dix livres.",
        "dix livres de cuisine",
        "2 millions de livres vendus",
        "il a tiré trois balles.",
        "trois balles dans le dos",
        "un franc succès",
        "trois francs-tireurs",
        "un réal",
        "Airbus A320",
        "COVID-19",
        "millions d'euros",
        "Douze cents électeurs",
        "la parité EUR/USD 1,08",
        "douze cents francs",
        "4.15i.000 dollars",
        "8£0iCnOH",
        "milliards de dollars",
        "la Banque de France",
        "exprimés en 2024 euros constants",
        "le prix en €",
        "des millions de $",
        "une prime de 25,000 euros",
        "Mis à jour à 10:45\nEuro 2024 : les Bleus en quarts",
        "Chiffres clés : 2023\n€ et $ en hausse",
        "En 2008 Euro Disney a perdu de l'argent.",
        "les Bleus de 1998 Euro 2000 en poche",
        "2,000 euros",
        "les pays réunis à la COP28 de Dubaï",
        "Rendez-vous à la COP 31 en novembre",
    ];

    #[test]
    fn elided_currencies() {
        // The currency of the amount before, after a comparison in its
        // sentence or after a round's verb anywhere after it.
        for (text, want) in [
            (
                "Le fonds pèse 80 milliards d'euros (contre 70 milliards un an plus tôt).",
                vec![
                    ("80 milliards d'euros", 8e10, Some("EUR")),
                    ("70 milliards", 7e10, Some("EUR")),
                ],
            ),
            (
                "Le chiffre d'affaires est passé de 3 millions de dollars à 5 millions.",
                vec![
                    ("3 millions de dollars", 3e6, Some("USD")),
                    ("5 millions", 5e6, Some("USD")),
                ],
            ),
            (
                "Elle lève 10 millions d'euros. La start-up avait levé 4 millions en 2036.",
                vec![
                    ("10 millions d'euros", 1e7, Some("EUR")),
                    ("4 millions", 4e6, Some("EUR")),
                ],
            ),
            // An investor's share told by its verb, a loss by its noun.
            (
                "Elle lève 40 millions d'euros. Le fonds Noshaq apporte 25 millions et détiendra 8 %.",
                vec![
                    ("40 millions d'euros", 4e7, Some("EUR")),
                    ("25 millions", 2.5e7, Some("EUR")),
                ],
            ),
            (
                "Ses ventes atteignent 6,4 millions d'euros, pour une perte de 11,2 millions.",
                vec![
                    ("6,4 millions d'euros", 6.4e6, Some("EUR")),
                    ("11,2 millions", 1.12e7, Some("EUR")),
                ],
            ),
            // A count goes on with its noun; a comparison in another
            // sentence, or with no amount of money before, is none.
            (
                "Il a vendu pour 30 milliards d'euros, contre 1,8 million de voitures.",
                vec![("30 milliards d'euros", 3e10, Some("EUR"))],
            ),
            (
                "Le budget atteint 12 millions d'euros. Contre 3 millions en 2020, la ville compte.",
                vec![("12 millions d'euros", 1.2e7, Some("EUR"))],
            ),
            // The parts of an amount, after a colon or `dont`, or told
            // by their participle.
            (
                "Elle a levé 4,1 millions d'euros : 2,4 millions apportés par les lecteurs et 1,7 million investi par un fonds.",
                vec![
                    ("4,1 millions d'euros", 4.1e6, Some("EUR")),
                    ("2,4 millions", 2.4e6, Some("EUR")),
                    ("1,7 million", 1.7e6, Some("EUR")),
                ],
            ),
            (
                "Le tour atteint 20 millions d'euros, dont 12 millions souscrits par Bpifrance.",
                vec![
                    ("20 millions d'euros", 2e7, Some("EUR")),
                    ("12 millions", 1.2e7, Some("EUR")),
                ],
            ),
            (
                "Il a coûté 3 millions d'euros : 2 millions de personnes l'ont vu.",
                vec![("3 millions d'euros", 3e6, Some("EUR"))],
            ),
        ] {
            let got: Vec<_> = found(text)
                .into_iter()
                .map(|(s, v)| (s, v.amount, v.currency))
                .collect();
            assert_eq!(got, want, "{text}");
        }
        assert!(
            found("Ils étaient 3 millions, contre 2 millions en 2020.")
                .is_empty()
        );
    }

    #[test]
    fn a_decimal_times_its_scale_is_the_number_written() {
        for (text, want) in [
            ("4,1 millions d'euros", 4_100_000.0),
            ("2,3 milliards de dollars", 2_300_000_000.0),
            ("0,174 euro", 0.174),
            ("1,15 million d'euros", 1_150_000.0),
        ] {
            let got = found(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].1.amount, want, "{text}");
        }
    }

    #[test]
    fn amounts() {
        assert!(AMOUNTS.len() >= 150);
        let mut wrong = Vec::new();
        for &(text, span, amount, currency) in AMOUNTS {
            let got: Vec<_> = found(text)
                .into_iter()
                .map(|(s, v)| (s, v.amount, v.currency))
                .collect();
            if got != [(span, amount, currency)] {
                wrong.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(
            wrong.is_empty(),
            "{} wrong:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn ranges_and_bounds() {
        for &(text, span, amount, min, max, qualifier) in BOUNDS {
            let f = found(text);
            assert_eq!(f.len(), 1, "input: {text:?}: {f:?}");
            let (s, v) = &f[0];
            assert_eq!(
                (*s, v.amount, v.min, v.max, v.qualifier),
                (span, amount, min, max, qualifier),
                "input: {text:?}"
            );
        }
    }

    #[test]
    fn currencies_from_the_rest_of_the_text() {
        type Want = (&'static str, f64, Option<&'static str>);
        let cases: &[(&str, &[Want])] = &[
            (
                "la baguette à 1,10 €, soit 5 centimes de plus",
                &[
                    ("1,10 €", 1.1, Some("EUR")),
                    ("5 centimes", 0.05, Some("EUR")),
                ],
            ),
            (
                "le ticket à 3,20 francs suisses, 20 centimes de plus",
                &[
                    ("3,20 francs suisses", 3.2, Some("CHF")),
                    ("20 centimes", 0.2, Some("CHF")),
                ],
            ),
            ("50 centimes", &[("50 centimes", 0.5, Some("EUR"))]),
            // The sign after the amount in a text about Canada, and the
            // plain dollars after it; elsewhere US dollars.
            (
                "Le Canadien de Montréal lui offre 2,8 M$, puis 1,2 \
                 million de dollars.",
                &[
                    ("2,8 M$", 2.8e6, Some("CAD")),
                    ("1,2 million de dollars", 1.2e6, Some("CAD")),
                ],
            ),
            ("Le club lui offre 2,8 M$.", &[("2,8 M$", 2.8e6, Some("USD"))]),
            // A name several countries share: the country of the text,
            // else the last amount that named its country.
            (
                "La banque marocaine a gagné 3,1 milliards de dirhams, soit \
                 16 dirhams par action.",
                &[
                    ("3,1 milliards de dirhams", 3.1e9, Some("MAD")),
                    ("16 dirhams", 16.0, Some("MAD")),
                ],
            ),
            // The code the text writes for the family outweighs the
            // cues of two countries.
            (
                "Le groupe de Casablanca, rival du fonds émirati de Dubaï, \
                 paie 1,9 milliard de dirhams et investira 900 MDH.",
                &[
                    ("1,9 milliard de dirhams", 1.9e9, Some("MAD")),
                    ("900 MDH", 900e6, Some("MAD")),
                ],
            ),
            (
                "5 millions de dinars tunisiens, puis 2 millions de dinars.",
                &[
                    ("5 millions de dinars tunisiens", 5e6, Some("TND")),
                    ("2 millions de dinars", 2e6, Some("TND")),
                ],
            ),
            ("2 millions de dinars", &[("2 millions de dinars", 2e6, None)]),
            // The Moroccan press's abbreviations.
            (
                "un bénéfice de 620 MDH sur 14,2 MMDH de revenus et 45 DH",
                &[
                    ("620 MDH", 620e6, Some("MAD")),
                    ("14,2 MMDH", 14.2e9, Some("MAD")),
                    ("45 DH", 45.0, Some("MAD")),
                ],
            ),
            // Plain dollars after a dollar named in words are that
            // dollar; not after a symbol, a price abroad.
            (
                "5 millions de dollars canadiens, puis 2 millions de dollars. \
                 Le billet coûte A$ 30 ; les États-Unis ont dépensé 9 dollars.",
                &[
                    ("5 millions de dollars canadiens", 5e6, Some("CAD")),
                    ("2 millions de dollars", 2e6, Some("CAD")),
                    ("A$ 30", 30.0, Some("AUD")),
                    ("9 dollars", 9.0, Some("CAD")),
                ],
            ),
            // Centimes are no hundredths of the dollar.
            (
                "le ticket à 2 dollars. En France, 5 centimes de plus",
                &[
                    ("2 dollars", 2.0, Some("USD")),
                    ("5 centimes", 0.05, Some("EUR")),
                ],
            ),
            (
                "1 milliard de francs suisses, puis 3 francs par action",
                &[
                    ("1 milliard de francs suisses", 1e9, Some("CHF")),
                    ("3 francs", 3.0, Some("CHF")),
                ],
            ),
            ("3 francs", &[("3 francs", 3.0, None)]),
            (
                "Abidjan et Dakar : 100 francs CFA. À Yaoundé, 200 francs CFA.",
                &[
                    ("100 francs CFA", 100.0, Some("XOF")),
                    ("200 francs CFA", 200.0, Some("XAF")),
                ],
            ),
            // `de 5 à 20 000`: 5 or 5 000, not read as a range.
            ("de 5 à 20 000 euros", &[("20 000 euros", 20e3, Some("EUR"))]),
        ];
        for &(text, want) in cases {
            let got: Vec<_> = found(text)
                .into_iter()
                .map(|(s, v)| (s, v.amount, v.currency))
                .collect();
            assert_eq!(got, want, "input: {text:?}");
        }
    }

    fn franc_choice(text: &str, date: Option<&str>) -> Option<FrancChoice> {
        let date = date.map(|d| d.parse().unwrap());
        let mut out = Vec::new();
        scan(text, &mut out);
        franc_of_document(text, date, &out)
    }

    #[test]
    fn the_franc_of_the_document() {
        let swiss = "ZURICH - La BNS a dégagé 12 milliards de francs. À \
                     Genève, le loyer atteint 2450 francs.";
        assert_eq!(
            franc_choice(swiss, None),
            Some(FrancChoice { code: "CHF", cue: FrancCue::Word("BNS") })
        );
        let french = "Le budget prévoit 1 650 milliards de francs.";
        assert_eq!(
            franc_choice(french, Some("1997-10-08")),
            Some(FrancChoice { code: "FRF", cue: FrancCue::BeforeEuro })
        );
        // Francs are no longer French after 2002, nor unknown-dated ones.
        assert_eq!(franc_choice(french, Some("2024-05-30")), None);
        assert_eq!(franc_choice(french, None), None);
        let belgian = "BRUXELLES (Belga) - Le gouvernement wallon débloque \
                       2 milliards de francs.";
        assert_eq!(
            franc_choice(belgian, Some("1999-03-10")),
            Some(FrancChoice { code: "BEF", cue: FrancCue::Word("Belga") })
        );
        // Today the Belgian cues name no current franc.
        assert_eq!(franc_choice(belgian, Some("2024-03-10")), None);
        // Before the euro, one foreign place does not make the text
        // foreign: two do.
        let back = "De retour de Genève, le ministre annonce 50 milliards \
                    de francs.";
        assert_eq!(
            franc_choice(back, Some("1997-10-08")),
            Some(FrancChoice { code: "FRF", cue: FrancCue::BeforeEuro })
        );
        assert_eq!(
            franc_choice(back, None),
            Some(FrancChoice { code: "CHF", cue: FrancCue::Word("Genève") })
        );
        // An amount in a named franc, even after the plain ones, wins.
        let named = "3 francs à Bruxelles, puis 5 francs suisses.";
        assert_eq!(
            franc_choice(named, Some("1999-03-10")),
            Some(FrancChoice { code: "CHF", cue: FrancCue::Named })
        );
    }

    #[test]
    fn scales_symbols_subunits_and_bounds() {
        let cases: &[(&str, &str, f64, Option<&str>)] = &[
            ("levé 40 millions de £.", "40 millions de £", 4e7, Some("GBP")),
            (
                "un budget de 2 milliards de XAF.",
                "2 milliards de XAF",
                2e9,
                Some("XAF"),
            ),
            (
                "un plan de 3 milliards de ¥.",
                "3 milliards de ¥",
                3e9,
                Some("JPY"),
            ),
            (
                "ils ont dépensé 1,2 trillion de dollars.",
                "1,2 trillion de dollars",
                1.2e12,
                Some("USD"),
            ),
            (
                "il coûte trois euros et vingt centimes.",
                "trois euros et vingt centimes",
                3.2,
                Some("EUR"),
            ),
            (
                "fixé à 7 dollars 25 de l'heure",
                "7 dollars 25",
                7.25,
                Some("USD"),
            ),
            (
                "une pinte coûte 4,80 livres à Londres",
                "4,80 livres",
                4.8,
                Some("GBP"),
            ),
            (
                "elle injecte 10 milliards de livres dans les banques",
                "10 milliards de livres",
                1e10,
                Some("GBP"),
            ),
            ("acheté pour 1 200 ethers.", "1 200 ethers", 1200.0, None),
        ];
        for &(text, span, amount, currency) in cases {
            let got: Vec<_> = found(text)
                .into_iter()
                .map(|(s, v)| (s, v.amount, v.currency))
                .collect();
            assert_eq!(got, [(span, amount, currency)], "input: {text:?}");
        }
        let bounds: &[(&str, Option<f64>, Option<f64>)] = &[
            ("proposés à partir de 49 € par mois", Some(49.0), None),
            ("le chiffre dépasse les 500 euros", Some(500.0), None),
            ("pas plus de 20 euros de frais", None, Some(20.0)),
        ];
        for &(text, min, max) in bounds {
            let got = found(text);
            assert_eq!(got.len(), 1, "input: {text:?}");
            assert_eq!((got[0].1.min, got[0].1.max), (min, max), "{text:?}");
        }
    }

    #[test]
    fn not_money() {
        for text in NOT_MONEY {
            assert_eq!(found(text), [], "input: {text:?}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "€",
            "$",
            "1",
            "1 ",
            "€ ",
            "$1,",
            "1 000 ",
            "un",
            "une dizaine de",
            "entre 5 et",
            "5 à",
            "10 -",
            "€€€€",
            "1 USD et",
            "3 euros ",
            "é€é",
            "d'",
            "1 Md",
            "\u{202f}€\u{a0}1",
            "1\u{202f}€",
            "deux cents cents",
            // Found by feeding random French-money fragments to the tool:
            // offsets inside a no-break space or a typographic apostrophe.
            "quatre-vingt\u{202f}un euros",
            "un \u{202f}mille dollars",
            "0d'.milliards2demi-$bn09 de \u{2019}0livres",
            "écrit\u{2019} 3 livres",
        ] {
            let _ = found(text);
        }
        // A run of digit groups too long for any amount.
        let huge = format!("1{} €", " 000".repeat(400));
        assert!(found(&huge).iter().all(|(_, v)| plausible(v.amount)));
    }
}
