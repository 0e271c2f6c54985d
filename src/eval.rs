//! Scores analyses against hand-annotated gold documents: precision, recall
//! and F1 per kind, and the misses and false alarms behind them.
//!
//! A gold document is an output object (schema 1) corrected by hand: the
//! `text`, and the lists of the kinds it annotates. Both sides are read as
//! JSON values, so a kind is scored as soon as the gold and the output
//! both have its list. A kind is scored only over the documents whose gold
//! has its list (a set annotated for money alone says nothing about its
//! dates); a gold `[]` means "none expected".
//!
//! What counts as a hit, per kind:
//!
//! - `sentences`: boundaries, the end of every sentence but the last of a
//!   document, after trimming white space;
//! - `entities`: strict, the same start, end and label (also per label);
//! - `money`: overlapping spans, the same amount and currency;
//! - `dates`: overlapping spans, the same value (and `mod` when the gold
//!   gives one);
//! - `percentages`: overlapping spans, the same value (and `points` when the
//!   gold says `true`);
//! - `quotes`: spans overlapping by at least half of their union, the same
//!   speaker (canonical name, else text; or overlapping speaker mentions
//!   when the gold speaker has no canonical name);
//! - `events`: the same type and key argument (funding and valuation: the
//!   company; acquisition: the target; result: the company; role: the
//!   person), compared by canonical name, else by overlapping mention.
//!
//! Matching is one-to-one and greedy: pairs with the right value first,
//! then exact spans, then larger overlaps, then text order. A gold item
//! marked `"optional": true` is never a miss, and an unmatched output item
//! that overlaps it (events: that is compatible with it) is ignored,
//! neither a hit nor a false alarm. Names compare case-insensitively with
//! white space collapsed; the gold's top-level `canonical_either` lists
//! groups of names that count as one.
//!
//! These are the definitions of the project's scoring script for the
//! contract, restricted to one figure per kind.
//!
//! # Examples
//!
//! ```
//! use analyze::eval::{Totals, score};
//! use serde_json::json;
//!
//! let gold = json!({"text": "Renault a levé 2 Md€.", "money": [
//!     {"text": "2 Md€", "start": 15, "end": 20,
//!      "amount": 2e9, "currency": "EUR"}]});
//! let system = json!({"money": [
//!     {"text": "2 Md€", "start": 15, "end": 20,
//!      "amount": 2e9, "currency": "EUR"}]});
//! let doc = score(&gold, &system).unwrap();
//! let mut totals = Totals::default();
//! totals.add(&doc);
//! assert_eq!(totals.kind("money").unwrap().counts.f1(), Some(1.0));
//! assert!(totals.kind("dates").is_none());
//! ```

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

/// The kinds scored, in report order.
pub const KINDS: [&str; 7] = [
    "sentences",
    "entities",
    "money",
    "dates",
    "percentages",
    "quotes",
    "events",
];

/// The key argument of each event type: the first role of its row in the
/// contract. A type not listed is matched by type alone.
const EVENT_KEYS: [(&str, &str); 5] = [
    ("acquisition", "target"),
    ("funding", "company"),
    ("result", "company"),
    ("role", "person"),
    ("valuation", "company"),
];

/// Characters of context on each side of an item in the diff.
const CONTEXT: usize = 30;

/// Hits, false alarms and misses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// True positives.
    pub tp: usize,
    /// False positives: found, not in the gold.
    pub fp: usize,
    /// False negatives: in the gold, not found.
    pub fn_: usize,
}

impl Counts {
    /// `tp / (tp + fp)`, `None` when nothing was found.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `tp / (tp + fn)`, `None` when the gold holds nothing.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// `2tp / (2tp + fp + fn)`, `None` when both sides are empty.
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// The counts and the three figures as a JSON object.
    fn to_json(self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("tp".into(), self.tp.into());
        m.insert("fp".into(), self.fp.into());
        m.insert("fn".into(), self.fn_.into());
        m.insert("precision".into(), self.precision().into());
        m.insert("recall".into(), self.recall().into());
        m.insert("f1".into(), self.f1().into());
        m
    }
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// What is wrong with one item, for the diff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    /// A gold item not found.
    Miss,
    /// An item found that the gold does not hold.
    FalseAlarm,
    /// Found at the right place with the wrong value (or speaker): a miss
    /// and a false alarm.
    WrongValue,
}

impl Slip {
    /// The name used in reports: `miss`, `false alarm`, `wrong value`.
    pub fn name(self) -> &'static str {
        match self {
            Slip::Miss => "miss",
            Slip::FalseAlarm => "false alarm",
            Slip::WrongValue => "wrong value",
        }
    }
}

/// One miss or false alarm, with its place in the gold text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mismatch {
    /// The kind (`money`, ...).
    pub kind: &'static str,
    /// What is wrong.
    pub slip: Slip,
    /// Start, in code points (a sentence boundary: its offset).
    pub start: usize,
    /// End, in code points, exclusive.
    pub end: usize,
    /// The item's text (empty for a boundary).
    pub text: String,
    /// The item's label or value (`PER`, `6000000000 USD`), as found.
    pub detail: String,
    /// The gold's value, for [`Slip::WrongValue`].
    pub expected: Option<String>,
    /// The text around it, the item between brackets.
    pub context: String,
}

impl Mismatch {
    /// The error as a JSON object.
    pub fn to_json(&self) -> Value {
        json!({
            "kind": self.kind,
            "error": self.slip.name(),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "found": self.detail,
            "expected": self.expected,
            "context": self.context,
        })
    }
}

