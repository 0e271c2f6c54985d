//! Time linear in the input, whatever its shape (#16): doubling an input
//! of each shape that used to go quadratic less than triples the time of
//! its analysis. A ratio of two runs in one test, not an absolute time:
//! the machine's speed cancels out. Each size is timed three times and
//! the fastest run kept, against noise from other work on the machine.

use std::time::{Duration, Instant};

use analyze::Analyzer;

/// The shapes, each a unit repeated.
const SHAPES: [(&str, &str); 8] = [
    ("dates and verbs", "le 3 mars a dit "),
    ("quoted words", "\"mot\" "),
    ("lower-case lines", "le chat a vu la souris le 3 mars\n"),
    ("dense percentages", "12,5 % "),
    ("dense numbers", "1 000 000 "),
    ("open quotes", "« Il a dit "),
    ("titled surnames", "Jean Dupont et Mme Dupont. "),
    ("amounts in francs CFA", "5 francs CFA "),
];

/// The fastest of three analyses of `text`.
fn fastest(analyzer: &Analyzer, text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(analyzer.analyze(text));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn regression_16_doubling_the_input_less_than_triples_the_time() {
    let analyzer = Analyzer::new();
    drop(analyzer.analyze("Le 3 mars, M. Dupont a payé 5 € à Paris."));
    for (name, unit) in SHAPES {
        let small = unit.repeat(40_000 / unit.len());
        let large = unit.repeat(80_000 / unit.len());
        let (a, b) = (fastest(&analyzer, &small), fastest(&analyzer, &large));
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-6);
        assert!(ratio < 3.0, "{name}: {a:?} then {b:?}, ratio {ratio:.2}");
    }
}
