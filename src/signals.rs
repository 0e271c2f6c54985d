//! What an interrupted run leaves: with `-o FILE`, nothing but `FILE` as
//! it was.
//!
//! The output file is written under a temporary name and renamed into
//! place at the end ([`crate::output`]). On SIGINT (Ctrl-C) or SIGTERM a
//! thread of its own removes the temporary file, then ends the process
//! by the same signal, with the default action, so that the shell sees
//! an interrupted command (status 130 or 143) and a script stops as it
//! would have (#16). SIGKILL cannot be caught: it leaves the temporary
//! file (`.FILE.<pid>.<n>.tmp`, beside `FILE`), never a half-written
//! `FILE`.
//!
//! The thread uses `signal-hook`, whose handler only writes to a pipe
//! the thread reads: the removal runs as ordinary code, not in a signal
//! handler, where almost nothing may safely be done.

/// Starts the thread that removes the run's temporary files when SIGINT
/// or SIGTERM stops it. Without it (it could not be started, or not a
/// Unix system), a stopped run leaves its temporary file, as SIGKILL does.
#[cfg(unix)]
pub fn remove_temporary_files_on_stop() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;

    // The handlers are set by the thread, which says when they are: a
    // thread that cannot be started leaves the default actions.
    let (ready, set) = std::sync::mpsc::channel();
    let started = std::thread::Builder::new()
        .name("analyze-signals".into())
        .spawn(move || {
            let signals = Signals::new([SIGINT, SIGTERM]);
            let _ = ready.send(());
            let Ok(mut signals) = signals else { return };
            if let Some(signal) = signals.forever().next() {
                // Held until the process ends: no temporary file is
                // created or renamed into place after this.
                let _files = crate::output::discard_temporary_files();
                let _ =
                    signal_hook::low_level::emulate_default_handler(signal);
                // The default action ends the process; should it not.
                std::process::exit(128 + signal);
            }
        });
    if started.is_ok() {
        let _ = set.recv();
    }
}

/// Not a Unix system: the default actions stay.
#[cfg(not(unix))]
pub fn remove_temporary_files_on_stop() {}
