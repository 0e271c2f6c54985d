//! The date extractor on French news prose (`tests/data/dates_news/`,
//! written for this project; see its README).
//!
//! Scoring follows the contract's evaluation of dates: a system date and a
//! gold date match when their spans overlap, one to one, greedily (pairs
//! with the right value first, then exact spans, then larger overlaps). A
//! system date that overlaps only an optional gold date is ignored. Value
//! accuracy is over matched pairs: the value must be equal and, when the
//! gold has a `mod`, the mod too. Precision is what a timeline cares about
//! most, so its threshold is the stricter one.

use analyze::{Analyzer, DocInfo};
use serde_json::Value;

use crate::util::root;

/// One date, gold or system, in code points.
#[derive(Debug)]
struct Item {
    start: usize,
    end: usize,
    text: String,
    value: String,
    modifier: Option<String>,
    optional: bool,
}

impl Item {
    fn overlap(&self, other: &Item) -> usize {
        self.end.min(other.end).saturating_sub(self.start.max(other.start))
    }

    /// Whether `sys` carries the value (and mod, when gold has one) of `self`.
    fn value_ok(&self, sys: &Item) -> bool {
        self.value == sys.value
            && (self.modifier.is_none() || self.modifier == sys.modifier)
    }

    fn show(&self) -> String {
        match &self.modifier {
            Some(m) => {
                format!("{:?} {} {m} @{}", self.text, self.value, self.start)
            }
            None => format!("{:?} {} @{}", self.text, self.value, self.start),
        }
    }
}

/// Counts over the whole set.
#[derive(Default)]
struct Score {
    /// Span-matched pairs.
    matched: usize,
    /// Matched pairs with the right value.
    right: usize,
    fp: usize,
    fn_: usize,
    errors: Vec<String>,
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 1.0 } else { n as f64 / d as f64 }
}

impl Score {
    fn precision(&self) -> f64 {
        ratio(self.matched, self.matched + self.fp)
    }

    fn recall(&self) -> f64 {
        ratio(self.matched, self.matched + self.fn_)
    }

    fn value_accuracy(&self) -> f64 {
        ratio(self.right, self.matched)
    }

    /// Precision counting a wrong value as a false date.
    fn full_precision(&self) -> f64 {
        ratio(self.right, self.matched + self.fp)
    }

    fn report(&self) -> String {
        format!(
            "span P {:.3} R {:.3} (matched {} fp {} fn {}), value accuracy \
             {:.3} ({}/{}), full P {:.3} R {:.3}",
            self.precision(),
            self.recall(),
            self.matched,
            self.fp,
            self.fn_,
            self.value_accuracy(),
            self.right,
            self.matched,
            self.full_precision(),
            ratio(self.right, self.matched + self.fn_),
        )
    }
}

fn gold_items(doc: &Value) -> Vec<Item> {
    doc["dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| Item {
            start: d["start"].as_u64().unwrap() as usize,
            end: d["end"].as_u64().unwrap() as usize,
            text: d["text"].as_str().unwrap().to_string(),
            value: d["value"].as_str().unwrap().to_string(),
            modifier: d.get("mod").and_then(Value::as_str).map(str::to_string),
            optional: d
                .get("optional")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        })
        .collect()
}

/// Scores one document into `score`.
fn score_doc(id: &str, gold: &[Item], sys: &[Item], score: &mut Score) {
    let mut pairs = Vec::new();
    for (g, gi) in gold.iter().enumerate() {
        for (s, si) in sys.iter().enumerate() {
            let ov = gi.overlap(si);
            if ov > 0 {
                let exact = gi.start == si.start && gi.end == si.end;
                // Required gold first, then right values, exact spans,
                // larger overlaps, text order.
                let key = (
                    gi.optional,
                    !gi.value_ok(si),
                    !exact,
                    usize::MAX - ov,
                    gi.start,
                );
                pairs.push((key, g, s));
            }
        }
    }
    pairs.sort();
    let mut gold_used = vec![false; gold.len()];
    let mut sys_used = vec![false; sys.len()];
    for (_, g, s) in pairs {
        if gold_used[g] || sys_used[s] {
            continue;
        }
        gold_used[g] = true;
        sys_used[s] = true;
        if gold[g].optional {
            continue;
        }
        score.matched += 1;
        if gold[g].value_ok(&sys[s]) {
            score.right += 1;
        } else {
            score.errors.push(format!(
                "{id}: wrong value: gold {} system {}",
                gold[g].show(),
                sys[s].show()
            ));
        }
    }
    for (g, gi) in gold.iter().enumerate() {
        if !gold_used[g] && !gi.optional {
            score.fn_ += 1;
            score.errors.push(format!("{id}: missed {}", gi.show()));
        }
    }
    for (s, si) in sys.iter().enumerate() {
        if sys_used[s] || gold.iter().any(|g| g.optional && g.overlap(si) > 0)
        {
            continue;
        }
        score.fp += 1;
        score.errors.push(format!("{id}: false date {}", si.show()));
    }
}

