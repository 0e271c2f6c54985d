//! Fuzzes the JSON Lines reader: arbitrary bytes as a stream; line
//! numbers must increase, and every document read
//! must analyse and render while keeping the invariants of
//! `tests/integration/invariants.rs`.

#![no_main]

use std::sync::LazyLock;

use analyze::input::JsonLines;
use analyze::{Analyzer, DocInfo};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/integration/invariants.rs"]
mod invariants;

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);

fuzz_target!(|data: &[u8]| {
    let mut last = 0;
    // Lines up to the fuzzer's longest input: a stage slower than linear
    // shows up as a timeout (see `fuzz/README.md`).
    for line in JsonLines::new(data, Some(1 << 20)) {
        let Ok(line) = line else {
            break;
        };
        assert!(line.number > last, "line numbers must increase");
        last = line.number;
        if let Ok(doc) = line.doc {
            let info = DocInfo {
                source: "fuzz",
                reference_date: doc.reference_date,
                id: doc.id.clone(),
                ..DocInfo::default()
            };
            let a = ANALYZER.analyze_with(&doc.text, &info);
            if let Err(e) = invariants::check(&a, &doc.text)
                .and_then(|()| invariants::check_render(&a, &doc.text))
            {
                panic!("{e}\ntext: {:?}", doc.text);
            }
        }
    }
});
