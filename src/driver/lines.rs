//! JSON Lines: one document per line of each input, read one line at a
//! time under `--max-bytes`, and one result line (or error line) written
//! per input line, in order.

use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;

use analyze::{Analyzer, DocInfo};

use super::batch::{self, Failure, Pending, Prepared};
use super::emit::Emitter;
use super::files::prepare_item;
use super::{Outcome, ordered};
use crate::aggregate::Aggregate;
use crate::config::Config;
use crate::progress::Progress;
use crate::walk::{self, Item};

/// JSON Lines documents: one result line per input line, in order; a bad
/// line gets an error line and the stream goes on. Returns whether a line
/// or an input failed.
pub(super) fn run(
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
        // The lines already read are analysed together (see [`batch`]);
        // each is written as soon as its batch is analysed, and the output
        // is flushed after each batch.
        for lines in Batches(lines) {
            let prepared = lines.into_iter().map(|l| prepare_line(config, l));
            batch::analyse(analyzer, prepared.collect(), &mut |step| {
                emitter.step(step)
            })?;
            ordered::Sink::<Outcome>::idle(&mut emitter)?;
        }
    } else {
        ordered::ordered(
            ordered::Limits {
                jobs: config.scale.jobs,
                budget: super::budget(config, 256 << 10),
            },
            Batches(lines),
            |batch| batch.iter().map(|line| line.len() as u64).sum(),
            |lines: Vec<Line>| -> Vec<Outcome> {
                let prepared =
                    lines.into_iter().map(|l| prepare_line(config, l));
                super::pooled_batch(config, analyzer, prepared.collect())
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
        self.current.as_ref().is_some_and(|(_, r, _)| {
            memchr::memchr(b'\n', r.buffer()).is_some()
        })
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
    // A batch takes the lines already read (see `Batches`): a buffer of
    // a megabyte holds a hundred articles, enough for the stages to run
    // over many documents in a row.
    let capacity = 1 << 20;
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

/// Reads one JSON Lines line (on a worker thread), for
/// [`batch::analyse`].
fn prepare_line(config: &Config, line: Line) -> Prepared {
    let (source, number, raw, too_long) = match line {
        Line::Text { source, number, raw, too_long } => {
            (source, number, raw, too_long)
        }
        Line::Other(item) => return prepare_item(config, item),
    };
    let size = raw.len() as u64 + 1;
    let bad = |id: Option<&serde_json::Value>, reason: &str| {
        Prepared::Ready(batch::bad_line(&source, number, id, reason, size))
    };
    if too_long {
        let limit = config.max_bytes.unwrap_or(u64::MAX);
        let e = analyze::Error::new(analyze::ErrorKind::LineTooLong { limit });
        return bad(None, &e.to_string());
    }
    // Checked as the files are ([`analyze::input`]): SIMD, about three
    // times fewer instructions than `std::str::from_utf8` on news text.
    let Ok(text) = simdutf8::basic::from_utf8(&raw) else {
        return bad(None, "not UTF-8");
    };
    if text.trim().is_empty() {
        return Prepared::Ready(Outcome::Blank { size });
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
            let failure = Failure::Line { number, id: doc.id.clone() };
            let info = DocInfo {
                source: "",
                reference_date: doc.reference_date.or(config.reference_date),
                reference_date_from,
                id: doc.id,
                encoding: None,
                replacements: 0,
            };
            Prepared::Doc(Box::new(Pending {
                text: doc.text,
                source,
                info,
                size,
                failure,
            }))
        }
        Err((id, e)) => bad(id.as_ref(), &e.to_string()),
    }
}
