//! What money extraction adds to the analysis of the reference article.
//!
//! Run with `cargo bench --bench money`. The same text is analysed with
//! sentences only and with sentences and money, many times over, and the
//! fastest run of each is kept (the least disturbed by other work on the
//! machine). The article is also repeated 200 times in one text, so that
//! the cost per megabyte shows as well. A plain timing loop, so that the
//! benchmark needs no dependency.

use std::hint::black_box;
use std::time::{Duration, Instant};

use analyze::extract::money::MoneyExtractor;
use analyze::extract::{Doc, Extractor, Kind};
use analyze::{Analyzer, Options};

fn fastest(analyzer: &Analyzer, text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(analyzer.analyze(black_box(text)));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn analyzer(kinds: &[Kind]) -> Analyzer {
    Analyzer::with_options(Options {
        kinds: kinds.to_vec(),
        ..Options::default()
    })
}

fn main() {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/xai-economist-fr.txt");
    let article = std::fs::read_to_string(path).expect("reference article");
    let long = article.repeat(200);
    let base = analyzer(&[Kind::Sentences]);
    let money = analyzer(&[Kind::Sentences, Kind::Money]);
    let all = analyzer(&Kind::ALL);
    // The extractor alone, without the rest of the analysis.
    let extractor = MoneyExtractor::new();
    let doc = Doc { text: &article, sentences: &[], reference_date: None };
    let alone = (0..5)
        .map(|_| {
            (0..2000)
                .map(|_| {
                    let t = Instant::now();
                    let mut out = Vec::new();
                    extractor.find(black_box(&doc), &mut out);
                    black_box(out);
                    t.elapsed()
                })
                .min()
                .unwrap_or_default()
        })
        .min()
        .unwrap_or_default();
    println!("money extractor alone on the article: {alone:?}");
    for (name, text, runs) in
        [("article", &article, 2000), ("article x200", &long, 30)]
    {
        // Interleaved rounds, so that both see the same machine load.
        let (mut b, mut m, mut a) =
            (Duration::MAX, Duration::MAX, Duration::MAX);
        for _ in 0..5 {
            b = b.min(fastest(&base, text, runs));
            m = m.min(fastest(&money, text, runs));
            a = a.min(fastest(&all, text, runs));
        }
        let added = m.as_secs_f64() / b.as_secs_f64() - 1.0;
        println!(
            "{name:>13} ({} bytes): sentences {b:?}, sentences+money {m:?} \
             (+{:.1} %), all kinds {a:?}",
            text.len(),
            100.0 * added
        );
    }
}
