//! Fuzzes decoding and `Analyzer::analyze_with`: arbitrary bytes are
//! decoded as a file would be, and also analysed directly as (lossy)
//! UTF-8 text, so that NUL and control characters reach the analyzer too.
//! Every result must keep the invariants of
//! `tests/integration/invariants.rs` and render in both formats, and
//! analysing twice must give the same result.

#![no_main]

use std::sync::LazyLock;

use analyze::{Analyzer, DocInfo};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/integration/invariants.rs"]
mod invariants;

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);

fn check(text: &str) {
    let info = DocInfo {
        source: "fuzz",
        reference_date: jiff::civil::Date::new(2024, 5, 30).ok(),
        ..DocInfo::default()
    };
    let a = ANALYZER.analyze_with(text, &info);
    if let Err(e) =
        invariants::check(&a, text).and_then(|()| invariants::check_render(&a, text))
    {
        panic!("{e}\ninput: {text:?}");
    }
    assert!(a == ANALYZER.analyze_with(text, &info), "not deterministic");
}

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = analyze::input::decode(data, None) {
        check(&decoded.text);
    }
    let lossy = String::from_utf8_lossy(data);
    check(&lossy);
});
