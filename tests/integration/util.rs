//! Helpers shared by the integration tests.

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

/// Precision, recall and F1 from true positives, false positives and
/// misses (0 where undefined).
pub fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f = 2.0 * tp as f64 / (2 * tp + fp + fn_).max(1) as f64;
    (p, r, f)
}

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path under `fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

/// The reference article's text.
pub fn reference_text() -> String {
    std::fs::read_to_string(fixture("xai-economist-fr.txt")).unwrap()
}

/// The `analyze` binary, run from the project root.
pub fn analyze() -> Command {
    let mut cmd = Command::cargo_bin("analyze").unwrap();
    cmd.current_dir(root());
    cmd
}

/// Parses every line of `stdout` as a JSON value.
pub fn json_lines(stdout: &[u8]) -> Vec<Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))
        })
        .collect()
}

/// Checks one output object against the contract for `input`: required
/// fields, and for every span `text == input[start..end]` in code points
/// and bytes, spans in order and in bounds, `sentence` pointing at the
/// sentence that holds the start.
pub fn check_contract(doc: &Value, input: &str) {
    for field in [
        "schema",
        "source",
        "language",
        "reference_date",
        "stats",
        "sentences",
        "entities",
        "money",
        "dates",
        "summary",
    ] {
        assert!(doc.get(field).is_some(), "missing field {field:?}");
    }
    assert_eq!(doc["schema"], 1);
    assert_eq!(doc["language"], "fr");
    let chars: Vec<char> = input.chars().collect();
    assert_eq!(
        doc["stats"]["characters"].as_u64().unwrap() as usize,
        chars.len()
    );
    let sentences = doc["sentences"].as_array().unwrap();
    let mut prev_end = 0;
    for s in sentences {
        check_span(s, &chars, input);
        let (start, end) =
            (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        assert!(
            start >= prev_end,
            "sentences overlap or go backwards at {start}"
        );
        let text = s["text"].as_str().unwrap();
        assert_eq!(text.trim(), text, "sentence not trimmed: {text:?}");
        prev_end = end;
    }
    for kind in ["entities", "money", "dates"] {
        let mut prev = 0;
        for item in doc[kind].as_array().unwrap() {
            check_span(item, &chars, input);
            let start = item["start"].as_u64().unwrap();
            assert!(start >= prev, "{kind} not in text order at {start}");
            prev = item["end"].as_u64().unwrap();
            let si = item["sentence"].as_u64().unwrap() as usize;
            if !sentences.is_empty() {
                let s = &sentences[si];
                assert!(
                    s["start"].as_u64().unwrap() <= start,
                    "{kind} at {start}: wrong sentence {si}"
                );
                if let Some(next) = sentences.get(si + 1) {
                    assert!(
                        start < next["start"].as_u64().unwrap(),
                        "{kind} at {start}: wrong sentence {si}"
                    );
                }
            }
        }
    }
}

fn check_span(item: &Value, chars: &[char], input: &str) {
    let start = item["start"].as_u64().unwrap() as usize;
    let end = item["end"].as_u64().unwrap() as usize;
    assert!(
        start < end && end <= chars.len(),
        "span {start}..{end} out of bounds"
    );
    let by_chars: String = chars[start..end].iter().collect();
    let text = item["text"].as_str().unwrap();
    assert_eq!(by_chars, text, "text != input[start:end] at {start}..{end}");
    let bs = item["byte_start"].as_u64().unwrap() as usize;
    let be = item["byte_end"].as_u64().unwrap() as usize;
    assert_eq!(&input[bs..be], text, "text != input[byte_start..byte_end]");
}
