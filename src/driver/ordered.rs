//! Runs one function over a stream of items on several threads and hands
//! the results back one by one, in input order, as soon as each is ready.
//!
//! A feeder thread pulls items from the input (which may block, as reading
//! standard input does) and spawns one task per item on a rayon pool; the
//! calling thread receives the results, tagged with sequence numbers, puts
//! the early ones in a reorder buffer and passes each to `emit` when all the
//! ones before it have gone. At most `2 × jobs` items are in flight, read
//! but not yet emitted, and together they weigh at most a byte budget
//! (one item heavier than the budget goes alone), so memory stays bounded
//! on an endless stream whatever the scheduling and whatever the sizes of
//! the documents (#16); `idle` is called whenever no result is ready,
//! which is where the caller flushes its output, so a line of a slow stream
//! is never held back waiting for the next one.

use std::collections::BTreeMap;
use std::sync::{Condvar, Mutex, mpsc};

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

/// How much may be in flight at once.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Worker threads.
    pub jobs: usize,
    /// The most bytes in flight (read and not yet emitted), as the
    /// `weigh` function of [`ordered`] counts them.
    pub budget: u64,
}

/// Maps `work` over `items` on `limits.jobs` threads and gives each
/// result to `sink` in input order. An item is started when fewer than
/// `2 × jobs` are in flight and their weights (`weigh`: the bytes of
/// text the item holds) and its own stay within `limits.budget`, or
/// when nothing else is in flight. With one job, everything runs on the
/// calling thread, with [`Sink::idle`] after each result.
///
/// # Errors
///
/// The first error of the sink, which stops the run (the items in flight
/// are finished and dropped); or a failure to start the threads.
pub fn ordered<T, R, I, G, W>(
    limits: Limits,
    items: I,
    weigh: G,
    work: W,
    sink: &mut impl Sink<R>,
) -> anyhow::Result<()>
where
    T: Send,
    R: Send,
    I: Iterator<Item = T> + Send,
    G: Fn(&T) -> u64 + Send,
    W: Fn(T) -> R + Sync,
{
    let jobs = limits.jobs;
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
    let gate = Gate {
        state: Mutex::new(InFlight::default()),
        changed: Condvar::new(),
        items: 2 * jobs,
        budget: limits.budget,
    };
    let (result_tx, result_rx) = mpsc::channel::<(u64, u64, R)>();
    let work = &work;
    let pool = &pool;
    let gate = &gate;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.in_place_scope(|tasks| {
                for (seq, item) in (0u64..).zip(items) {
                    let weight = weigh(&item);
                    if !gate.enter(weight) {
                        // The receiver stopped on an error.
                        break;
                    }
                    let result_tx = result_tx.clone();
                    tasks.spawn(move |_| {
                        // A send fails only once the receiver has
                        // stopped; the result is then unwanted.
                        let _ = result_tx.send((seq, weight, work(item)));
                    });
                }
                drop(result_tx);
            });
        });
        // The feeder waits on the gate: closed however `receive` ends.
        let _close = Close(gate);
        receive(result_rx, gate, sink)
    })
}

/// What is in flight: items and their weight.
#[derive(Debug, Default)]
struct InFlight {
    items: usize,
    bytes: u64,
    /// The receiver has stopped: nothing more is started.
    closed: bool,
}

/// The limits on what is in flight, shared by the feeder, which waits
/// to start an item, and the receiver, which frees its place.
struct Gate {
    state: Mutex<InFlight>,
    changed: Condvar,
    items: usize,
    budget: u64,
}

impl Gate {
    /// Waits until an item of `weight` bytes may start and counts it in;
    /// `false` once the gate is closed.
    fn enter(&self, weight: u64) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if s.closed {
                return false;
            }
            let fits = s.items < self.items
                && s.bytes.saturating_add(weight) <= self.budget;
            if s.items == 0 || fits {
                s.items += 1;
                s.bytes = s.bytes.saturating_add(weight);
                return true;
            }
            s = self.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Frees the place of an emitted item of `weight` bytes.
    fn leave(&self, weight: u64) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.items = s.items.saturating_sub(1);
        s.bytes = s.bytes.saturating_sub(weight);
        self.changed.notify_all();
    }
}

/// Closes the gate when dropped, waking the feeder.
struct Close<'a>(&'a Gate);

impl Drop for Close<'_> {
    fn drop(&mut self) {
        let mut s = self.0.state.lock().unwrap_or_else(|e| e.into_inner());
        s.closed = true;
        self.0.changed.notify_all();
    }
}

/// Emits results in sequence order; frees each one's place in the gate
/// once emitted.
fn receive<R>(
    results: mpsc::Receiver<(u64, u64, R)>,
    gate: &Gate,
    sink: &mut impl Sink<R>,
) -> anyhow::Result<()> {
    let mut early: BTreeMap<u64, (u64, R)> = BTreeMap::new();
    let mut next = 0u64;
    loop {
        let (seq, weight, result) = match results.try_recv() {
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
        early.insert(seq, (weight, result));
        while let Some((weight, result)) = early.remove(&next) {
            next += 1;
            sink.emit(result)?;
            gate.leave(weight);
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
                Limits { jobs, budget: u64::MAX },
                0..200u64,
                |_| 0,
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
            Limits { jobs: 2, budget: u64::MAX },
            0..100usize,
            |_| 0,
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
        let limits = Limits { jobs: 2, budget: u64::MAX };
        let err = ordered(limits, 0..1_000_000u32, |_| 0, |i| i, &mut sink)
            .unwrap_err();
        assert_eq!(err.to_string(), "closed");
        assert_eq!(sink.got, [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn bounds_the_bytes_in_flight() {
        // #16: items of 40 bytes under a budget of 100: two at a time
        // at most, and one of 500 alone.
        let weight = |i: &u64| if *i == 7 { 500 } else { 40 };
        let held = std::sync::Mutex::new((0u64, 0u64));
        let mut sink = Collect {
            got: Vec::new(),
            fail_at: None,
            check: |i: &u64| {
                let mut h = held.lock().unwrap();
                h.0 -= weight(i);
            },
        };
        ordered(
            Limits { jobs: 4, budget: 100 },
            0..50u64,
            |i| weight(i),
            |i| {
                {
                    let mut h = held.lock().unwrap();
                    h.0 += weight(&i);
                    h.1 = h.1.max(h.0);
                    assert!(h.0 <= 100 || h.0 == 500, "{} bytes", h.0);
                }
                std::thread::sleep(std::time::Duration::from_micros(200));
                i
            },
            &mut sink,
        )
        .unwrap();
        assert_eq!(sink.got, (0..50).collect::<Vec<_>>());
        drop(sink);
        assert_eq!(held.lock().unwrap().1, 500);
    }
}
