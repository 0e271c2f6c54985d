//! The library's output against the contract and the gold annotation.

use analyze::Analyzer;
use serde_json::Value;

use crate::util::{check_contract, fixture, reference_text};

fn gold() -> Value {
    let src = std::fs::read_to_string(fixture("xai-economist-fr.gold.json"))
        .unwrap();
    serde_json::from_str(&src).unwrap()
}

#[test]
fn reference_article_satisfies_the_contract() {
    let text = reference_text();
    let a = Analyzer::new().analyze(&text);
    let v = serde_json::to_value(&a).unwrap();
    check_contract(&v, &text);
}

#[test]
fn reference_article_sentences_match_the_gold() {
    let text = reference_text();
    let a = Analyzer::new().analyze(&text);
    let got: Vec<(usize, usize)> =
        a.sentences.iter().map(|s| (s.span.start, s.span.end)).collect();
    let want: Vec<(usize, usize)> = gold()["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn empty_and_blank_input_give_an_empty_analysis() {
    for text in ["", "   \n\n\t "] {
        let a = Analyzer::new().analyze(text);
        assert!(a.sentences.is_empty() && a.entities.is_empty());
        assert_eq!(a.stats.words, 0);
        let v = serde_json::to_value(&a).unwrap();
        check_contract(&v, text);
    }
}

#[test]
fn offsets_count_code_points() {
    let text = "« Été » — l’IA. Émoji 🚀 ici.";
    let a = Analyzer::new().analyze(text);
    let v = serde_json::to_value(&a).unwrap();
    check_contract(&v, text);
    assert_eq!(a.sentences.len(), 2);
    assert_eq!(a.sentences[1].text, "Émoji 🚀 ici.");
    assert_eq!(a.sentences[1].span.start, 16);
}