/// The scores of one kind on one document, or summed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KindScore {
    /// Documents scored for this kind.
    pub documents: usize,
    /// The kind's hits, false alarms and misses.
    pub counts: Counts,
    /// Entities: the strict counts per label.
    pub labels: BTreeMap<String, Counts>,
}

/// The scores of one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocScore {
    /// Per kind scored (the gold has its list), in [`KINDS`] order.
    pub kinds: Vec<(&'static str, KindScore)>,
    /// The misses and false alarms, by kind then text order.
    pub errors: Vec<Mismatch>,
}

/// Scores summed over documents (micro-average).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    /// Documents scored.
    pub documents: usize,
    kinds: Vec<(&'static str, KindScore)>,
}

impl Totals {
    /// Adds one document's scores.
    pub fn add(&mut self, doc: &DocScore) {
        self.documents += 1;
        for (kind, score) in &doc.kinds {
            let at = match self.kinds.iter().position(|(k, _)| k == kind) {
                Some(i) => i,
                None => {
                    self.kinds.push((kind, KindScore::default()));
                    let rank = |k: &str| KINDS.iter().position(|x| *x == k);
                    self.kinds.sort_by_key(|(k, _)| rank(k));
                    self.kinds.iter().position(|(k, _)| k == kind).unwrap_or(0)
                }
            };
            let total = &mut self.kinds[at].1;
            total.documents += score.documents;
            total.counts.add(score.counts);
            for (label, c) in &score.labels {
                total.labels.entry(label.clone()).or_default().add(*c);
            }
        }
    }

    /// The summed scores of a kind, `None` when no gold document has it.
    pub fn kind(&self, kind: &str) -> Option<&KindScore> {
        self.kinds.iter().find(|(k, _)| *k == kind).map(|(_, s)| s)
    }

    /// The kinds scored, in [`KINDS`] order.
    pub fn kinds(&self) -> impl Iterator<Item = (&'static str, &KindScore)> {
        self.kinds.iter().map(|(k, s)| (*k, s))
    }

    /// The scores as one JSON object: `documents`, then per kind scored
    /// `{documents, tp, fp, fn, precision, recall, f1}` (entities also
    /// `labels`, the same per label).
    pub fn to_json(&self) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("documents".into(), self.documents.into());
        for (kind, s) in self.kinds() {
            let mut m = Map::new();
            m.insert("documents".into(), s.documents.into());
            m.extend(s.counts.to_json());
            if kind == "entities" {
                let labels: Map<String, Value> = s
                    .labels
                    .iter()
                    .map(|(l, c)| (l.clone(), Value::Object(c.to_json())))
                    .collect();
                m.insert("labels".into(), Value::Object(labels));
            }
            out.insert(kind.to_string(), Value::Object(m));
        }
        out
    }
}

/// A gold or output item reduced to what scoring reads.
#[derive(Clone, Debug)]
struct Item<'v> {
    start: usize,
    end: usize,
    optional: bool,
    value: &'v Value,
}

impl Item<'_> {
    fn overlaps(&self, o: &Item<'_>) -> bool {
        (self.start < o.end && o.start < self.end)
            || (self.start == o.start && self.end == o.end)
    }

    fn overlap(&self, o: &Item<'_>) -> usize {
        self.end.min(o.end).saturating_sub(self.start.max(o.start))
    }

    fn same_span(&self, o: &Item<'_>) -> bool {
        self.start == o.start && self.end == o.end
    }

    fn text(&self) -> &str {
        self.value.get("text").and_then(Value::as_str).unwrap_or("")
    }

    fn get(&self, key: &str) -> &Value {
        self.value.get(key).unwrap_or(&Value::Null)
    }
}

/// Scores one output document against its gold.
///
/// # Errors
///
/// A message naming the gold item that cannot be scored: a list that is
/// not a list, an item without integer `start` and `end`.
pub fn score(gold: &Value, system: &Value) -> Result<DocScore, String> {
    let text = gold.get("text").and_then(Value::as_str).unwrap_or("");
    let either = Either::of(gold);
    let mut doc = DocScore::default();
    let mut found = Vec::new();
    for kind in KINDS {
        let g = match gold.get(kind) {
            None | Some(Value::Null) => continue,
            Some(Value::Array(items)) => items,
            Some(_) => return Err(format!("{kind:?} is not a list")),
        };
        let empty = Vec::new();
        let s = match system.get(kind) {
            Some(Value::Array(items)) => items,
            _ => &empty,
        };
        let counts = match kind {
            "events" => {
                let g = events(g, kind)?;
                score_events(&g, &events(s, kind)?, &either, &mut found)
            }
            _ => {
                let g = items(g, kind)?;
                let s = items(s, kind)?;
                match kind {
                    "sentences" => score_sentences(&g, &s, &mut found),
                    "entities" => {
                        let (c, labels) = score_entities(&g, &s, &mut found);
                        doc.kinds.push((
                            kind,
                            KindScore { documents: 1, counts: c, labels },
                        ));
                        continue;
                    }
                    "quotes" => score_quotes(&g, &s, &either, &mut found),
                    _ => score_valued(kind, &g, &s, &mut found),
                }
            }
        };
        doc.kinds.push((
            kind,
            KindScore { documents: 1, counts, labels: BTreeMap::new() },
        ));
    }
    let chars: Vec<char> =
        if found.is_empty() { Vec::new() } else { text.chars().collect() };
    doc.errors =
        found.into_iter().map(|f| f.into_error(&chars)).collect::<Vec<_>>();
    Ok(doc)
}

