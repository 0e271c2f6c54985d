//! Throughput of each stage and of the whole pipeline, in MB/s of French
//! news text, through the public API only.
//!
//! The corpus is built at bench time from the articles in `fixtures/`: their
//! paragraphs, shuffled with a fixed seed and regrouped into documents of
//! 2 to 8 KB, about 1 MB in all (nothing large is committed). Stages:
//!
//! - `segmentation`: `text::sentences::split`;
//! - `extract/<kind>`: an analyzer computing one kind only (sentences are
//!   always computed, so `extract/sentences` is the baseline the other
//!   kinds add to);
//! - `render/json`: `render::json::write` of analyses made beforehand;
//! - `end_to_end/one_core` and `end_to_end/all_cores`: analysis with every
//!   kind plus JSON rendering, on one thread and on a rayon pool of one
//!   thread per core.
//!
//! `scripts/bench.sh` runs this and the command-line measurements and
//! prints one summary table.

use std::hint::black_box;

use analyze::extract::Kind;
use analyze::{Analyzer, Options};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;

/// About this many bytes of text in the corpus.
const CORPUS_BYTES: usize = 1 << 20;

/// The corpus: many documents made of fixture paragraphs.
fn corpus() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut paragraphs = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(name).expect("fixture is UTF-8");
        paragraphs.extend(
            text.split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string),
        );
    }
    assert!(!paragraphs.is_empty(), "no text in fixtures/*.txt");
    // A fixed linear congruential sequence: the same corpus every run.
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |n: usize| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        ((seed >> 33) as usize) % n
    };
    let mut docs = Vec::new();
    let mut total = 0;
    while total < CORPUS_BYTES {
        let target = 2048 + next(6144);
        let mut doc = String::new();
        while doc.len() < target {
            doc.push_str(&paragraphs[next(paragraphs.len())]);
            doc.push_str("\n\n");
        }
        total += doc.len();
        docs.push(doc);
    }
    docs
}

fn bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

fn stages(c: &mut Criterion) {
    let docs = corpus();
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(bytes(&docs)));
    group.sample_size(20);

    group.bench_function("segmentation", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(analyze::text::sentences::split(black_box(d)));
            }
        })
    });

    for kind in Kind::ALL {
        let analyzer = Analyzer::with_options(Options {
            kinds: vec![kind],
            ..Options::default()
        });
        group.bench_function(format!("extract/{}", kind.name()), |b| {
            b.iter(|| {
                for d in &docs {
                    black_box(analyzer.analyze(black_box(d)));
                }
            })
        });
    }

    // The stages alone, on the sentences and resolved mentions of every
    // document computed once (what `extract/quotes` and `extract/events`
    // measure besides the extractors they need).
    let options = Options::default();
    let extractors = analyze::extract::registry(&options, &Kind::ALL);
    let prepared: Vec<_> = docs
        .iter()
        .map(|d| {
            let sentences = analyze::text::sentences::split(d);
            let doc = analyze::extract::Doc {
                text: d,
                sentences: &sentences,
                reference_date: None,
            };
            let mut cands = Vec::new();
            for ex in &extractors {
                ex.find(&doc, &mut cands);
            }
            let kept = analyze::extract::resolve(cands, d.len());
            (sentences, kept)
        })
        .collect();
    let mentions: Vec<_> = docs
        .iter()
        .zip(&prepared)
        .map(|(d, (sentences, kept))| {
            analyze::stages::Mentions::new(d, sentences, kept)
        })
        .collect();
    group.bench_function("stages/quotes", |b| {
        b.iter(|| {
            for m in &mentions {
                black_box(analyze::stages::quotes::find(black_box(m)));
            }
        })
    });
    group.bench_function("stages/events", |b| {
        b.iter(|| {
            for m in &mentions {
                black_box(analyze::stages::events::find(black_box(m)));
            }
        })
    });

    let analyzer = Analyzer::new();
    let analyses: Vec<_> = docs.iter().map(|d| analyzer.analyze(d)).collect();
    let mut out = Vec::with_capacity(8 * CORPUS_BYTES);
    group.bench_function("render/json", |b| {
        b.iter(|| {
            out.clear();
            for a in &analyses {
                analyze::render::json::write(a, false, &mut out)
                    .expect("a Vec takes every write");
            }
            black_box(&out);
        })
    });
    group.finish();
}

/// Analysis with every kind and JSON rendering of one document.
fn analyze_and_render(analyzer: &Analyzer, doc: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 * doc.len());
    let a = analyzer.analyze(doc);
    analyze::render::json::write(&a, false, &mut out)
        .expect("a Vec takes every write");
    out
}

fn end_to_end(c: &mut Criterion) {
    let docs = corpus();
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group("end_to_end");
    group.throughput(Throughput::Bytes(bytes(&docs)));
    group.sample_size(20);
    group.bench_function("one_core", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(analyze_and_render(&analyzer, d));
            }
        })
    });
    group.bench_function("all_cores", |b| {
        b.iter(|| {
            docs.par_iter()
                .map(|d| analyze_and_render(&analyzer, d).len())
                .sum::<usize>()
        })
    });
    group.finish();

    // Documents per second, for the same work.
    let mut group = c.benchmark_group("documents");
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.sample_size(20);
    group.bench_function("one_core", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(analyze_and_render(&analyzer, d));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, stages, end_to_end);
criterion_main!(benches);
