//! Named entities of the reference article against its hand-made gold:
//! strict F1 (same span and label, optional gold items skipped as
//! `../shared/eval/score.py` does) and canonical clustering, through the
//! library's public API. Also the `--gazetteer` option end to end.

use std::collections::{HashMap, HashSet};

use analyze::Analyzer;
use serde_json::Value;

use crate::util::{analyze, fixture, reference_text};

/// `(start, end, label, canonical)`, offsets in code points.
type Item = (usize, usize, String, String);

fn gold() -> Value {
    let raw = std::fs::read_to_string(fixture("xai-economist-fr.gold.json"))
        .unwrap();
    serde_json::from_str(&raw).unwrap()
}

/// `(start, end, label, canonical)` of the required gold entities.
fn gold_entities() -> Vec<Item> {
    gold()["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e.get("optional") != Some(&Value::Bool(true)))
        .map(|e| {
            (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
                e["label"].as_str().unwrap().to_string(),
                e["canonical"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Spans of the optional gold entities: a system entity overlapping one
/// is neither a hit nor a false positive.
fn optional_spans() -> Vec<(usize, usize)> {
    gold()["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e.get("optional") == Some(&Value::Bool(true)))
        .map(|e| {
            (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

#[test]
fn reference_article_entities_reach_the_targets() {
    let text = reference_text();
    let a = Analyzer::new().analyze(&text);
    let system: Vec<Item> = a
        .entities
        .iter()
        .map(|e| {
            (
                e.span.start,
                e.span.end,
                e.label.as_str().to_string(),
                e.canonical.to_string(),
            )
        })
        .collect();
    let gold = gold_entities();
    let optional = optional_spans();
    let key = |e: &Item| (e.0, e.1, e.2.clone());
    let gold_keys: HashSet<_> = gold.iter().map(key).collect();
    let tp = system.iter().filter(|e| gold_keys.contains(&key(e))).count();
    let fp = system
        .iter()
        .filter(|e| !gold_keys.contains(&key(e)))
        .filter(|e| !optional.iter().any(|&(s, t)| e.0 < t && s < e.1))
        .count();
    let fn_ = gold.len() - tp;
    let f1 = 2.0 * tp as f64 / (2 * tp + fp + fn_) as f64;
    assert!(f1 >= 0.95, "strict F1 {f1:.3} (tp {tp}, fp {fp}, fn {fn_})");

    // Canonical clustering over the strictly matched mentions: each
    // mention's system cluster must be its gold cluster (agreement).
    let sys_of: HashMap<_, _> =
        system.iter().map(|e| (key(e), e.3.clone())).collect();
    let matched: Vec<_> =
        gold.iter().filter(|g| sys_of.contains_key(&key(g))).collect();
    let cluster = |canon: &dyn Fn(&Item) -> String, g: &Item| {
        matched
            .iter()
            .filter(|h| h.2 == g.2 && canon(h) == canon(g))
            .map(|h| (h.0, h.1))
            .collect::<HashSet<_>>()
    };
    let gold_canon = |g: &Item| g.3.clone();
    let sys_canon = |g: &Item| sys_of[&key(g)].clone();
    let agree = matched
        .iter()
        .filter(|g| cluster(&gold_canon, g) == cluster(&sys_canon, g))
        .count();
    let agreement = agree as f64 / matched.len() as f64;
    assert!(agreement >= 0.95, "canonical agreement {agreement:.3}");
}

#[test]
fn reference_article_summary_counts_like_the_gold() {
    let text = reference_text();
    let a = Analyzer::new().analyze(&text);
    let count = |canonical: &str| {
        gold_entities().iter().filter(|g| g.3 == canonical).count()
    };
    let top: Vec<(&str, usize)> = a
        .summary
        .entities
        .iter()
        .take(2)
        .map(|e| (&*e.canonical, e.mentions))
        .collect();
    assert_eq!(
        top,
        [("xAI", count("xAI")), ("Elon Musk", count("Elon Musk"))]
    );
}

#[test]
fn gazetteer_file_adds_names() {
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("names.tsv");
    std::fs::write(&table, "# mine\nLe Chat\tMISC\nZorg\tORG\tZorg Inc.\n")
        .unwrap();
    let input = dir.path().join("a.txt");
    std::fs::write(&input, "Il a essayé Le Chat. Zorg recrute à Paris.\n")
        .unwrap();
    let out = analyze()
        .args(["--format", "json", "--only", "entities"])
        .arg("--gazetteer")
        .arg(&table)
        .arg(&input)
        .assert()
        .success();
    let doc: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let got: Vec<(&str, &str, &str)> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["text"].as_str().unwrap(),
                e["label"].as_str().unwrap(),
                e["canonical"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Le Chat", "MISC", "Le Chat"),
            ("Zorg", "ORG", "Zorg Inc."),
            ("Paris", "LOC", "Paris")
        ]
    );
}