/// Scores the date extractor on one file of the set.
fn score_file(file: &str) -> (Score, String) {
    let path = root().join("tests/data/dates_news").join(file);
    let src = std::fs::read_to_string(&path).unwrap();
    let analyzer = Analyzer::new();
    let mut score = Score::default();
    for line in src.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).unwrap();
        let id = doc["id"].as_str().unwrap();
        let text = doc["text"].as_str().unwrap();
        let reference_date =
            doc["reference_date"].as_str().unwrap().parse().unwrap();
        let info = DocInfo {
            source: id,
            reference_date: Some(reference_date),
            ..DocInfo::default()
        };
        let sys: Vec<Item> = analyzer
            .analyze_with(text, &info)
            .dates
            .into_iter()
            .map(|d| Item {
                start: d.span.start,
                end: d.span.end,
                text: d.text.into_owned(),
                value: d.value,
                modifier: d.modifier,
                optional: false,
            })
            .collect();
        score_doc(id, &gold_items(&doc), &sys, &mut score);
    }
    let report = format!("{}\n{}", score.report(), score.errors.join("\n"));
    println!("{file}: {report}");
    (score, report)
}

/// The blind set (`dates_news_blind.jsonl`), annotated before the rules
/// were run on it. Blind: span P 0.946, R 0.875, value accuracy 0.429
/// (the year of dates governed by an infinitive of promise or plan, `il y
/// a` at the unit's grain, lengths in whole units, parts of a named day).
/// After the rules for those families: span P 1.0, R 0.976, value
/// accuracy 0.975 (`fin mars` is a span of days; `14/Jul/2023` is not
/// read). With English month abbreviations between slashes and parts of
/// the day as spans of hours (the gold written as their first hour): span
/// P 1.0, R 1.0, value accuracy 0.976.
#[test]
fn blind_news_prose_dates() {
    let (score, report) = score_file("dates_news_blind.jsonl");
    assert!(score.precision() >= 0.97, "{report}");
    assert!(score.recall() >= 0.95, "{report}");
    assert!(score.value_accuracy() >= 0.95, "{report}");
}

#[test]
fn news_prose_dates() {
    let (score, report) = score_file("dates_news.jsonl");
    // Measured: span P 0.996, R 0.996, value accuracy 0.993 (0.978 before
    // `il y a trois ans` was read at the year). The wrong values left are
    // parts of a month read as spans of days (`fin mai`), as Duckling does.
    assert!(score.precision() >= 0.98, "{report}");
    assert!(score.recall() >= 0.97, "{report}");
    assert!(score.value_accuracy() >= 0.95, "{report}");
}

/// Times of day and loosely written dates (`dates_news_times.jsonl`),
/// annotated before the rules for them were run on it. Blind: span P
/// 0.818, R 0.783, value accuracy 0.333 (6/18): parts of the day as
/// TIMEX3 codes, bare `en fin de journée` and `dans la soirée` not read,
/// no seconds, no `4/Nov/2025`. Two lengths the annotation had missed
/// (`trente secondes`, `vingt minutes`) were then added to the gold. With
/// parts of the day as spans of hours and the rules for the rest: span P
/// 1.0, R 1.0, value accuracy 0.96 (`le 3 novembre` after a verb in the
/// present is read in the coming year).
#[test]
fn times_of_day_news_prose() {
    let (score, report) = score_file("dates_news_times.jsonl");
    assert!(score.precision() >= 0.97, "{report}");
    assert!(score.recall() >= 0.95, "{report}");
    assert!(score.value_accuracy() >= 0.9, "{report}");
}
