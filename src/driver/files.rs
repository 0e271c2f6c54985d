//! One document per input file: directories expanded, each file read,
//! decoded and analysed; small files go to the workers a few at a time.

use std::io::Write;

use analyze::{Analyzer, DocInfo};

use super::batch::{self, Failure, Pending, Prepared};
use super::emit::Emitter;
use super::{Outcome, ordered};
use crate::aggregate::Aggregate;
use crate::config::Config;
use crate::progress::Progress;
use crate::walk::{self, Item};

/// One document per input file; directories expanded. Returns whether an
/// input failed.
pub(super) fn run(
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
        // A few files at a time are read and analysed together (see
        // [`batch`]); each document is written as soon as its batch is
        // analysed, while its text, which the analysis borrows, is still
        // there.
        let batches = FileBatches {
            items: items.into_iter().peekable(),
            per: BATCH_FILES,
        };
        for files in batches {
            let prepared =
                files.into_iter().map(|item| prepare_item(config, item));
            batch::analyse(analyzer, prepared.collect(), &mut |step| {
                emitter.step(step)
            })?;
            ordered::Sink::<Outcome>::idle(&mut emitter)?;
        }
    } else {
        // Small files go to the workers a few at a time: a news article
        // is analysed in a fraction of a millisecond, less than the
        // hand-offs of one task per file would cost.
        let per = (items.len() / (8 * jobs)).clamp(1, BATCH_FILES);
        ordered::ordered(
            ordered::Limits {
                jobs,
                budget: super::budget(config, BATCH_BYTES),
            },
            FileBatches { items: items.into_iter().peekable(), per },
            |batch| batch.iter().map(Item::size).sum(),
            |files: Vec<Item>| -> Vec<Outcome> {
                let prepared =
                    files.into_iter().map(|item| prepare_item(config, item));
                super::pooled_batch(config, analyzer, prepared.collect())
            },
            &mut emitter,
        )?;
    }
    emitter.end()
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

/// Reads and decodes one work item (on a worker thread), for
/// [`batch::analyse`].
pub(super) fn prepare_item(config: &Config, item: Item) -> Prepared {
    let (path, name, size) = match item {
        Item::File { path, name, size } => (path, name, size),
        Item::Failed { name, reason } => {
            return Prepared::Ready(Outcome::Failed(format!(
                "{name}: {reason}"
            )));
        }
        Item::Loop { name } => {
            return Prepared::Ready(Outcome::Skipped(format!(
                "{name}: symbolic link loop, skipped"
            )));
        }
    };
    let Some(p) = path.to_str() else {
        return Prepared::Ready(Outcome::Failed(format!(
            "{name}: file name is not UTF-8"
        )));
    };
    let decoded =
        match analyze::input::read_input(p, config.encoding, config.max_bytes)
        {
            Ok(d) => d,
            Err(e) => {
                return Prepared::Ready(Outcome::Failed(format!(
                    "{name}: {e}"
                )));
            }
        };
    let info = DocInfo {
        source: "",
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
    Prepared::Doc(Box::new(Pending {
        text: decoded.text,
        source: name.into(),
        info,
        size,
        failure: Failure::File,
    }))
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
