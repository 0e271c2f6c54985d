//! Pathological inputs must take linear time.
//!
//! Each input shape is measured at two sizes, ten times apart: with linear
//! time the larger takes about ten times as long (criterion reports the
//! throughput in bytes per second, which then stays flat), where a
//! quadratic rule would take a hundred times as long. The shapes are those
//! that make text rules go quadratic: one long run of abbreviations with
//! no sentence end (`M. M. M. ...`), one huge line with no break at all
//! (digits), many capitalised words in a row (name candidates that keep
//! growing), many lone CR line endings and many blank lines; and those
//! of #16: dates and verbs in one run, a line of quoted words, lower-case
//! lines, text dense with percentages and numbers, quotations never
//! closed, titled surnames, amounts in francs CFA. The reference article,
//! repeated, gives the figure for ordinary text.
//!
//! Run with `cargo bench --bench pathological`.

use std::hint::black_box;
use std::time::Duration;

use analyze::Analyzer;
use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main,
};

/// The input shapes, each built for about `n` bytes.
fn shapes(n: usize) -> Vec<(&'static str, String)> {
    let article = include_str!("../fixtures/xai-economist-fr.txt");
    vec![
        // `M.` followed by a capital never ends a sentence: one sentence.
        ("m-dot", "M. ".repeat(n / 3)),
        // A line of digits with no space, no punctuation, no break.
        ("digits-line", "7".repeat(n)),
        // Capitalised words with no sentence end.
        ("capitalised-words", "Dupont ".repeat(n / 7)),
        // Classic Mac line endings: each line break is a lone CR.
        ("lone-cr", "Une ligne\r".repeat(n / 10)),
        // Blank lines and spaces only.
        ("blank-lines", " \n".repeat(n / 2)),
        // Dotted initials with no end (`A.B.C.D...`).
        ("dotted-initials", "A.".repeat(n / 2)),
        // #16: dates and verbs in one run without a sentence break (each
        // date looked for its verb among all those of the sentence).
        ("dates-verbs", "le 3 mars a dit ".repeat(n / 16)),
        // #16: a line of quoted words.
        ("quoted-words", "\"mot\" ".repeat(n / 6)),
        // #16: lower-case lines, which continue each other.
        (
            "lower-case-lines",
            "le chat a vu la souris le 3 mars\n".repeat(n / 33),
        ),
        // #16: text dense with numbers, in one run.
        ("dense-percent", "12,5 % ".repeat(n / 7)),
        ("dense-numbers", "1 000 000 ".repeat(n / 10)),
        // #16: quotations that never close.
        ("open-quotes", "« Il a dit ".repeat(n / 13)),
        // #16: titled surnames among full names (a scan of every full
        // name per mention), amounts in francs CFA (a scan of the text
        // per amount).
        ("titled-surnames", "Jean Dupont et Mme Dupont. ".repeat(n / 28)),
        ("cfa-amounts", "5 francs CFA ".repeat(n / 13)),
        // A name after a sentence's `Le` (the whole text asked per
        // sentence), dialogue dashes on one line (the next mark searched
        // to the end per dash), a noun speaking in one paragraph (the
        // paragraph read back per quote).
        ("le-names", "Le Zorblax arrive demain. ".repeat(n / 26)),
        ("dialogue-dashes", "— Oui. ".repeat(n / 9)),
        ("noun-speakers", "« Oui », a indiqué le groupe. ".repeat(n / 31)),
        // Ordinary text for comparison.
        ("article", article.repeat(n / article.len() + 1)),
    ]
}

fn pathological(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group("pathological");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for n in [100_000, 1_000_000] {
        for (name, text) in shapes(n) {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(name, n),
                &text,
                |b, text| b.iter(|| analyzer.analyze(black_box(text))),
            );
        }
    }
    group.finish();
}

/// The sizes of the issue, once each: a million `M.` (3 MB), a 10 MB line
/// of digits and 100 000 capitalised words.
fn issue_sizes(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group("issue-sizes");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    let inputs = [
        ("million-m-dot", "M. ".repeat(1_000_000)),
        ("digits-10mb", "7".repeat(10_000_000)),
        ("capitalised-100k", "Dupont ".repeat(100_000)),
    ];
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| analyzer.analyze(black_box(text)))
        });
    }
    group.finish();
}

/// The quote shapes of #14: a million opening guillemets (none closed,
/// each a quote that never ends) and a 10 MB quote with no closing mark,
/// at the issue's sizes and a tenth of them.
fn quote_marks(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group("quote-marks");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    let words = "il a déclaré que la hausse continuera, explique-t-il ";
    for scale in [10, 1] {
        let inputs = [
            ("million-guillemets", "« ".repeat(1_000_000 / scale)),
            (
                "unclosed-quote-10mb",
                format!(
                    "Le ministre a déclaré : « {}",
                    words.repeat(10_000_000 / scale / words.len())
                ),
            ),
        ];
        for (name, text) in &inputs {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(*name, text.len()),
                text,
                |b, text| b.iter(|| analyzer.analyze(black_box(text))),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, pathological, issue_sizes, quote_marks);
criterion_main!(benches);