/// An error before its context is cut from the text.
struct Found {
    kind: &'static str,
    slip: Slip,
    start: usize,
    end: usize,
    text: String,
    detail: String,
    expected: Option<String>,
    /// A boundary: the context is the text around an offset.
    boundary: bool,
}

impl Found {
    fn into_error(self, chars: &[char]) -> Mismatch {
        let cut = |a: usize, b: usize| -> String {
            let (a, b) = (a.min(chars.len()), b.min(chars.len()));
            chars[a..b.max(a)]
                .iter()
                .map(|&c| if c.is_whitespace() { ' ' } else { c })
                .collect()
        };
        let before = self.start.saturating_sub(CONTEXT);
        let after = (self.end + CONTEXT).min(chars.len());
        let mut context = String::new();
        if before > 0 {
            context.push('…');
        }
        context.push_str(&cut(before, self.start));
        if self.boundary {
            context.push_str(" | ");
        } else {
            context.push('[');
            context.push_str(&cut(self.start, self.end));
            context.push(']');
        }
        let rest = cut(self.end, after);
        // After a boundary, the white space between the sentences.
        context.push_str(if self.boundary {
            rest.trim_start()
        } else {
            &rest
        });
        if after < chars.len() {
            context.push('…');
        }
        Mismatch {
            kind: self.kind,
            slip: self.slip,
            start: self.start,
            end: self.end,
            text: self.text,
            detail: self.detail,
            expected: self.expected,
            context,
        }
    }
}

/// Reads a list's items, each with integer `start` and `end`.
fn items<'v>(list: &'v [Value], kind: &str) -> Result<Vec<Item<'v>>, String> {
    list.iter()
        .enumerate()
        .map(|(i, v)| {
            let int = |k| v.get(k).and_then(Value::as_u64);
            match (int("start"), int("end")) {
                (Some(start), Some(end)) if start <= end => Ok(Item {
                    start: start as usize,
                    end: end as usize,
                    optional: is_optional(v),
                    value: v,
                }),
                _ => Err(format!("{kind}[{i}]: no integer start and end")),
            }
        })
        .collect()
}

/// Reads events: objects, with offsets when they give them.
fn events<'v>(list: &'v [Value], kind: &str) -> Result<Vec<Item<'v>>, String> {
    list.iter()
        .enumerate()
        .map(|(i, v)| {
            if !v.is_object() {
                return Err(format!("{kind}[{i}]: not an object"));
            }
            let int = |k| v.get(k).and_then(Value::as_u64);
            let (start, end) = match (int("start"), int("end")) {
                (Some(s), Some(e)) if s <= e => (s as usize, e as usize),
                _ => (0, 0),
            };
            Ok(Item { start, end, optional: is_optional(v), value: v })
        })
        .collect()
}

fn is_optional(v: &Value) -> bool {
    v.get("optional") == Some(&Value::Bool(true))
}

/// The outcome of matching one kind's items.
struct Matched {
    /// (required gold index, system index).
    pairs: Vec<(usize, usize)>,
    /// Required gold items not matched.
    misses: Vec<usize>,
    /// System items not matched and not excused by an optional gold item.
    alarms: Vec<usize>,
}

