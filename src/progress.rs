//! The progress bar on standard error: documents done and total, MB/s and
//! the time left.
//!
//! It exists only when standard error is a terminal and `--quiet` is not
//! given, and it stays hidden for the first second, so short runs and
//! pipes never see it. Messages written while it is shown go through
//! [`Progress::message`], which clears the bar first.

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs shorter than this never show a bar.
const DELAY: Duration = Duration::from_secs(1);

/// A progress bar that may never appear.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    start: Instant,
    shown: bool,
    done: u64,
    /// Number of documents, when known (files); unknown for a stream.
    total: Option<u64>,
    unit: &'static str,
}

impl Progress {
    /// A bar over `total` documents of `bytes` bytes in all (`None` for a
    /// stream of unknown length); `unit` names a document.
    pub fn new(
        enabled: bool,
        total: Option<u64>,
        bytes: Option<u64>,
        unit: &'static str,
    ) -> Progress {
        let bar = enabled.then(|| {
            let bar = match bytes {
                Some(b) => ProgressBar::with_draw_target(
                    Some(b),
                    ProgressDrawTarget::hidden(),
                ),
                None => ProgressBar::hidden(),
            };
            let template = if bytes.is_some() {
                "{wide_bar} {msg} {decimal_bytes_per_sec} ETA {eta}"
            } else {
                "{spinner} {msg} {decimal_bytes} {decimal_bytes_per_sec}"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            start: Instant::now(),
            shown: false,
            done: 0,
            total,
            unit,
        }
    }

    /// One more document of `bytes` bytes is done.
    pub fn advance(&mut self, bytes: u64) {
        let Some(bar) = &self.bar else { return };
        self.done += 1;
        bar.inc(bytes);
        if !self.shown && self.start.elapsed() >= DELAY {
            self.shown = true;
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(200));
        }
        if self.shown {
            let msg = match self.total {
                Some(t) => format!("{}/{t} {}", self.done, self.unit),
                None => format!("{} {}", self.done, self.unit),
            };
            bar.set_message(msg);
        }
    }

    /// Prints one line on standard error without breaking the bar.
    pub fn message(&self, line: &str) {
        match &self.bar {
            Some(bar) if self.shown => bar.suspend(|| eprintln!("{line}")),
            _ => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
