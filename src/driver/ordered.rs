//! Runs one function over a stream of items on several threads and hands
//! the results back one by one, in input order, as soon as each is ready.
//!
//! A feeder thread pulls items from the input (which may block, as reading
//! standard input does) and spawns one task per item on a rayon pool; the
//! calling thread receives the results, tagged with sequence numbers, puts
//! the early ones in a reorder buffer and passes each to `emit` when all the
//! ones before it have gone. At most `2 × jobs` items are in flight, read
//! but not yet emitted, so memory stays bounded on an endless stream
//! whatever the scheduling; `idle` is called whenever no result is ready,
//! which is where the caller flushes its output, so a line of a slow stream
//! is never held back waiting for the next one.

use std::collections::BTreeMap;
use std::sync::mpsc;

/// Where results go, in input order.
pub trait Sink<R> {
    /// Takes the next result.
    ///
    /// # Errors
    ///
    /// Any error stops the run.
    fn emit(&mut self, result: R) -> anyhow::Result<()>;

    /// Called whenever the next result is not ready yet.
    ///
    /// # Errors
    ///
    /// Any error stops the run.
    fn idle(&mut self) -> anyhow::Result<()>;
}

/// Maps `work` over `items` on `jobs` threads and gives each result to
/// `sink` in input order. With one job, everything runs on the calling
/// thread, with [`Sink::idle`] after each result.
///
/// # Errors
///
/// The first error of the sink, which stops the run (the items in flight
/// are finished and dropped); or a failure to start the threads.
pub fn ordered<T, R, I, W>(
    jobs: usize,
    items: I,
    work: W,
    sink: &mut impl Sink<R>,
) -> anyhow::Result<()>
where
    T: Send,
    R: Send,
    I: Iterator<Item = T> + Send,
    W: Fn(T) -> R + Sync,
{
    if jobs <= 1 {
        for item in items {
            sink.emit(work(item))?;
            sink.idle()?;
        }
        return Ok(());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("analyze-{i}"))
        .build()?;
    // A bounded channel used as a semaphore: the feeder puts a token in
    // before each item and blocks when `in_flight` are taken; the receiver
    // takes one out after emitting each result.
    let in_flight = 2 * jobs;
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(in_flight);
    let (result_tx, result_rx) = mpsc::channel::<(u64, R)>();
    let work = &work;
    let pool = &pool;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.in_place_scope(|tasks| {
                for (seq, item) in (0u64..).zip(items) {
                    if token_tx.send(()).is_err() {
                        // The receiver stopped on an error.
                        break;
                    }
                    let result_tx = result_tx.clone();
                    tasks.spawn(move |_| {
                        // A send fails only once the receiver has
                        // stopped; the result is then unwanted.
                        let _ = result_tx.send((seq, work(item)));
                    });
                }
                drop(result_tx);
            });
        });
        receive(result_rx, token_rx, sink)
    })
}

/// Emits results in sequence order; owns the receiving ends, so returning
/// early (on an error) disconnects them and stops the feeder.
fn receive<R>(
    results: mpsc::Receiver<(u64, R)>,
    tokens: mpsc::Receiver<()>,
    sink: &mut impl Sink<R>,
) -> anyhow::Result<()> {
    let mut early: BTreeMap<u64, R> = BTreeMap::new();
    let mut next = 0u64;
    loop {
        let (seq, result) = match results.try_recv() {
            Ok(r) => r,
            Err(mpsc::TryRecvError::Empty) => {
                sink.idle()?;
                match results.recv() {
                    Ok(r) => r,
                    Err(_) => break,
                }
            }
            Err(mpsc::TryRecvError::Disconnected) => break,
        };
        early.insert(seq, result);
        while let Some(result) = early.remove(&next) {
            next += 1;
            sink.emit(result)?;
            // Frees the slot this item held.
            let _ = tokens.try_recv();
        }
    }
    sink.idle()
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// Collects results; fails on `fail_at`; calls `check` on each.
    struct Collect<R, C: FnMut(&R)> {
        got: Vec<R>,
        fail_at: Option<R>,
        check: C,
    }

    impl<R: PartialEq, C: FnMut(&R)> Sink<R> for Collect<R, C> {
        fn emit(&mut self, r: R) -> anyhow::Result<()> {
            (self.check)(&r);
            let stop = self.fail_at.as_ref() == Some(&r);
            self.got.push(r);
            if stop { Err(anyhow::anyhow!("closed")) } else { Ok(()) }
        }

        fn idle(&mut self) -> anyhow::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn keeps_input_order_whatever_the_timing() {
        for jobs in [1, 2, 4] {
            let mut sink = Collect {
                got: Vec::new(),
                fail_at: None,
                check: |_: &u64| {},
            };
            ordered(
                jobs,
                0..200u64,
                |i| {
                    // Early items take longest, so they finish last.
                    std::thread::sleep(std::time::Duration::from_micros(
                        (200 - i) * 20,
                    ));
                    i * 2
                },
                &mut sink,
            )
            .unwrap();
            let want: Vec<u64> = (0..200).map(|i| i * 2).collect();
            assert_eq!(sink.got, want, "jobs {jobs}");
        }
    }

    #[test]
    fn bounds_the_items_in_flight() {
        let started = AtomicUsize::new(0);
        let mut emitted = 0usize;
        let mut worst = 0usize;
        let mut sink = Collect {
            got: Vec::new(),
            fail_at: None,
            check: |_: &usize| {
                emitted += 1;
                let ahead = started.load(Ordering::SeqCst) - emitted;
                worst = worst.max(ahead);
            },
        };
        ordered(
            2,
            0..100usize,
            |i| {
                started.fetch_add(1, Ordering::SeqCst);
                if i % 10 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                i
            },
            &mut sink,
        )
        .unwrap();
        assert_eq!(sink.got.len(), 100);
        drop(sink);
        assert!(worst <= 4, "{worst} items in flight");
    }

    #[test]
    fn stops_on_the_first_error() {
        let mut sink =
            Collect { got: Vec::new(), fail_at: Some(5), check: |_: &u32| {} };
        let err = ordered(2, 0..1_000_000u32, |i| i, &mut sink).unwrap_err();
        assert_eq!(err.to_string(), "closed");
        assert_eq!(sink.got, [0, 1, 2, 3, 4, 5]);
    }
}