/// Matches required gold items to system items one to one, greedily, in
/// `rank` order among the `compatible` pairs; unmatched system items that
/// are `excused` by an optional gold item are neither hits nor alarms.
/// Only pairs of overlapping spans are considered when `by_span`, found by
/// a sweep over the system items sorted by start.
fn match_items<K: PartialOrd>(
    gold: &[Item<'_>],
    system: &[Item<'_>],
    by_span: bool,
    compatible: impl Fn(&Item<'_>, &Item<'_>) -> bool,
    rank: impl Fn(&Item<'_>, &Item<'_>) -> K,
    excused: impl Fn(&Item<'_>, &Item<'_>) -> bool,
) -> Matched {
    let required: Vec<usize> =
        (0..gold.len()).filter(|&i| !gold[i].optional).collect();
    let mut cands: Vec<(K, usize, usize)> = Vec::new();
    if by_span {
        let mut order: Vec<usize> = (0..system.len()).collect();
        order.sort_by_key(|&i| (system[i].start, system[i].end));
        let mut max_end = Vec::with_capacity(order.len());
        let mut m = 0;
        for &i in &order {
            m = m.max(system[i].end);
            max_end.push(m);
        }
        for &gi in &required {
            let g = &gold[gi];
            let k = order.partition_point(|&i| system[i].start <= g.end);
            for j in (0..k).rev() {
                if max_end[j] < g.start {
                    break;
                }
                let si = order[j];
                if g.overlaps(&system[si]) && compatible(g, &system[si]) {
                    cands.push((rank(g, &system[si]), gi, si));
                }
            }
        }
    } else {
        for &gi in &required {
            for (si, s) in system.iter().enumerate() {
                if compatible(&gold[gi], s) {
                    cands.push((rank(&gold[gi], s), gi, si));
                }
            }
        }
    }
    cands.sort_by(|a, b| {
        a.0.partial_cmp(&b.0)
            .unwrap_or(Ordering::Equal)
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let mut used_g = vec![false; gold.len()];
    let mut used_s = vec![false; system.len()];
    let mut pairs = Vec::new();
    for (_, gi, si) in cands {
        if !used_g[gi] && !used_s[si] {
            used_g[gi] = true;
            used_s[si] = true;
            pairs.push((gi, si));
        }
    }
    pairs.sort_unstable();
    let misses = required.into_iter().filter(|&i| !used_g[i]).collect();
    let optional: Vec<&Item<'_>> =
        gold.iter().filter(|g| g.optional).collect();
    let alarms = (0..system.len())
        .filter(|&i| !used_s[i])
        .filter(|&i| !optional.iter().any(|o| excused(o, &system[i])))
        .collect();
    Matched { pairs, misses, alarms }
}

/// Rank of a span pair: exact spans first, then larger overlaps.
fn span_rank(g: &Item<'_>, s: &Item<'_>) -> (u8, isize) {
    (u8::from(!g.same_span(s)), -(g.overlap(s) as isize))
}

fn overlapping(o: &Item<'_>, s: &Item<'_>) -> bool {
    o.overlaps(s)
}

fn found(
    kind: &'static str,
    slip: Slip,
    item: &Item<'_>,
    detail: String,
    expected: Option<String>,
) -> Found {
    Found {
        kind,
        slip,
        start: item.start,
        end: item.end,
        text: item.text().to_string(),
        detail,
        expected,
        boundary: false,
    }
}

/// Sentence boundaries: the trimmed end of every sentence but the last.
fn score_sentences(
    gold: &[Item<'_>],
    system: &[Item<'_>],
    out: &mut Vec<Found>,
) -> Counts {
    /// (trimmed end, optional) of every sentence but the last.
    fn boundaries(items: &[Item<'_>]) -> BTreeMap<usize, bool> {
        let mut spans: Vec<(usize, usize, bool)> = items
            .iter()
            .filter_map(|it| {
                let t = it.text();
                let (mut start, mut end) = (it.start, it.end);
                let n = t.chars().count();
                if n == end - start {
                    if t.trim().is_empty() {
                        return None;
                    }
                    start += n - t.trim_start().chars().count();
                    end -= n - t.trim_end().chars().count();
                }
                (start < end).then_some((start, end, it.optional))
            })
            .collect();
        spans.sort_unstable();
        spans.pop();
        let mut out = BTreeMap::new();
        for (_, end, optional) in spans {
            let e = out.entry(end).or_insert(optional);
            *e = *e && optional;
        }
        out
    }
    let g = boundaries(gold);
    let s = boundaries(system);
    let mut c = Counts::default();
    let mut errors = Vec::new();
    let boundary = |slip, at: usize| Found {
        kind: "sentences",
        slip,
        start: at,
        end: at,
        text: String::new(),
        detail: "boundary".to_string(),
        expected: None,
        boundary: true,
    };
    for (&at, &optional) in &g {
        if s.contains_key(&at) {
            if !optional {
                c.tp += 1;
            }
        } else if !optional {
            c.fn_ += 1;
            errors.push(boundary(Slip::Miss, at));
        }
    }
    for &at in s.keys() {
        if !g.contains_key(&at) {
            c.fp += 1;
            errors.push(boundary(Slip::FalseAlarm, at));
        }
    }
    errors.sort_by_key(|f| f.start);
    out.extend(errors);
    c
}

/// Entities, strict: the same span and label; also per label.
fn score_entities(
    gold: &[Item<'_>],
    system: &[Item<'_>],
    out: &mut Vec<Found>,
) -> (Counts, BTreeMap<String, Counts>) {
    let label =
        |it: &Item<'_>| it.get("label").as_str().unwrap_or("").to_string();
    let m = match_items(
        gold,
        system,
        true,
        |g, s| g.same_span(s) && label(g) == label(s),
        |_, _| (),
        overlapping,
    );
    let mut labels: BTreeMap<String, Counts> = BTreeMap::new();
    for &(gi, _) in &m.pairs {
        labels.entry(label(&gold[gi])).or_default().tp += 1;
    }
    let mut errors = Vec::new();
    for &gi in &m.misses {
        labels.entry(label(&gold[gi])).or_default().fn_ += 1;
        errors.push(found(
            "entities",
            Slip::Miss,
            &gold[gi],
            label(&gold[gi]),
            None,
        ));
    }
    for &si in &m.alarms {
        labels.entry(label(&system[si])).or_default().fp += 1;
        errors.push(found(
            "entities",
            Slip::FalseAlarm,
            &system[si],
            label(&system[si]),
            None,
        ));
    }
    errors.sort_by_key(|f| f.start);
    out.extend(errors);
    let counts =
        Counts { tp: m.pairs.len(), fp: m.alarms.len(), fn_: m.misses.len() };
    (counts, labels)
}

/// Two amounts equal within a relative 1e-9 (null equals null).
fn same_number(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()),
        _ => a.is_null() && b.is_null(),
    }
}

/// Whether a valued item's value is right, and how a value reads.
fn value_ok(kind: &str, g: &Item<'_>, s: &Item<'_>) -> bool {
    match kind {
        "money" => {
            same_number(g.get("amount"), s.get("amount"))
                && g.get("currency") == s.get("currency")
        }
        "dates" => {
            g.get("value") == s.get("value")
                && (g.get("mod").is_null() || g.get("mod") == s.get("mod"))
        }
        _ => {
            same_number(g.get("value"), s.get("value"))
                && (g.get("points") != &Value::Bool(true)
                    || s.get("points") == &Value::Bool(true))
        }
    }
}

fn describe(kind: &str, it: &Item<'_>) -> String {
    let plain = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => "null".to_string(),
        // Whole amounts read the same from the gold's integers and the
        // output's floats.
        Value::Number(n) => match n.as_f64() {
            Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => {
                format!("{}", x as i64)
            }
            _ => n.to_string(),
        },
        v => v.to_string(),
    };
    match kind {
        "money" => {
            format!(
                "{} {}",
                plain(it.get("amount")),
                plain(it.get("currency"))
            )
        }
        "dates" => {
            let mut d = plain(it.get("value"));
            if let Some(m) = it.get("mod").as_str() {
                d.push(' ');
                d.push_str(m);
            }
            d
        }
        _ => {
            let mut d = plain(it.get("value"));
            if it.get("points") == &Value::Bool(true) {
                d.push_str(" points");
            }
            d
        }
    }
}

/// Money, dates and percentages: overlapping spans with the right value.
fn score_valued(
    kind: &'static str,
    gold: &[Item<'_>],
    system: &[Item<'_>],
    out: &mut Vec<Found>,
) -> Counts {
    let m = match_items(
        gold,
        system,
        true,
        |_, _| true,
        |g, s| {
            let (exact, overlap) = span_rank(g, s);
            (u8::from(!value_ok(kind, g, s)), exact, overlap)
        },
        overlapping,
    );
    let mut c = Counts { tp: 0, fp: m.alarms.len(), fn_: m.misses.len() };
    let mut errors = Vec::new();
    for &(gi, si) in &m.pairs {
        if value_ok(kind, &gold[gi], &system[si]) {
            c.tp += 1;
        } else {
            c.fp += 1;
            c.fn_ += 1;
            errors.push(found(
                kind,
                Slip::WrongValue,
                &system[si],
                describe(kind, &system[si]),
                Some(describe(kind, &gold[gi])),
            ));
        }
    }
    for &gi in &m.misses {
        errors.push(found(
            kind,
            Slip::Miss,
            &gold[gi],
            describe(kind, &gold[gi]),
            None,
        ));
    }
    for &si in &m.alarms {
        errors.push(found(
            kind,
            Slip::FalseAlarm,
            &system[si],
            describe(kind, &system[si]),
            None,
        ));
    }
    errors.sort_by_key(|f| f.start);
    out.extend(errors);
    c
}

/// Names that count as one: the gold's `canonical_either` groups.
struct Either(Vec<(String, usize)>);

impl Either {
    fn of(gold: &Value) -> Either {
        let mut names = Vec::new();
        if let Some(groups) =
            gold.get("canonical_either").and_then(Value::as_array)
        {
            for (i, group) in groups.iter().enumerate() {
                for name in group.as_array().into_iter().flatten() {
                    if let Some(k) = name.as_str().and_then(name_key) {
                        names.push((k, i));
                    }
                }
            }
        }
        Either(names)
    }

    fn group(&self, key: &str) -> Option<usize> {
        self.0.iter().find(|(k, _)| k == key).map(|&(_, g)| g)
    }

    /// Two names are the same, or in one group.
    fn same(&self, a: Option<&str>, b: Option<&str>) -> bool {
        match (a.and_then(name_key), b.and_then(name_key)) {
            (Some(a), Some(b)) => {
                a == b
                    || self
                        .group(&a)
                        .is_some_and(|g| self.group(&b) == Some(g))
            }
            _ => false,
        }
    }
}

/// A name compared case-insensitively with white space collapsed; `None`
/// when empty.
fn name_key(s: &str) -> Option<String> {
    let k = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    (!k.is_empty()).then_some(k)
}

/// Two mentions overlap, or, when one has no offsets, have the same text.
fn mentions_overlap(g: &Value, s: &Value) -> bool {
    let span =
        |v: &Value| Some((v.get("start")?.as_u64()?, v.get("end")?.as_u64()?));
    match (span(g), span(s)) {
        (Some((gs, ge)), Some((ss, se))) => {
            (gs < se && ss < ge) || (gs == ss && ge == se)
        }
        _ => {
            let text = |v: &Value| {
                v.get("text").and_then(Value::as_str).and_then(name_key)
            };
            text(g).is_some() && text(g) == text(s)
        }
    }
}

fn canonical(v: &Value) -> Option<&str> {
    v.get("canonical")
        .and_then(Value::as_str)
        .filter(|c| name_key(c).is_some())
}

/// The speaker of a quote is right: the gold names nobody and neither does
/// the output, or the canonical names agree (the output's text standing
/// for its canonical), or, for a gold speaker without a canonical name,
/// the two mentions overlap.
fn speaker_ok(g: &Value, s: &Value, either: &Either) -> bool {
    if !g.is_object() {
        return !s.is_object();
    }
    if !s.is_object() {
        return false;
    }
    match canonical(g) {
        Some(name) => {
            let sc =
                canonical(s).or_else(|| s.get("text").and_then(Value::as_str));
            either.same(Some(name), sc)
        }
        None => mentions_overlap(g, s),
    }
}

/// Quotes: spans overlapping by half their union, the same speaker.
fn score_quotes(
    gold: &[Item<'_>],
    system: &[Item<'_>],
    either: &Either,
    out: &mut Vec<Found>,
) -> Counts {
    let iou = |g: &Item<'_>, s: &Item<'_>| {
        let ov = g.overlap(s);
        let union = (g.end - g.start) + (s.end - s.start) - ov;
        if union == 0 {
            f64::from(u8::from(g.same_span(s)))
        } else {
            ov as f64 / union as f64
        }
    };
    let speaker = |g: &Item<'_>, s: &Item<'_>| {
        speaker_ok(g.get("speaker"), s.get("speaker"), either)
    };
    let m = match_items(
        gold,
        system,
        true,
        |g, s| iou(g, s) >= 0.5,
        |g, s| (-iou(g, s), u8::from(!speaker(g, s))),
        overlapping,
    );
    let who = |it: &Item<'_>| {
        let sp = it.get("speaker");
        match canonical(sp).or_else(|| sp.get("text").and_then(Value::as_str))
        {
            Some(name) => format!("speaker {name}"),
            None => "no speaker".to_string(),
        }
    };
    let mut c = Counts { tp: 0, fp: m.alarms.len(), fn_: m.misses.len() };
    let mut errors = Vec::new();
    for &(gi, si) in &m.pairs {
        if speaker(&gold[gi], &system[si]) {
            c.tp += 1;
        } else {
            c.fp += 1;
            c.fn_ += 1;
            errors.push(found(
                "quotes",
                Slip::WrongValue,
                &system[si],
                who(&system[si]),
                Some(who(&gold[gi])),
            ));
        }
    }
    for &gi in &m.misses {
        errors.push(found(
            "quotes",
            Slip::Miss,
            &gold[gi],
            who(&gold[gi]),
            None,
        ));
    }
    for &si in &m.alarms {
        errors.push(found(
            "quotes",
            Slip::FalseAlarm,
            &system[si],
            who(&system[si]),
            None,
        ));
    }
    errors.sort_by_key(|f| f.start);
    out.extend(errors);
    c
}

/// The key argument of an event, and its role.
fn event_key<'v>(ev: &Item<'v>) -> (Option<&'static str>, &'v Value) {
    let kind = ev.get("type").as_str().unwrap_or("");
    match EVENT_KEYS.binary_search_by(|(t, _)| t.cmp(&kind)) {
        Ok(i) => {
            let role = EVENT_KEYS[i].1;
            let arg = ev
                .value
                .get("args")
                .and_then(|a| a.get(role))
                .unwrap_or(&Value::Null);
            (Some(role), arg)
        }
        Err(_) => (None, &Value::Null),
    }
}

/// An entity argument is right: the canonical names agree when both give
/// one, else the mentions overlap.
fn entity_ok(g: &Value, s: &Value, either: &Either) -> bool {
    if !g.is_object() || !s.is_object() {
        return false;
    }
    match (canonical(g), canonical(s)) {
        (Some(a), Some(b)) => either.same(Some(a), Some(b)),
        _ => mentions_overlap(g, s),
    }
}

/// The same type, and the key argument right (a null gold key wants a null
/// output key).
fn key_ok(g: &Item<'_>, s: &Item<'_>, either: &Either) -> bool {
    if g.get("type") != s.get("type") {
        return false;
    }
    match event_key(g) {
        (None, _) => true,
        (Some(_), gk) if gk.is_null() => event_key(s).1.is_null(),
        (Some(_), gk) => entity_ok(gk, event_key(s).1, either),
    }
}

/// Events: the same type and key argument.
fn score_events(
    gold: &[Item<'_>],
    system: &[Item<'_>],
    either: &Either,
    out: &mut Vec<Found>,
) -> Counts {
    let has_span = |it: &Item<'_>| it.value.get("start").is_some();
    let m = match_items(
        gold,
        system,
        false,
        |g, s| key_ok(g, s, either),
        |g, s| u8::from(!(has_span(g) && has_span(s) && g.overlaps(s))),
        |o, s| key_ok(o, s, either),
    );
    let describe = |it: &Item<'_>| {
        let kind = it.get("type").as_str().unwrap_or("?");
        match event_key(it) {
            (Some(role), arg) => {
                let name = canonical(arg)
                    .or_else(|| arg.get("text").and_then(Value::as_str))
                    .unwrap_or("-");
                format!("{kind} {role}={name}")
            }
            (None, _) => kind.to_string(),
        }
    };
    let mut errors = Vec::new();
    for &gi in &m.misses {
        errors.push(found(
            "events",
            Slip::Miss,
            &gold[gi],
            describe(&gold[gi]),
            None,
        ));
    }
    for &si in &m.alarms {
        errors.push(found(
            "events",
            Slip::FalseAlarm,
            &system[si],
            describe(&system[si]),
            None,
        ));
    }
    errors.sort_by_key(|f| f.start);
    out.extend(errors);
    Counts { tp: m.pairs.len(), fp: m.alarms.len(), fn_: m.misses.len() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(gold: Value, system: Value, kind: &str) -> Counts {
        let doc = score(&gold, &system).unwrap();
        doc.kinds.iter().find(|(k, _)| *k == kind).unwrap().1.counts
    }

    fn c(tp: usize, fp: usize, fn_: usize) -> Counts {
        Counts { tp, fp, fn_ }
    }

    #[test]
    fn figures_follow_the_counts() {
        let x = c(3, 1, 2);
        assert_eq!(x.precision(), Some(0.75));
        assert_eq!(x.recall(), Some(0.6));
        assert_eq!(x.f1(), Some(6.0 / 9.0));
        assert_eq!(c(0, 0, 0).f1(), None);
        assert_eq!(c(0, 2, 0).recall(), None);
        assert_eq!(c(0, 2, 0).f1(), Some(0.0));
    }

    #[test]
    fn sentence_boundaries_are_trimmed_ends_but_the_last() {
        let text = "Un. Deux. Trois.";
        let s = |a: usize, b: usize| json!({"start": a, "end": b, "text": &text[a..b]});
        let gold =
            json!({"text": text, "sentences": [s(0, 3), s(4, 9), s(10, 16)]});
        // Untrimmed spans, one boundary missed.
        let system = json!({"sentences": [s(0, 4), s(4, 16)]});
        assert_eq!(
            counts(gold.clone(), system.clone(), "sentences"),
            c(1, 0, 1)
        );
        let doc = score(&gold, &system).unwrap();
        assert_eq!(doc.errors[0].context, "Un. Deux. | Trois.");
        assert_eq!(doc.errors[0].slip, Slip::Miss);
        let system = json!({"sentences": [s(0, 3), s(4, 9), s(10, 16)]});
        assert_eq!(counts(gold, system, "sentences"), c(2, 0, 0));
    }

    #[test]
    fn an_optional_sentence_end_is_no_boundary_to_find() {
        let text = "Titre\nUn. Deux.";
        let gold = json!({"text": text, "sentences": [
            {"start": 0, "end": 5, "text": "Titre", "optional": true},
            {"start": 6, "end": 9, "text": "Un."},
            {"start": 10, "end": 15, "text": "Deux."}]});
        let system = json!({"sentences": [
            {"start": 0, "end": 9, "text": "Titre\nUn."},
            {"start": 10, "end": 15, "text": "Deux."}]});
        assert_eq!(counts(gold, system, "sentences"), c(1, 0, 0));
    }

    fn ent(a: usize, b: usize, label: &str) -> Value {
        json!({"start": a, "end": b, "label": label, "text": "x"})
    }

    #[test]
    fn entities_are_strict_and_counted_per_label() {
        let gold = json!({"text": "", "entities": [
            ent(0, 5, "PER"), ent(10, 15, "ORG"), ent(20, 25, "LOC")]});
        let system = json!({"entities": [
            ent(0, 5, "PER"), ent(10, 15, "LOC"), ent(21, 25, "LOC")]});
        let doc = score(&gold, &system).unwrap();
        let (_, e) = &doc.kinds[0];
        assert_eq!(e.counts, c(1, 2, 2));
        assert_eq!(e.labels["PER"], c(1, 0, 0));
        assert_eq!(e.labels["ORG"], c(0, 0, 1));
        assert_eq!(e.labels["LOC"], c(0, 2, 1));
    }

    #[test]
    fn optional_gold_items_neither_reward_nor_penalise() {
        let mut opt = ent(10, 15, "ORG");
        opt["optional"] = true.into();
        let gold = json!({"text": "", "entities": [ent(0, 5, "PER"), opt]});
        let found =
            json!({"entities": [ent(0, 5, "PER"), ent(10, 14, "LOC")]});
        assert_eq!(counts(gold.clone(), found, "entities"), c(1, 0, 0));
        let missed = json!({"entities": [ent(0, 5, "PER")]});
        assert_eq!(counts(gold, missed, "entities"), c(1, 0, 0));
    }

    fn money(a: usize, b: usize, amount: f64, currency: &str) -> Value {
        json!({"start": a, "end": b, "text": "x", "amount": amount,
               "currency": currency})
    }

    #[test]
    fn money_needs_an_overlapping_span_amount_and_currency() {
        let gold = json!({"text": "", "money": [
            money(0, 10, 6e9, "USD"), money(20, 30, 5.0, "EUR"),
            money(40, 50, 1.0, "EUR")]});
        let system = json!({"money": [
            money(2, 10, 6e9 * (1.0 + 1e-12), "USD"),
            money(20, 30, 5.0, "USD"),
            money(60, 70, 1.0, "EUR")]});
        // One hit; a wrong currency is a miss and a false alarm; one more
        // miss and one more false alarm.
        let doc = score(&gold, &system).unwrap();
        assert_eq!(doc.kinds[0].1.counts, c(1, 2, 2));
        let slips: Vec<_> = doc.errors.iter().map(|e| e.slip).collect();
        assert_eq!(slips, [Slip::WrongValue, Slip::Miss, Slip::FalseAlarm]);
        assert_eq!(doc.errors[0].expected.as_deref(), Some("5 EUR"));
    }

    #[test]
    fn matching_prefers_the_pair_with_the_right_value() {
        // Two output items overlap one gold item: the right one is its
        // match, the other a false alarm.
        let gold = json!({"text": "", "money": [money(0, 20, 2.0, "EUR")]});
        let system = json!({"money": [
            money(0, 10, 1.0, "EUR"), money(10, 20, 2.0, "EUR")]});
        assert_eq!(counts(gold, system, "money"), c(1, 1, 0));
    }

    #[test]
    fn dates_compare_value_and_the_gold_mod() {
        let d = |v: &str, m: Option<&str>| {
            json!({"start": 0, "end": 4, "text": "2025", "type": "DATE",
                   "value": v, "mod": m})
        };
        let gold = json!({"text": "", "dates": [d("2025", Some("END"))]});
        let right = json!({"dates": [d("2025", Some("END"))]});
        let no_mod = json!({"dates": [d("2025", None)]});
        assert_eq!(counts(gold.clone(), right, "dates"), c(1, 0, 0));
        assert_eq!(counts(gold, no_mod, "dates"), c(0, 1, 1));
        // No gold mod: an output mod is not penalised.
        let gold = json!({"text": "", "dates": [d("2025", None)]});
        let extra = json!({"dates": [d("2025", Some("START"))]});
        assert_eq!(counts(gold, extra, "dates"), c(1, 0, 0));
    }

    #[test]
    fn kinds_are_scored_only_where_the_gold_has_their_list() {
        let gold = json!({"text": "", "money": []});
        let system = json!({"money": [money(0, 3, 1.0, "EUR")],
                            "entities": [ent(0, 3, "PER")]});
        let doc = score(&gold, &system).unwrap();
        assert_eq!(doc.kinds.len(), 1);
        assert_eq!(
            doc.kinds[0],
            (
                "money",
                KindScore {
                    documents: 1,
                    counts: c(0, 1, 0),
                    labels: BTreeMap::new(),
                }
            )
        );
        // A gold list the output lacks scores as an empty output list.
        let gold = json!({"text": "", "percentages": [
            {"start": 0, "end": 4, "text": "3 %", "value": 3.0}]});
        assert_eq!(counts(gold, json!({}), "percentages"), c(0, 0, 1));
    }

    #[test]
    fn percentages_compare_value_and_points() {
        let p = |v: f64, points: bool| {
            json!({"start": 0, "end": 5, "text": "x", "value": v,
                   "points": points})
        };
        let gold = json!({"text": "", "percentages": [p(2.5, true)]});
        assert_eq!(
            counts(
                gold.clone(),
                json!({"percentages": [p(2.5, true)]}),
                "percentages"
            ),
            c(1, 0, 0)
        );
        assert_eq!(
            counts(
                gold,
                json!({"percentages": [p(2.5, false)]}),
                "percentages"
            ),
            c(0, 1, 1)
        );
    }

    fn quote(a: usize, b: usize, speaker: Value) -> Value {
        json!({"start": a, "end": b, "text": "x", "speaker": speaker})
    }

    #[test]
    fn quotes_need_half_their_union_and_the_speaker() {
        let musk = json!({"text": "M. Musk", "start": 50, "end": 57,
                          "canonical": "Elon Musk"});
        let gold = json!({"text": "", "quotes": [quote(0, 20, musk.clone())]});
        let same = json!({"text": "Musk", "start": 80, "end": 84,
                          "canonical": "elon  musk"});
        // 12 of 20: enough.
        let sys = json!({"quotes": [quote(8, 20, same)]});
        assert_eq!(counts(gold.clone(), sys, "quotes"), c(1, 0, 0));
        // 9 of 20: too little.
        let sys = json!({"quotes": [quote(11, 20, musk)]});
        assert_eq!(counts(gold.clone(), sys, "quotes"), c(0, 1, 1));
        let other = json!({"text": "Altman", "start": 80, "end": 86});
        let sys = json!({"quotes": [quote(0, 20, other)]});
        assert_eq!(counts(gold, sys, "quotes"), c(0, 1, 1));
        // Nobody named on either side.
        let gold = json!({"text": "", "quotes": [quote(0, 20, Value::Null)]});
        let sys = json!({"quotes": [quote(0, 20, Value::Null)]});
        assert_eq!(counts(gold, sys, "quotes"), c(1, 0, 0));
    }

    #[test]
    fn events_match_by_type_and_key_argument() {
        let ev = |t: &str, role: &str, name: &str| {
            json!({"type": t, "text": "levé", "start": 0, "end": 4,
                   "args": {role: {"text": name, "canonical": name}}})
        };
        let gold = json!({"text": "", "canonical_either": [["Twitter", "X"]],
            "events": [ev("funding", "company", "xAI"),
                       ev("acquisition", "target", "Twitter")]});
        let sys = json!({"events": [
            ev("funding", "company", "XAI"),
            ev("acquisition", "target", "X"),
            ev("funding", "company", "OpenAI")]});
        assert_eq!(counts(gold.clone(), sys, "events"), c(2, 1, 0));
        let sys = json!({"events": [ev("valuation", "company", "xAI")]});
        assert_eq!(counts(gold, sys, "events"), c(0, 1, 2));
    }

    #[test]
    fn totals_sum_over_documents_and_keep_the_kind_order() {
        let one = score(
            &json!({"text": "", "money": [money(0, 3, 1.0, "EUR")]}),
            &json!({"money": [money(0, 3, 1.0, "EUR")]}),
        )
        .unwrap();
        let two = score(
            &json!({"text": "", "entities": [ent(0, 3, "PER")],
                    "money": [money(5, 8, 1.0, "EUR")]}),
            &json!({"money": []}),
        )
        .unwrap();
        let mut t = Totals::default();
        t.add(&one);
        t.add(&two);
        let kinds: Vec<_> = t.kinds().map(|(k, _)| k).collect();
        assert_eq!(kinds, ["entities", "money"]);
        let m = t.kind("money").unwrap();
        assert_eq!((m.documents, m.counts), (2, c(1, 0, 1)));
        let j = Value::Object(t.to_json());
        assert_eq!(j["money"]["f1"], json!(2.0 / 3.0));
        assert_eq!(j["entities"]["labels"]["PER"]["fn"], 1);
        assert_eq!(j["documents"], 2);
    }

    #[test]
    fn errors_carry_their_context() {
        let text = "Le groupe a levé 6 milliards de dollars en mai.";
        let gold = json!({"text": text, "money": [money(17, 39, 6e9, "USD")]});
        let doc = score(&gold, &json!({"money": []})).unwrap();
        let e = &doc.errors[0];
        assert_eq!((e.slip, e.kind), (Slip::Miss, "money"));
        assert_eq!(
            e.context,
            "Le groupe a levé [6 milliards de dollars] en mai."
        );
        assert_eq!(e.detail, "6000000000 USD");
    }

    #[test]
    fn bad_gold_items_are_refused() {
        let gold = json!({"text": "", "money": [{"start": "0", "end": 3}]});
        let err = score(&gold, &json!({})).unwrap_err();
        assert_eq!(err, "money[0]: no integer start and end");
        let gold = json!({"text": "", "dates": {}});
        assert_eq!(
            score(&gold, &json!({})).unwrap_err(),
            "\"dates\" is not a list"
        );
    }
}
