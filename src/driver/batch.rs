//! Documents analysed a few dozen at a time, stage by stage
//! ([`Analyzer::analyze_batch`]), and handed on one by one in input order.
//!
//! A work item is first read, decoded or parsed ([`Prepared`]): what cannot
//! be analysed (an unreadable file, a bad JSON Lines line, a blank line)
//! already has its [`Outcome`]; a document waits in a [`Pending`]. The
//! documents of a batch are analysed together; each outcome then goes to
//! the caller's sink in input order, the failures among them.

use std::sync::Arc;

use analyze::{Analyzer, DocInfo, render};

use super::Outcome;
use crate::guard;

/// Most documents analysed together: past a few dozen articles the data
/// of a stage no longer stays in the caches between documents.
const DOCS: usize = 32;
/// Most bytes of text analysed together; a larger document goes alone.
const BYTES: usize = 256 << 10;

/// A work item made ready for analysis.
pub(crate) enum Prepared {
    /// Nothing to analyse: a failure, a skipped item, a blank line.
    Ready(Outcome),
    /// A document to analyse.
    Doc(Box<Pending>),
}

/// A document read and decoded, waiting for its batch.
pub(crate) struct Pending {
    /// The text.
    pub(crate) text: String,
    /// The input it comes from, as given or walked.
    pub(crate) source: Arc<str>,
    /// [`DocInfo`] without its source, which [`Pending::info`] lends.
    pub(crate) info: DocInfo<'static>,
    /// Input bytes, for the progress bar.
    pub(crate) size: u64,
    /// How a failure of its analysis is said.
    pub(crate) failure: Failure,
}

impl Pending {
    fn info(&self) -> DocInfo<'_> {
        DocInfo { source: &self.source, ..self.info.clone() }
    }
}

/// How the failure of a document's analysis (a bug caught by
/// [`guard::isolate`]) is reported.
pub(crate) enum Failure {
    /// A file: `path: internal error: ...` on standard error.
    File,
    /// A JSON Lines line: its error line, and `source:N: ...`.
    Line {
        /// 1-based line number.
        number: usize,
        /// The line's `id`, copied to the error line.
        id: Option<serde_json::Value>,
    },
}

impl Failure {
    /// The outcome of document `p` failing with `msg`.
    fn outcome(&self, p: &Pending, msg: &str) -> Outcome {
        match self {
            Failure::File => Outcome::Failed(format!("{}: {msg}", p.source)),
            Failure::Line { number, id } => {
                bad_line(&p.source, *number, id.as_ref(), msg, p.size)
            }
        }
    }
}

/// The outcome of a JSON Lines line that cannot be analysed: its error
/// line, and the message said on standard error.
pub(crate) fn bad_line(
    source: &str,
    number: usize,
    id: Option<&serde_json::Value>,
    reason: &str,
    size: u64,
) -> Outcome {
    let mut out = Vec::new();
    render::json::write_error_line(id, number, reason, &mut out)
        .expect("writing to a Vec cannot fail");
    let message = format!("{source}:{number}: {reason}");
    Outcome::BadLine { out, message, size }
}

/// What the sink of [`analyse`] receives, in input order.
// Handed over by value once per document, never stored: boxing the
// analysis would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Step<'a> {
    /// An item with its outcome already decided.
    Done(Outcome),
    /// An analysed document, its text and its input bytes.
    Analysed(analyze::Analysis<'a>, &'a str, u64),
}

/// Analyses the documents among `items`, a batch at a time, and hands
/// every item to `sink` in order. A bug on one document costs that
/// document only: a batch that fails is analysed again one document at a
/// time. An error of the sink (the output is gone) stops the run.
pub(crate) fn analyse<E>(
    analyzer: &Analyzer,
    items: Vec<Prepared>,
    sink: &mut dyn FnMut(Step<'_>) -> Result<(), E>,
) -> Result<(), E> {
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        let mut group = Vec::new();
        let (mut docs, mut bytes) = (0, 0);
        while let Some(item) = items.next_if(|item| match item {
            Prepared::Ready(_) => true,
            Prepared::Doc(p) => {
                docs == 0 || (docs < DOCS && bytes + p.text.len() <= BYTES)
            }
        }) {
            if let Prepared::Doc(p) = &item {
                docs += 1;
                bytes += p.text.len();
            }
            group.push(item);
        }
        emit_group(analyzer, group, sink)?;
    }
    Ok(())
}

/// Analyses the documents of `group` together, then hands on each item.
fn emit_group<E>(
    analyzer: &Analyzer,
    group: Vec<Prepared>,
    sink: &mut dyn FnMut(Step<'_>) -> Result<(), E>,
) -> Result<(), E> {
    // The outcomes already decided, in order (`None` where a document
    // goes), and the documents.
    let mut order = Vec::with_capacity(group.len());
    let mut pending = Vec::new();
    for item in group {
        match item {
            Prepared::Ready(outcome) => order.push(Some(outcome)),
            Prepared::Doc(p) => {
                order.push(None);
                pending.push(p);
            }
        }
    }
    let infos: Vec<DocInfo<'_>> = pending.iter().map(|p| p.info()).collect();
    let docs: Vec<(&str, &DocInfo<'_>)> = pending
        .iter()
        .zip(&infos)
        .map(|(p, i)| (p.text.as_str(), i))
        .collect();
    let together = guard::isolate(|| {
        for p in &pending {
            guard::fault_injection(&p.text);
        }
        analyzer.analyze_batch(&docs)
    });
    let analyses: Vec<Result<analyze::Analysis<'_>, String>> = match together {
        Ok(all) => all.into_iter().map(Ok).collect(),
        Err(_) => docs
            .iter()
            .map(|&(text, info)| {
                guard::isolate(|| {
                    guard::fault_injection(text);
                    analyzer.analyze_with(text, info)
                })
            })
            .collect(),
    };
    let mut documents = pending.iter().zip(analyses);
    for slot in order {
        if let Some(outcome) = slot {
            sink(Step::Done(outcome))?;
            continue;
        }
        let Some((p, analysed)) = documents.next() else { break };
        let step = analysed.and_then(|a| {
            guard::isolate(|| sink(Step::Analysed(a, &p.text, p.size)))
        });
        match step {
            Ok(written) => written?,
            Err(msg) => sink(Step::Done(p.failure.outcome(p, &msg)))?,
        }
    }
    Ok(())
}
