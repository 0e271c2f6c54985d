//! The ordered writer: takes the outcomes back in input order, writes the
//! rendered documents, says the errors on standard error, advances the
//! progress bar and folds the digests of `--summary`.

use std::io::{self, Write};

use analyze::render;

use super::Outcome;
use super::batch::Step;
use super::ordered;
use crate::aggregate::{Aggregate, Digest};
use crate::config::{Config, Output};
use crate::progress::Progress;

/// Writes outcomes in order, reports errors and keeps the aggregate.
pub(crate) struct Emitter<'a, W: Write> {
    pub(crate) config: &'a Config,
    pub(crate) out: W,
    pub(crate) progress: Progress,
    pub(crate) aggregate: Aggregate,
    /// No document written yet (the text report separates documents by a
    /// blank line).
    pub(crate) first: bool,
    pub(crate) failed: bool,
}

impl<W: Write> ordered::Sink<Outcome> for Emitter<'_, W> {
    /// Flushes whenever no result is ready: a slow stream gets each
    /// document as soon as it is done, a fast one gets full buffers.
    fn idle(&mut self) -> anyhow::Result<()> {
        Ok(self.out.flush()?)
    }

    fn emit(&mut self, outcome: Outcome) -> anyhow::Result<()> {
        match outcome {
            Outcome::Doc { out, size } => {
                self.document(&out)?;
                self.progress.advance(size);
            }
            Outcome::Written { size } => self.progress.advance(size),
            Outcome::Broken(e) => return Err(e.into()),
            Outcome::Digest { digest, size } => {
                self.aggregate.add(*digest);
                self.progress.advance(size);
            }
            Outcome::BadLine { out, message, size } => {
                self.failed = true;
                // Said on standard error too, so that a CI log has the
                // reason of the exit status 1 (#12).
                self.progress.message(&format!("analyze: {message}"));
                if self.config.scale.summary {
                    self.aggregate.add_failed();
                } else {
                    self.document(&out)?;
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

impl<W: Write> ordered::Sink<Vec<Outcome>> for Emitter<'_, W> {
    fn emit(&mut self, outcomes: Vec<Outcome>) -> anyhow::Result<()> {
        for outcome in outcomes {
            ordered::Sink::<Outcome>::emit(self, outcome)?;
        }
        Ok(())
    }

    fn idle(&mut self) -> anyhow::Result<()> {
        ordered::Sink::<Outcome>::idle(self)
    }
}

impl<W: Write> Emitter<'_, W> {
    /// Takes one item of a batch analysed on the writing thread: its
    /// outcome, or its analysis written straight into the output.
    pub(crate) fn step(&mut self, step: Step<'_>) -> anyhow::Result<()> {
        let outcome = match step {
            Step::Done(outcome) => outcome,
            Step::Analysed(analysis, text, size) => {
                self.direct(analysis, text, size)
            }
        };
        ordered::Sink::<Outcome>::emit(self, outcome)
    }

    /// Digests an analysed document, or renders it straight into the
    /// output, in order: the analysing thread is the writing one.
    pub(crate) fn direct(
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
        if self.config.array {
            // Through a buffer, to go into the array.
            let out = super::render(self.config, &analysis, text);
            return match self.document(&out) {
                Ok(()) => Outcome::Written { size },
                Err(e) => Outcome::Broken(e),
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

    /// Writes one rendered document (or error line): as it is, or as an
    /// element of the array of `--pretty` with several documents.
    fn document(&mut self, out: &[u8]) -> io::Result<()> {
        if self.config.array {
            self.out.write_all(if self.first { b"[\n" } else { b",\n" })?;
            self.first = false;
            return self.out.write_all(out.strip_suffix(b"\n").unwrap_or(out));
        }
        self.separate()?;
        self.out.write_all(out)
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
    pub(crate) fn end(mut self) -> anyhow::Result<bool> {
        self.progress.finish();
        if self.config.array {
            self.out.write_all(if self.first { b"[]\n" } else { b"\n]\n" })?;
        }
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
