//! Time linear in the input, whatever its shape (#16): quadrupling an
//! input of each shape that used to go quadratic multiplies the time of
//! its analysis by less than eight (linear gives four, quadratic
//! sixteen). A ratio of two runs in one test, not an absolute time: the
//! machine's speed cancels out. Each size is timed five times and the
//! fastest run kept, and a ratio over the bound is measured once more
//! before it fails, against noise from other work on the machine; the
//! test has its binary to itself, so no other test runs meanwhile.

use std::time::{Duration, Instant};

use analyze::Analyzer;

/// The shapes, each a unit repeated.
const SHAPES: [(&str, &str); 11] = [
    ("dates and verbs", "le 3 mars a dit "),
    ("quoted words", "\"mot\" "),
    ("lower-case lines", "le chat a vu la souris le 3 mars\n"),
    ("dense percentages", "12,5 % "),
    ("dense numbers", "1 000 000 "),
    ("open quotes", "« Il a dit "),
    ("titled surnames", "Jean Dupont et Mme Dupont. "),
    ("amounts in francs CFA", "5 francs CFA "),
    ("a name after a sentence's `Le`", "Le Zorblax arrive demain. "),
    ("dialogue dashes on one line", "— Oui. "),
    ("a noun speaking in one paragraph", "« Oui », a indiqué le groupe. "),
];

/// The fastest of five analyses of `text`.
fn fastest(analyzer: &Analyzer, text: &str) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(analyzer.analyze(text));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn regression_16_four_times_the_input_less_than_eight_times_the_time() {
    let analyzer = Analyzer::new();
    drop(analyzer.analyze("Le 3 mars, M. Dupont a payé 5 € à Paris."));
    for (name, unit) in SHAPES {
        let small = unit.repeat(25_000 / unit.len());
        let large = unit.repeat(100_000 / unit.len());
        let ratio = || {
            let (a, b) =
                (fastest(&analyzer, &small), fastest(&analyzer, &large));
            (a, b, b.as_secs_f64() / a.as_secs_f64().max(1e-6))
        };
        let (mut a, mut b, mut r) = ratio();
        if r >= 8.0 {
            (a, b, r) = ratio();
        }
        assert!(r < 8.0, "{name}: {a:?} then {b:?}, ratio {r:.2}");
    }
}
