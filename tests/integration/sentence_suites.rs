//! The sentence splitter against public French suites (`tests/data/`,
//! sources and licences in its README).
//!
//! Each case's text goes through `analyze::text::sentences::split`; the
//! sentence ends are compared with the gold ones. A boundary is the end of
//! every sentence but the last of a case, after trimming white space. The
//! treebank suites are scored on punctuated boundaries: a gold boundary
//! whose sentence does not end in final punctuation or a closing quote or
//! bracket (a heading, a list item) counts neither as a hit nor as a miss,
//! and a system boundary there is not a false positive; any other system
//! boundary that is not gold is. The pySBD suite must come out exactly.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::util::root;

/// What a sentence must end with for its boundary to count as punctuated.
const TERMINAL: [char; 9] = ['.', '!', '?', '…', '»', '"', ')', '”', '\''];

/// Counts of boundary hits, false alarms and misses.
#[derive(Default, Debug)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    fn report(&self) -> String {
        format!(
            "P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 1.0 } else { n as f64 / d as f64 }
}

/// The cases of a suite under `tests/data/`.
fn cases(name: &str) -> Vec<Value> {
    let path = root().join("tests/data").join(name);
    let src = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    src.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `start..end` without surrounding white space, or `None` if blank.
fn strip(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let piece = text.get(start..end)?;
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    (!trimmed.is_empty()).then(|| (start + lead, start + lead + trimmed.len()))
}

/// Byte offset of every code-point offset (`0..=chars`).
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(b, _)| b).chain([text.len()]).collect()
}

/// The gold sentences of a case as sorted, stripped byte spans: from
/// `sentence_offsets` (code points) when present, otherwise by finding each
/// gold sentence in the text, in order.
fn gold_spans(case: &Value, text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    if let Some(offsets) = case["sentence_offsets"].as_array() {
        let bytes = byte_offsets(text);
        for pair in offsets {
            let at = |k: usize| {
                let cp = pair[k].as_u64().unwrap() as usize;
                bytes[cp.min(bytes.len() - 1)]
            };
            spans.extend(strip(text, at(0), at(1)));
        }
    } else {
        let mut cur = 0;
        for s in case["sentences"].as_array().unwrap() {
            let s = s.as_str().unwrap().trim();
            if s.is_empty() {
                continue;
            }
            let i = cur
                + text[cur..].find(s).unwrap_or_else(|| {
                    panic!("{}: gold sentence not in text: {s}", case["id"])
                });
            spans.push((i, i + s.len()));
            cur = i + s.len();
        }
    }
    spans.sort_unstable();
    spans
}

/// The splitter's sentences as sorted, stripped, distinct byte spans.
fn system_spans(text: &str) -> Vec<(usize, usize)> {
    let set: BTreeSet<(usize, usize)> = analyze::text::sentences::split(text)
        .into_iter()
        .filter_map(|r| strip(text, r.start, r.end))
        .collect();
    set.into_iter().collect()
}

/// Ends of all spans but the last.
fn ends(spans: &[(usize, usize)]) -> BTreeSet<usize> {
    let n = spans.len().saturating_sub(1);
    spans[..n].iter().map(|&(_, e)| e).collect()
}

/// Scores a suite: punctuated boundaries, all boundaries, and the ids of
/// the cases not split exactly like the gold.
fn score(name: &str) -> (Counts, Counts, Vec<String>) {
    let mut punct = Counts::default();
    let mut all = Counts::default();
    let mut wrong = Vec::new();
    for case in cases(name) {
        let text = case["text"].as_str().unwrap();
        let gold = gold_spans(&case, text);
        let sys = system_spans(text);
        let gb = ends(&gold);
        let gb_punct: BTreeSet<usize> = gold
            .iter()
            .take(gold.len().saturating_sub(1))
            .filter(|&&(s, e)| text[s..e].trim_end().ends_with(TERMINAL))
            .map(|&(_, e)| e)
            .collect();
        let sb = ends(&sys);
        let fp = sb.difference(&gb).count();
        all.tp += sb.intersection(&gb).count();
        all.fp += fp;
        all.fn_ += gb.difference(&sb).count();
        punct.tp += sb.intersection(&gb_punct).count();
        punct.fp += fp;
        punct.fn_ += gb_punct.difference(&sb).count();
        if gold != sys {
            wrong.push(case["id"].as_str().unwrap_or("?").to_owned());
        }
    }
    (punct, all, wrong)
}

fn check_f1(name: &str, min: f64) {
    let (punct, all, wrong) = score(name);
    assert!(
        punct.f1() >= min,
        "{name}: punctuated-boundary F1 below {min}:\n  punctuated \
         {}\n  all boundaries {}\n  {} cases not exact, e.g. {:?}",
        punct.report(),
        all.report(),
        wrong.len(),
        &wrong[..wrong.len().min(10)]
    );
}

#[test]
fn ud_french_gsd_dev_punctuated_boundaries() {
    check_f1("ud_fr_gsd_dev.jsonl", 0.99);
}

#[test]
fn ud_french_sequoia_dev_punctuated_boundaries() {
    check_f1("ud_fr_sequoia_dev.jsonl", 0.98);
}

#[test]
fn pysbd_french_golden_rules() {
    let name = "pysbd_fr_golden.jsonl";
    let total = cases(name).len();
    let (_, all, wrong) = score(name);
    assert!(
        wrong.is_empty() && total == 5,
        "{name}: {}/{total} cases passed; failing {wrong:?}; boundaries {}",
        total - wrong.len(),
        all.report()
    );
}
