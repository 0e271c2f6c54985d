//! Amounts of money in held-out French news prose (`tests/data/money_news/`,
//! written for the project, described in its README).
//!
//! Scored as `score.py` scores money: gold and found amounts are paired
//! one to one among overlapping spans, pairs with the right amount and
//! currency first, then the larger overlap; a pair is a hit only when the
//! amount (relative tolerance 1e-9) and the currency are both right, and
//! every other found amount is a false positive. A found amount that
//! overlaps an optional gold item left unpaired is neither. Users sum and
//! compare these amounts, so precision has the higher floor.

use analyze::{Analyzer, DocInfo};
use serde_json::Value;

use crate::util::root;

/// Floors for the whole set. When they were set the extractor found 275
/// of the 277 required amounts with one false positive (P 0.996, R 0.993);
/// the floors leave room for a doubtful reading, not for a regression.
const MIN_PRECISION: f64 = 0.99;
const MIN_RECALL: f64 = 0.98;

fn span(v: &Value) -> (u64, u64) {
    (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap())
}

fn overlaps(a: &Value, b: &Value) -> bool {
    let ((s1, e1), (s2, e2)) = (span(a), span(b));
    s1 < e2 && s2 < e1
}

fn overlap_len(a: &Value, b: &Value) -> u64 {
    let ((s1, e1), (s2, e2)) = (span(a), span(b));
    e1.min(e2).saturating_sub(s1.max(s2))
}

fn same_value(g: &Value, s: &Value) -> bool {
    let (Some(a), Some(b)) = (g["amount"].as_f64(), s["amount"].as_f64())
    else {
        return false;
    };
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
        && g["currency"] == s["currency"]
}

fn brief(v: &Value) -> String {
    format!(
        "{:?} {} {}",
        v["text"].as_str().unwrap_or(""),
        v["amount"],
        v["currency"]
    )
}

/// Scores the money extractor on one file of the set: precision, recall
/// and a report of every error.
fn score(file: &str) -> (f64, f64, String) {
    let data = std::fs::read_to_string(
        root().join("tests/data/money_news").join(file),
    )
    .unwrap();
    let analyzer = Analyzer::new();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut errors = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let id = case["id"].as_str().unwrap_or("?");
        let text = case["text"].as_str().unwrap();
        // A text may carry its date (the currency of `francs` in a text
        // written before the euro depends on it).
        let reference_date =
            case["reference_date"].as_str().map(|d| d.parse().unwrap());
        let info =
            DocInfo { source: id, reference_date, ..DocInfo::default() };
        let out =
            serde_json::to_value(analyzer.analyze_with(text, &info)).unwrap();
        let gold = case["money"].as_array().unwrap();
        let found = out["money"].as_array().cloned().unwrap_or_default();
        // Every overlapping pair, best first: right value, larger overlap.
        let mut pairs = Vec::new();
        for (gi, g) in gold.iter().enumerate() {
            for (si, s) in found.iter().enumerate() {
                if overlaps(g, s) {
                    let rank =
                        (!same_value(g, s), u64::MAX - overlap_len(g, s));
                    pairs.push((rank, gi, si));
                }
            }
        }
        pairs.sort();
        let mut gold_used = vec![false; gold.len()];
        let mut found_used = vec![false; found.len()];
        for (_, gi, si) in pairs {
            if gold_used[gi] || found_used[si] {
                continue;
            }
            gold_used[gi] = true;
            found_used[si] = true;
            let g = &gold[gi];
            let s = &found[si];
            if g["optional"] == true {
                continue;
            }
            if same_value(g, s) {
                tp += 1;
            } else {
                fp += 1;
                fn_ += 1;
                errors.push(format!(
                    "{id}: wrong {} for {}",
                    brief(s),
                    brief(g)
                ));
            }
        }
        for (gi, g) in gold.iter().enumerate() {
            if !gold_used[gi] && g["optional"] != true {
                fn_ += 1;
                errors.push(format!("{id}: missed {}", brief(g)));
            }
        }
        for (si, s) in found.iter().enumerate() {
            if !found_used[si] {
                fp += 1;
                errors.push(format!("{id}: spurious {}", brief(s)));
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let report = format!(
        "P {p:.3} R {r:.3} (tp {tp} fp {fp} fn {fn_})\n{}",
        errors.join("\n")
    );
    eprintln!("{file}: {report}");
    (p, r, report)
}

#[test]
fn news_amounts_meet_the_floors() {
    let (p, r, report) = score("money_news.jsonl");
    assert!(p >= MIN_PRECISION && r >= MIN_RECALL, "{report}");
}

/// The blind set (`money_news_blind.jsonl`), annotated before the rules
/// were run on it. Blind, the extractor found 23 of its 47 amounts with 17
/// wrong or spurious (P 0.575, R 0.489): plain `francs` of Swiss, French
/// and Belgian texts, scales before symbols, the English trillion,
/// subunits in words. With the rules for the language that it then showed
/// missing: P 0.978, R 0.957; with a whole number of `livres` read with
/// its hundredths (`deux livres dix`): P 0.979, R 0.979 (`deux euros
/// quatre-vingts l'an dernier` is still missed).
#[test]
fn blind_news_amounts_meet_the_floors() {
    let (p, r, report) = score("money_news_blind.jsonl");
    assert!(p >= 0.95 && r >= 0.93, "{report}");
}

/// Units with their subunits (`money_news_units.jsonl`), annotated before
/// the rules for them were run on it. Blind: P 0.833, R 0.625 (`deux
/// livres dix` and `cinq livres cinquante` missed, `cinq centimes` after
/// dollars read as cents). With `livres` and their hundredths read as a
/// price, and centimes never of the dollar or the pound: P 1.0, R 1.0.
#[test]
fn units_and_subunits_meet_the_floors() {
    let (p, r, report) = score("money_news_units.jsonl");
    assert!(p >= 0.95 && r >= 0.95, "{report}");
}
