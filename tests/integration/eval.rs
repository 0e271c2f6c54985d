//! `analyze eval`: the gold files of the project scored through the
//! binary, its JSON for CI, `--diff`, optional items and bad gold.

use serde_json::Value;

use crate::util::analyze;

/// Runs `analyze eval --format json` on a gold file and parses the result.
fn eval_json(gold: &str) -> Value {
    let out = analyze()
        .args(["eval", "--format", "json", gold])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

fn f1(v: &Value, kind: &str) -> f64 {
    v[kind]["f1"].as_f64().unwrap_or_else(|| panic!("no {kind}.f1 in {v}"))
}

#[test]
fn the_reference_article_scores_one_on_every_kind() {
    let v = eval_json("fixtures/xai-economist-fr.gold.jsonl");
    assert_eq!(v["documents"], 1);
    for kind in ["sentences", "entities", "money", "dates"] {
        assert_eq!(f1(&v, kind), 1.0, "{kind}: {}", v[kind]);
    }
    assert_eq!(v["entities"]["labels"]["PER"]["fn"], 0);
    // The gold annotates no quotes: they are not scored.
    assert!(v.get("quotes").is_none());
}

#[test]
fn the_fixture_gold_is_the_gold_object_with_its_text() {
    // fixtures/xai-economist-fr.gold.jsonl is written by
    // scripts/gold_jsonl.py from the gold object and the article.
    let line = std::fs::read_to_string(crate::util::fixture(
        "xai-economist-fr.gold.jsonl",
    ))
    .unwrap();
    let mut line: Value = serde_json::from_str(&line).unwrap();
    let text = line.as_object_mut().unwrap().remove("text").unwrap();
    assert_eq!(text, crate::util::reference_text());
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(crate::util::fixture(
            "xai-economist-fr.gold.json",
        ))
        .unwrap(),
    )
    .unwrap();
    assert_eq!(line, gold);
}

#[test]
fn the_news_sets_score_their_own_kind_only() {
    let money = eval_json("tests/data/money_news/money_news.jsonl");
    assert!(f1(&money, "money") >= 0.98, "{}", money["money"]);
    assert!(money.get("entities").is_none());
    let dates = eval_json("tests/data/dates_news/dates_news.jsonl");
    assert!(f1(&dates, "dates") >= 0.95, "{}", dates["dates"]);
    let ner = eval_json("tests/data/ner_news/ner_fr_news_final.jsonl");
    assert!(f1(&ner, "entities") >= 0.85, "{}", ner["entities"]);
    assert!(ner.get("money").is_none());
}

/// A gold file in a temporary directory.
fn gold_file(lines: &[Value]) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    for l in lines {
        use std::io::Write;
        writeln!(f, "{l}").unwrap();
    }
    f
}

#[test]
fn diff_lists_misses_and_false_alarms_in_context() {
    let text = "Renault a levé 2 milliards d'euros. Il vise 3 millions.";
    let gold = gold_file(&[serde_json::json!({
        "id": "a1",
        "text": text,
        "money": [
            {"text": "2 milliards d'euros", "start": 15, "end": 34,
             "amount": 2e9, "currency": "EUR"},
            {"text": "3 millions", "start": 44, "end": 54,
             "amount": 3e6, "currency": "EUR"}
        ],
        "entities": []
    })]);
    let out = analyze()
        .args(["eval", "--diff"])
        .arg(gold.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains(":1 (a1)"), "{out}");
    assert!(
        out.contains(
            "money       miss        3000000 EUR: … 2 milliards d'euros. Il vise [3 millions]."
        ),
        "{out}"
    );
    assert!(out.contains("entities    false alarm ORG:"), "{out}");
    let v: Value = serde_json::from_slice(
        &analyze()
            .args(["eval", "--diff", "--format", "json"])
            .arg(gold.path())
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["money"]["tp"], 1);
    assert_eq!(v["money"]["fn"], 1);
    let diff = v["diff"].as_array().unwrap();
    let miss = diff.iter().find(|d| d["kind"] == "money").unwrap();
    assert_eq!(miss["error"], "miss");
    assert_eq!(miss["id"], "a1");
    assert_eq!(miss["line"], 1);
    assert_eq!(miss["text"], "3 millions");
}

#[test]
fn optional_gold_items_are_neither_hits_nor_misses() {
    let text = "Renault a levé 2 milliards d'euros. Il vise 3 millions.";
    let money = |optional: bool| {
        serde_json::json!({
            "text": text,
            "money": [
                {"text": "2 milliards d'euros", "start": 15, "end": 34,
                 "amount": 2e9, "currency": "EUR"},
                {"text": "3 millions", "start": 44, "end": 54,
                 "amount": 3e6, "currency": "EUR", "optional": optional}
            ]
        })
    };
    let gold = gold_file(&[money(true)]);
    let v = eval_json(gold.path().to_str().unwrap());
    assert_eq!(v["money"]["tp"], 1);
    assert_eq!(v["money"]["fn"], 0);
    assert_eq!(v["money"]["f1"], 1.0);
    let gold = gold_file(&[money(false)]);
    let v = eval_json(gold.path().to_str().unwrap());
    assert_eq!(v["money"]["fn"], 1);
}

#[test]
fn the_gold_reference_date_is_used() {
    let gold = gold_file(&[serde_json::json!({
        "text": "Il est arrivé hier.",
        "reference_date": "2024-05-30",
        "dates": [{"text": "hier", "start": 14, "end": 18, "type": "DATE",
                   "value": "2024-05-29"}]
    })]);
    let v = eval_json(gold.path().to_str().unwrap());
    assert_eq!(v["dates"]["tp"], 1, "{v}");
}

#[test]
fn a_bad_gold_line_stops_with_its_line_number() {
    let mut gold =
        gold_file(&[serde_json::json!({"text": "Un.", "money": []})]);
    {
        use std::io::Write;
        writeln!(gold, "{{\"money\": []}}").unwrap();
    }
    let path = gold.path().display().to_string();
    analyze()
        .args(["eval", &path])
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!("analyze: {path}:2: no \"text\" field\n"));
    analyze()
        .args(["eval", "no/such/gold.jsonl"])
        .assert()
        .code(1)
        .stderr(predicates::str::starts_with("analyze: no/such/gold.jsonl: "));
}
