//! The last line of defence against a bug: a panic while analysing one
//! document costs that document only, and never prints a backtrace.
//!
//! The analysis is written not to panic on any input (and fuzzed to keep
//! it so), but a run over thousands of scraped files must not lose the
//! other files to one bug. [`isolate`] runs one document's work under
//! `catch_unwind` and turns a panic into an error message the caller prints
//! as `analyze: <path>: internal error: ...`; the hook set by
//! [`install_panic_hook`] keeps the default hook's multi-line report off
//! standard error, and prints one line for a panic outside [`isolate`].

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// Whether this thread is inside [`isolate`].
    static ISOLATED: Cell<bool> = const { Cell::new(false) };
    /// The message of the last panic caught on this thread.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default panic hook: inside [`isolate`] the message is kept
/// for the caller; elsewhere one line is printed,
/// `analyze: internal error: <message> at <file>:<line>`.
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        let msg = match info.location() {
            Some(at) => format!("{msg} at {}:{}", at.file(), at.line()),
            None => msg,
        };
        if ISOLATED.get() {
            LAST_PANIC.set(Some(msg));
        } else {
            eprintln!("analyze: internal error: {msg}");
        }
    }));
}

/// Runs `work`, turning a panic into `Err("internal error: <message>")`.
///
/// `work` must not leave shared state half-updated when it panics: here it
/// only reads the analyzer and builds its own output, so catching the
/// unwind is sound (hence the `AssertUnwindSafe`).
pub fn isolate<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    let was = ISOLATED.replace(true);
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    ISOLATED.set(was);
    result.map_err(|_| {
        let msg = LAST_PANIC.take().unwrap_or_else(|| "panic".to_string());
        format!("internal error: {msg}")
    })
}

/// Panics on purpose when the text holds the marker named by the
/// `ANALYZE_DEBUG_PANIC_ON` environment variable, so that tests can check
/// the isolation end to end. Debug builds only: release builds compile
/// this to nothing.
pub fn fault_injection(text: &str) {
    if cfg!(debug_assertions)
        && let Some(marker) = std::env::var_os("ANALYZE_DEBUG_PANIC_ON")
        && let Some(marker) = marker.to_str()
        && !marker.is_empty()
        && text.contains(marker)
    {
        panic!("fault injected for testing");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error() {
        install_panic_hook();
        assert_eq!(isolate(|| 2 + 2), Ok(4));
        let err = isolate(|| -> u8 { panic!("boom {}", 7) }).unwrap_err();
        assert!(err.starts_with("internal error: boom 7 at src/"), "{err}");
        // The flag is restored, and the next document is unaffected.
        assert!(!ISOLATED.get());
        assert_eq!(isolate(|| "ok"), Ok("ok"));
        let _ = panic::take_hook();
    }
}
