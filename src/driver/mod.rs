//! How a run works: the inputs named on the command line become a work
//! list ([`walk`](crate::walk)), each item is read and analysed, on
//! `--jobs` threads ([`ordered`]), and the results are written in input
//! order as each is ready ([`emit`]): one rendered result per document, or
//! one report over all of them ([`aggregate`](crate::aggregate)).
//!
//! - [`files`]: one document per file; small files go to the workers in
//!   batches.
//! - [`lines`]: JSON Lines, one document per line, read one line at a time
//!   and handed out in batches of the lines already read.
//! - [`batch`]: the documents of a batch analysed together, stage by
//!   stage, and handed on in order.
//! - [`emit`]: the ordered writer, the error messages and the summary.
//! - [`ordered`]: the reorder window that keeps the output in input order
//!   whatever the number of threads.

mod batch;
mod emit;
mod files;
mod lines;
mod ordered;

use std::io::{self, IsTerminal};

use analyze::{Analyzer, render};

use crate::aggregate::Digest;
use crate::config::{Config, Output};
use crate::output;

/// Runs the analysis the configuration asks for, writing to standard
/// output or to the `-o` file. Returns whether an input failed.
///
/// # Errors
///
/// A failure to write the results (the `-o` file is then left as it was,
/// and the message names it).
pub fn run(config: &Config) -> anyhow::Result<bool> {
    let reads_stdin = config.inputs.iter().any(|i| i == "-");
    if let Some(hint) = stdin_hint(reads_stdin, io::stdin().is_terminal()) {
        eprintln!("{hint}");
    }
    let analyzer = Analyzer::with_options(config.options.clone());
    // One buffer for the whole run: documents are rendered whole, the
    // buffer is flushed whenever the workers have nothing ready.
    if config.output_file.is_some() {
        crate::signals::remove_temporary_files_on_stop();
    }
    let mut out = io::BufWriter::with_capacity(
        1 << 16,
        output::Sink::open(config.output_file.as_deref())?,
    );
    let failed = if config.jsonl_input {
        lines::run(config, &analyzer, &mut out)
    } else {
        files::run(config, &analyzer, &mut out)
    };
    // A failed write leaves no output file behind (the sink is dropped),
    // and the message names the output: `analyze: out.json: no space
    // left on device` (#16).
    let failed = failed
        .map_err(|e| output::write_error(e, config.output_file.as_deref()))?;
    let sink = out.into_inner().map_err(|e| {
        output::write_error(
            e.into_error().into(),
            config.output_file.as_deref(),
        )
    })?;
    sink.finish()?;
    Ok(failed)
}

/// What to say before waiting for standard input typed on a terminal (as
/// `analyze` alone does), so that the wait is not mistaken for a hang.
fn stdin_hint(reads_stdin: bool, terminal: bool) -> Option<&'static str> {
    (reads_stdin && terminal).then_some(
        "analyze: reading standard input (Ctrl-D ends it; \
         analyze --help for the options)",
    )
}

/// Renders one analysis into a buffer.
pub(crate) fn render(
    config: &Config,
    a: &analyze::Analysis,
    text: &str,
) -> Vec<u8> {
    let mut buf = Vec::new();
    match config.output {
        Output::Json { pretty } => render::json::write(a, pretty, &mut buf),
        Output::Text => render::text::write(a, text, &config.view, &mut buf),
        Output::Html => render::html::write(a, text, &config.view, &mut buf),
    }
    .expect("writing to a Vec cannot fail");
    buf
}

/// What a worker hands back for one work item.
pub(crate) enum Outcome {
    /// A document already rendered straight into the output: with one
    /// job, a buffer would only add a copy of the largest output to the
    /// peak memory.
    Written {
        /// Input bytes, for the progress bar.
        size: u64,
    },
    /// Writing a document straight into the output failed: the run stops.
    Broken(io::Error),
    /// A rendered document.
    Doc {
        /// The bytes to write.
        out: Vec<u8>,
        /// Input bytes, for the progress bar.
        size: u64,
    },
    /// A document reduced for `--summary`.
    Digest {
        /// Its part of the report.
        digest: Box<Digest>,
        /// Input bytes.
        size: u64,
    },
    /// A JSON Lines line that could not be analysed: its error line (not
    /// written with `--summary`), and the message said on standard error.
    BadLine {
        /// The error line.
        out: Vec<u8>,
        /// `source:N: reason`.
        message: String,
        /// Input bytes.
        size: u64,
    },
    /// An input that could not be read: `path: reason`.
    Failed(String),
    /// Something skipped that is not an error: `path: reason`.
    Skipped(String),
    /// A blank JSON Lines line: no output.
    Blank {
        /// Input bytes.
        size: u64,
    },
}

/// The outcomes of a batch of work items analysed on a worker, in order:
/// each document digested or rendered ([`pooled`]).
pub(crate) fn pooled_batch(
    config: &Config,
    analyzer: &Analyzer,
    items: Vec<batch::Prepared>,
) -> Vec<Outcome> {
    let mut out = Vec::with_capacity(items.len());
    let Ok(()) = batch::analyse::<std::convert::Infallible>(
        analyzer,
        items,
        &mut |step| {
            out.push(match step {
                batch::Step::Done(outcome) => outcome,
                batch::Step::Analysed(a, text, size) => {
                    pooled(config, a, text, size)
                }
            });
            Ok(())
        },
    );
    out
}

/// The analysed document as a worker hands it back: digested or rendered.
pub(crate) fn pooled(
    config: &Config,
    analysis: analyze::Analysis<'_>,
    text: &str,
    size: u64,
) -> Outcome {
    if config.scale.summary {
        Outcome::Digest { digest: Box::new(Digest::of(analysis)), size }
    } else {
        Outcome::Doc { out: render(config, &analysis, text), size }
    }
}

/// The bytes of documents the workers hold at once, together (#16): the
/// largest input allowed, so that several jobs take no more memory than
/// one document of that size would (a larger one goes alone), and at
/// least `floor` (the batch size) times the jobs so that small files keep
/// every worker busy.
pub(crate) fn budget(config: &Config, floor: u64) -> u64 {
    let floor = floor * config.scale.jobs as u64;
    config.max_bytes.unwrap_or(analyze::input::DEFAULT_MAX_BYTES).max(floor)
}

#[cfg(test)]
mod tests {
    use super::stdin_hint;

    #[test]
    fn a_terminal_on_standard_input_gets_a_hint() {
        let hint = stdin_hint(true, true).unwrap();
        assert!(hint.contains("Ctrl-D") && hint.contains("--help"));
        assert_eq!(stdin_hint(true, false), None);
        assert_eq!(stdin_hint(false, true), None);
    }
}
