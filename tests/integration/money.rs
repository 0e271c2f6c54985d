//! Amounts of money through the public API: the reference article against
//! its gold annotation, and the optional fields in the JSON output.

use analyze::Analyzer;
use serde_json::Value;

use crate::util::{check_contract, fixture, reference_text};

#[test]
fn reference_article_amounts_match_the_gold() {
    let text = reference_text();
    let a = Analyzer::new().analyze(&text);
    let v = serde_json::to_value(&a).unwrap();
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("xai-economist-fr.gold.json"))
            .unwrap(),
    )
    .unwrap();
    let fields = |m: &Value| {
        (
            m["text"].as_str().unwrap().to_string(),
            m["start"].as_u64().unwrap(),
            m["end"].as_u64().unwrap(),
            m["sentence"].as_u64().unwrap(),
            m["amount"].as_f64().unwrap(),
            m["currency"].as_str().map(str::to_string),
        )
    };
    let got: Vec<_> =
        v["money"].as_array().unwrap().iter().map(fields).collect();
    let want: Vec<_> =
        gold["money"].as_array().unwrap().iter().map(fields).collect();
    assert_eq!(got, want);
}

#[test]
fn ranges_and_bounds_carry_min_max_and_qualifier() {
    let text = "Le projet coûtera entre 5 et 10 millions d'euros. \
                Elle a levé plus de 300 M€ et près de $6bn.";
    let a = Analyzer::new().analyze(text);
    let v = serde_json::to_value(&a).unwrap();
    check_contract(&v, text);
    let money = v["money"].as_array().unwrap();
    assert_eq!(money.len(), 3);
    assert_eq!(money[0]["text"], "5 et 10 millions d'euros");
    assert_eq!(money[0]["amount"], 5_000_000);
    assert_eq!(money[0]["min"], 5_000_000);
    assert_eq!(money[0]["max"], 10_000_000);
    assert!(money[0].get("qualifier").is_none());
    assert_eq!(money[1]["text"], "300 M€");
    assert_eq!(money[1]["min"], 300_000_000);
    assert_eq!(money[1]["qualifier"], "plus de");
    assert!(money[1].get("max").is_none());
    assert_eq!(money[2]["text"], "$6bn");
    assert_eq!(money[2]["amount"], 6_000_000_000_i64);
    assert_eq!(money[2]["currency"], "USD");
    assert_eq!(money[2]["qualifier"], "près de");
    assert!(money[2].get("min").is_none());
}

#[test]
fn amounts_are_summarised_per_currency() {
    let text = "Il a payé 20 euros, puis 1,5 million d'euros et 10 $.";
    let a = Analyzer::new().analyze(text);
    let v = serde_json::to_value(&a).unwrap();
    let summary = v["summary"]["money"].as_array().unwrap();
    let eur = summary.iter().find(|s| s["currency"] == "EUR").unwrap();
    assert_eq!(eur["count"], 2);
    assert_eq!(eur["total"], 1_500_020);
}
