//! The `analyze` binary: parse arguments, analyse each input, print, map
//! errors to exit codes (0 success, 1 an input failed, 2 usage error).
//!
//! Inputs are expanded into a work list ([`walk`]), analysed on `--jobs`
//! threads and written in input order as each is ready ([`run`]): one
//! result per document, or one report over all of them ([`aggregate`]).

mod aggregate;
mod cli;
mod commands;
mod config;
mod guard;
mod output;
mod progress;
mod run;
mod signals;
mod walk;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use analyze::{Analyzer, DocInfo, render};
use clap::Parser;

use crate::aggregate::{Aggregate, Digest};
use crate::config::{Config, Output};
use crate::progress::Progress;
use crate::walk::Item;

fn main() -> ExitCode {
    guard::install_panic_hook();
    // A panic outside a document (the hook has printed its one line) is
    // still an error exit, not Rust's 101.
    let Ok(result) = std::panic::catch_unwind(run) else {
        return ExitCode::from(1);
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe means the reader has gone (`analyze | head`):
            // not an error.
            for cause in err.chain() {
                if let Some(e) = cause.downcast_ref::<io::Error>()
                    && e.kind() == io::ErrorKind::BrokenPipe
                {
                    return ExitCode::SUCCESS;
                }
            }
            eprintln!("analyze: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// Exit code 2 and one line on standard error for a usage error.
fn usage_error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("analyze: {msg}");
    ExitCode::from(2)
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            e.print()?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => {
            // clap's message spans several lines; keep its first
            // paragraph (what is wrong, and the missing arguments when it
            // lists them) on one line, without its `error: ` prefix.
            let text = e.render().to_string();
            let para: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let first = para.join(" ");
            let first = first.strip_prefix("error: ").unwrap_or(&first);
            let first = if first.is_empty() { "usage error" } else { first };
            return Ok(usage_error(format_args!(
                "{first} (see analyze --help)"
            )));
        }
    };
    if let Some(command) = &cli.command {
        return commands::run(command);
    }
    let config = match Config::from_cli(cli) {
        Ok(c) => c,
        Err(e) => return Ok(usage_error(format_args!("{e:#}"))),
    };
    let analyzer = Analyzer::with_options(config.options.clone());
    // One buffer for the whole run: documents are rendered whole, the
    // buffer is flushed whenever the workers have nothing ready.
    if config.output_file.is_some() {
        signals::remove_temporary_files_on_stop();
    }
    let mut out = io::BufWriter::with_capacity(
        1 << 16,
        output::Sink::open(config.output_file.as_deref())?,
    );
    let failed = if config.jsonl_input {
        run_jsonl(&config, &analyzer, &mut out)
    } else {
        run_files(&config, &analyzer, &mut out)
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
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Renders one analysis into a buffer.
fn render(config: &Config, a: &analyze::Analysis, text: &str) -> Vec<u8> {
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
enum Outcome {
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
    /// A JSON Lines line that could not be analysed: its error line, and
    /// the message said instead with `--summary`.
    BadLine {
        /// The error line.
        out: Vec<u8>,
        /// `source: line N: reason`.
        message: String,
        /// Input bytes.
        size: u64,
        /// An internal error (a bug), also said on standard error: the
        /// input was fine.
        internal: bool,
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

/// What becomes of an analysed document (its analysis, its text and its
/// input bytes): written by [`Emitter::direct`] when the analysing thread
/// is the writing one, or [`pooled`] on a worker.
type Finish<'f> = dyn FnMut(analyze::Analysis<'_>, &str, u64) -> Outcome + 'f;

/// The analysed document as a worker hands it back: digested or rendered.
fn pooled(
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

/// Writes outcomes in order, reports errors and keeps the aggregate.
struct Emitter<'a, W: Write> {
    config: &'a Config,
    out: W,
    progress: Progress,
    aggregate: Aggregate,
    /// No document written yet (the text report separates documents by a
    /// blank line).
    first: bool,
    failed: bool,
}

impl<W: Write> run::Sink<Outcome> for Emitter<'_, W> {
    /// Flushes whenever no result is ready: a slow stream gets each
    /// document as soon as it is done, a fast one gets full buffers.
    fn idle(&mut self) -> anyhow::Result<()> {
        Ok(self.out.flush()?)
    }

    fn emit(&mut self, outcome: Outcome) -> anyhow::Result<()> {
        match outcome {
            Outcome::Doc { out, size } => {
                self.separate()?;
                self.out.write_all(&out)?;
                self.progress.advance(size);
            }
            Outcome::Written { size } => self.progress.advance(size),
            Outcome::Broken(e) => return Err(e.into()),
            Outcome::Digest { digest, size } => {
                self.aggregate.add(*digest);
                self.progress.advance(size);
            }
            Outcome::BadLine { out, message, size, internal } => {
                self.failed = true;
                if self.config.scale.summary || internal {
                    self.progress.message(&format!("analyze: {message}"));
                }
                if self.config.scale.summary {
                    self.aggregate.add_failed();
                } else {
                    self.out.write_all(&out)?;
                }
                self.progress.advance(size);
            }
            Outcome::Failed(message) => {
                self.failed = true;
                self.aggregate.add_failed();
                self.progress.message(&format!("analyze: {message}"));
                self.progress.advance(0);
            }
            Outcome::Skipped(message) => {
                self.progress.message(&format!("analyze: {message}"));
            }
            Outcome::Blank { size } => self.progress.advance(size),
        }
        Ok(())
    }
}

impl<W: Write> run::Sink<Vec<Outcome>> for Emitter<'_, W> {
    fn emit(&mut self, outcomes: Vec<Outcome>) -> anyhow::Result<()> {
        for outcome in outcomes {
            run::Sink::<Outcome>::emit(self, outcome)?;
        }
        Ok(())
    }

    fn idle(&mut self) -> anyhow::Result<()> {
        run::Sink::<Outcome>::idle(self)
    }
}

impl<W: Write> Emitter<'_, W> {
    /// Digests an analysed document, or renders it straight into the
    /// output, in order: the analysing thread is the writing one.
    fn direct(
        &mut self,
        analysis: analyze::Analysis<'_>,
        text: &str,
        size: u64,
    ) -> Outcome {
        if self.config.scale.summary {
            return Outcome::Digest {
                digest: Box::new(Digest::of(analysis)),
                size,
            };
        }
        let written = self.separate().and_then(|()| {
            let view = &self.config.view;
            match self.config.output {
                Output::Json { pretty } => {
                    render::json::write(&analysis, pretty, &mut self.out)
                }
                Output::Text => {
                    render::text::write(&analysis, text, view, &mut self.out)
                }
                Output::Html => {
                    render::html::write(&analysis, text, view, &mut self.out)
                }
            }
        });
        match written {
            Ok(()) => Outcome::Written { size },
            Err(e) => Outcome::Broken(e),
        }
    }

    /// Separates text reports by a blank line.
    fn separate(&mut self) -> io::Result<()> {
        if !self.first && self.config.output == Output::Text {
            self.out.write_all(b"\n")?;
        }
        self.first = false;
        Ok(())
    }

    /// Flushes, and writes the report of `--summary`. Returns whether an
    /// input failed.
    fn end(mut self) -> anyhow::Result<bool> {
        self.progress.finish();
        if self.config.scale.summary {
            match self.config.output {
                Output::Json { pretty } => {
                    self.aggregate.write_json(pretty, &mut self.out)?
                }
                // `--format html` with `--summary` is refused by Config.
                Output::Text | Output::Html => {
                    self.aggregate.write_text(&mut self.out)?
                }
            }
        }
        self.out.flush()?;
        Ok(self.failed)
    }
}

/// One document per input file; directories expanded. Returns whether an
/// input failed.
fn run_files(
    config: &Config,
    analyzer: &Analyzer,
    out: &mut impl Write,
) -> anyhow::Result<bool> {
    let items = walk::expand(&config.inputs, &config.scale);
    let files =
        items.iter().filter(|i| matches!(i, Item::File { .. })).count();
    let bytes = items
        .iter()
        .map(|i| match i {
            Item::File { size, .. } => *size,
            _ => 0,
        })
        .sum();
    let mut emitter = Emitter {
        config,
        out,
        progress: Progress::new(
            config.scale.progress,
            Some(files as u64),
            Some(bytes),
            "files",
        ),
        aggregate: Aggregate::default(),
        first: true,
        failed: false,
    };
    // One thread per document at most: a single file needs no pool.
    let jobs = config.scale.jobs.min(items.len());
    if jobs <= 1 {
        // Each document is written as soon as it is analysed, while its
        // text, which the analysis borrows, is still there.
        for item in items {
            let outcome =
                analyse_item(config, analyzer, item, &mut |a, t, s| {
                    emitter.direct(a, t, s)
                });
            run::Sink::<Outcome>::emit(&mut emitter, outcome)?;
            run::Sink::<Outcome>::idle(&mut emitter)?;
        }
    } else {
        // Small files go to the workers a few at a time: a news article
        // is analysed in a fraction of a millisecond, less than the
        // hand-offs of one task per file would cost.
        let per = (items.len() / (8 * jobs)).clamp(1, BATCH_FILES);
        run::ordered(
            run::Limits { jobs, budget: budget(config) },
            FileBatches { items: items.into_iter().peekable(), per },
            |batch| batch.iter().map(Item::size).sum(),
            |batch: Vec<Item>| -> Vec<Outcome> {
                batch
                    .into_iter()
                    .map(|item| {
                        analyse_item(config, analyzer, item, &mut |a, t, s| {
                            pooled(config, a, t, s)
                        })
                    })
                    .collect()
            },
            &mut emitter,
        )?;
    }
    emitter.end()
}

/// The bytes of documents the workers hold at once, together (#16): the
/// largest input allowed, so that several jobs take no more memory than
/// one document of that size would (a larger one goes alone), and at
/// least [`BATCH_BYTES`] times the jobs so that small files keep every
/// worker busy.
fn budget(config: &Config) -> u64 {
    let floor = BATCH_BYTES * config.scale.jobs as u64;
    config.max_bytes.unwrap_or(analyze::input::DEFAULT_MAX_BYTES).max(floor)
}

/// Consecutive work items handed to one worker together: at most `per`
/// of them (so that every worker still gets work when there are few
/// files) and at most [`BATCH_BYTES`] of files, so that the
/// documents in flight stay bounded by the largest file.
struct FileBatches<I: Iterator<Item = Item>> {
    items: std::iter::Peekable<I>,
    per: usize,
}

/// Most files in a batch.
const BATCH_FILES: usize = 32;
/// Most bytes of files in a batch (a larger file goes alone).
const BATCH_BYTES: u64 = 256 << 10;

impl<I: Iterator<Item = Item>> Iterator for FileBatches<I> {
    type Item = Vec<Item>;

    fn next(&mut self) -> Option<Vec<Item>> {
        let size = |item: &Item| match item {
            Item::File { size, .. } => *size,
            _ => 0,
        };
        let first = self.items.next()?;
        let mut bytes = size(&first);
        let mut batch = vec![first];
        while batch.len() < self.per {
            let Some(next) = self.items.peek() else { break };
            if bytes + size(next) > BATCH_BYTES {
                break;
            }
            bytes += size(next);
            batch.extend(self.items.next());
        }
        Some(batch)
    }
}

/// Reads and analyses one work item (on a worker thread).
fn analyse_item(
    config: &Config,
    analyzer: &Analyzer,
    item: Item,
    finish: &mut Finish<'_>,
) -> Outcome {
    let (path, name, size) = match item {
        Item::File { path, name, size } => (path, name, size),
        Item::Failed { name, reason } => {
            return Outcome::Failed(format!("{name}: {reason}"));
        }
        Item::Loop { name } => {
            return Outcome::Skipped(format!(
                "{name}: symbolic link loop, skipped"
            ));
        }
    };
    let Some(p) = path.to_str() else {
        return Outcome::Failed(format!("{name}: file name is not UTF-8"));
    };
    let decoded =
        match analyze::input::read_input(p, config.encoding, config.max_bytes)
        {
            Ok(d) => d,
            Err(e) => return Outcome::Failed(format!("{name}: {e}")),
        };
    let info = DocInfo {
        source: &name,
        reference_date: config.reference_date,
        reference_date_from: config
            .reference_date
            .map(|_| analyze::model::DateOrigin::Option),
        id: None,
        encoding: Some(decoded.encoding),
        replacements: decoded.replacements,
    };
    // Said once per input, whatever the encoding (#16).
    if decoded.replacements > 0 {
        let n = decoded.replacements;
        let s = if n == 1 { "" } else { "s" };
        eprintln!(
            "analyze: {name}: {n} malformed byte sequence{s} in {} \
             replaced by U+FFFD",
            decoded.encoding
        );
    }
    // A bug on one document costs that document only.
    guard::isolate(|| {
        guard::fault_injection(&decoded.text);
        let analysis = analyzer.analyze_with(&decoded.text, &info);
        finish(analysis, &decoded.text, size)
    })
    .unwrap_or_else(|msg| Outcome::Failed(format!("{name}: {msg}")))
}

/// JSON Lines documents: one result line per input line, in order; a bad
/// line gets an error line and the stream goes on. Returns whether a line
/// or an input failed.
fn run_jsonl(
    config: &Config,
    analyzer: &Analyzer,
    out: &mut impl Write,
) -> anyhow::Result<bool> {
    let items = walk::expand(&config.inputs, &config.scale);
    let bytes: Option<u64> = items
        .iter()
        .map(|i| match i {
            Item::File { name, size, .. } if name != "-" => Some(*size),
            Item::File { .. } => None,
            _ => Some(0),
        })
        .sum();
    let mut emitter = Emitter {
        config,
        out,
        progress: Progress::new(config.scale.progress, None, bytes, "lines"),
        aggregate: Aggregate::default(),
        first: true,
        failed: false,
    };
    let lines = Lines {
        items: items.into_iter(),
        current: None,
        limit: config.max_bytes.unwrap_or(u64::MAX),
    };
    if config.scale.jobs <= 1 {
        // Each line is written as soon as it is analysed; the output is
        // flushed after each batch of lines already read.
        for batch in Batches(lines) {
            for line in batch {
                let outcome =
                    analyse_line(config, analyzer, line, &mut |a, t, s| {
                        emitter.direct(a, t, s)
                    });
                run::Sink::<Outcome>::emit(&mut emitter, outcome)?;
            }
            run::Sink::<Outcome>::idle(&mut emitter)?;
        }
    } else {
        run::ordered(
            run::Limits { jobs: config.scale.jobs, budget: budget(config) },
            Batches(lines),
            |batch| batch.iter().map(|line| line.len() as u64).sum(),
            |batch: Vec<Line>| -> Vec<Outcome> {
                batch
                    .into_iter()
                    .map(|line| {
                        analyse_line(config, analyzer, line, &mut |a, t, s| {
                            pooled(config, a, t, s)
                        })
                    })
                    .collect()
            },
            &mut emitter,
        )?;
    }
    emitter.end()
}

impl Line {
    /// Bytes held.
    fn len(&self) -> usize {
        match self {
            Line::Text { raw, .. } => raw.len(),
            Line::Other(_) => 0,
        }
    }
}

/// One unit of a JSON Lines run.
enum Line {
    /// A line to analyse.
    Text {
        /// The file it comes from, as given or walked (`-` for stdin).
        source: Arc<str>,
        /// 1-based line number in that file.
        number: usize,
        /// The raw line, newline removed (empty when too long).
        raw: Vec<u8>,
        /// The line was longer than `--max-bytes` and was not read.
        too_long: bool,
    },
    /// A work item that is not a line: a failed input, a skipped link.
    Other(Item),
}

/// The lines of every input in order, opening each input only when the
/// previous one is exhausted. Runs on the feeder thread.
struct Lines {
    items: std::vec::IntoIter<Item>,
    current: Option<(Arc<str>, Reader, usize)>,
    /// The longest line read, in bytes (`--max-bytes`).
    limit: u64,
}

/// A JSON Lines input, buffered, so that [`Lines::ready`] can tell whether
/// a whole line is already read.
type Reader = io::BufReader<Box<dyn io::Read + Send>>;

impl Lines {
    /// The next line is already in the buffer: reading it cannot block.
    fn ready(&self) -> bool {
        self.current
            .as_ref()
            .is_some_and(|(_, r, _)| r.buffer().contains(&b'\n'))
    }
}

/// Consecutive lines handed to one worker together: as many as are already
/// read (up to a limit), so a fast stream pays the cost of threads and
/// flushes once per batch, and a slow one, whose next line is not there
/// yet, still gets a batch, and an answer, per line.
struct Batches(Lines);

impl Batches {
    /// Most lines in a batch.
    const LINES: usize = 256;
    /// Most bytes in a batch.
    const BYTES: usize = 1 << 20;
}

impl Iterator for Batches {
    type Item = Vec<Line>;

    fn next(&mut self) -> Option<Vec<Line>> {
        let mut batch = vec![self.0.next()?];
        let mut bytes = batch[0].len();
        while batch.len() < Self::LINES
            && bytes < Self::BYTES
            && self.0.ready()
        {
            let Some(line) = self.0.next() else { break };
            bytes += line.len();
            batch.push(line);
        }
        Some(batch)
    }
}

impl Iterator for Lines {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        loop {
            if let Some((source, reader, number)) = &mut self.current {
                let mut raw = Vec::new();
                match analyze::input::read_bounded_line(
                    reader, self.limit, &mut raw,
                ) {
                    Ok(None) => self.current = None,
                    Ok(Some(too_long)) => {
                        *number += 1;
                        // A byte order mark opens the first line of a file
                        // saved by some editors.
                        if *number == 1 && raw.starts_with(b"\xEF\xBB\xBF") {
                            raw.drain(..3);
                        }
                        return Some(Line::Text {
                            source: Arc::clone(source),
                            number: *number,
                            raw,
                            too_long,
                        });
                    }
                    Err(e) => {
                        let reason = analyze::Error::from(e).to_string();
                        let name = source.to_string();
                        self.current = None;
                        return Some(Line::Other(Item::Failed {
                            name,
                            reason,
                        }));
                    }
                }
                continue;
            }
            match self.items.next()? {
                Item::File { path, name, .. } => match open(&path, &name) {
                    Ok(reader) => {
                        self.current = Some((name.into(), reader, 0));
                    }
                    Err(reason) => {
                        return Some(Line::Other(Item::Failed {
                            name,
                            reason,
                        }));
                    }
                },
                other => return Some(Line::Other(other)),
            }
        }
    }
}

/// Opens one JSON Lines input.
fn open(path: &Path, name: &str) -> Result<Reader, String> {
    let capacity = 1 << 16;
    if name == "-" {
        return Ok(io::BufReader::with_capacity(
            capacity,
            Box::new(io::stdin()),
        ));
    }
    match std::fs::File::open(path) {
        Ok(f) if f.metadata().is_ok_and(|m| m.is_dir()) => {
            Err("is a directory".to_string())
        }
        Ok(f) => Ok(io::BufReader::with_capacity(capacity, Box::new(f))),
        Err(e) => Err(analyze::Error::from(e).to_string()),
    }
}

/// Analyses one JSON Lines line (on a worker thread).
fn analyse_line(
    config: &Config,
    analyzer: &Analyzer,
    line: Line,
    finish: &mut Finish<'_>,
) -> Outcome {
    let (source, number, raw, too_long) = match line {
        Line::Text { source, number, raw, too_long } => {
            (source, number, raw, too_long)
        }
        Line::Other(item) => {
            return analyse_item(config, analyzer, item, finish);
        }
    };
    let size = raw.len() as u64 + 1;
    let report = |id: Option<&serde_json::Value>, reason: &str, internal| {
        let mut out = Vec::new();
        render::json::write_error_line(id, number, reason, &mut out)
            .expect("writing to a Vec cannot fail");
        let message = format!("{source}: line {number}: {reason}");
        Outcome::BadLine { out, message, size, internal }
    };
    let bad = |id: Option<&serde_json::Value>, reason: &str| {
        report(id, reason, false)
    };
    if too_long {
        let limit = config.max_bytes.unwrap_or(u64::MAX);
        let e = analyze::Error::new(analyze::ErrorKind::LineTooLong { limit });
        return bad(None, &e.to_string());
    }
    let Ok(text) = std::str::from_utf8(&raw) else {
        return bad(None, "not UTF-8");
    };
    if text.trim().is_empty() {
        return Outcome::Blank { size };
    }
    match analyze::input::parse_json_line(text) {
        Ok(doc) => {
            let reference_date_from =
                match (doc.reference_date, config.reference_date) {
                    (Some(_), _) => Some(analyze::model::DateOrigin::Input),
                    (None, Some(_)) => {
                        Some(analyze::model::DateOrigin::Option)
                    }
                    (None, None) => None,
                };
            let info = DocInfo {
                source: &source,
                reference_date: doc.reference_date.or(config.reference_date),
                reference_date_from,
                id: doc.id,
                encoding: None,
                replacements: 0,
            };
            // A bug on one line costs that line only.
            let id = info.id.clone();
            guard::isolate(|| {
                guard::fault_injection(&doc.text);
                let analysis = analyzer.analyze_with(&doc.text, &info);
                finish(analysis, &doc.text, size)
            })
            .unwrap_or_else(|msg| report(id.as_ref(), &msg, true))
        }
        Err((id, e)) => bad(id.as_ref(), &e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(size: u64) -> Item {
        Item::File {
            path: std::path::PathBuf::new(),
            name: String::new(),
            size,
        }
    }

    /// Batch lengths for files of these sizes, `per` at most per batch.
    fn lengths(sizes: &[u64], per: usize) -> Vec<usize> {
        let items = sizes.iter().map(|&s| file(s)).collect::<Vec<_>>();
        FileBatches { items: items.into_iter().peekable(), per }
            .map(|b| b.len())
            .collect()
    }

    #[test]
    fn batches_hold_few_small_files_and_large_ones_alone() {
        let cases: &[(&[u64], usize, &[usize])] = &[
            (&[], 4, &[]),
            (&[10, 10, 10], 1, &[1, 1, 1]),
            (&[10; 9], 4, &[4, 4, 1]),
            (&[10, BATCH_BYTES, 10, 10], 4, &[1, 1, 2]),
            (&[BATCH_BYTES / 2, BATCH_BYTES / 2, 1], 4, &[2, 1]),
        ];
        for &(sizes, per, expected) in cases {
            assert_eq!(lengths(sizes, per), expected, "{sizes:?} per {per}");
        }
    }
}
