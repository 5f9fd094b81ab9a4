//! krait's answers: `krait_syntax::parse_module` (+ `ast::dump`) over many files in parallel.
//!
//! Each file is parsed on a worker thread with a large stack, inside `catch_unwind`, so a
//! parser panic becomes a result for that file ([`Outcome::Panic`]) instead of ending the run.
//! Results come back in input order. A watchdog ends the run (exit status 2, naming the file)
//! if one file takes longer than `KRAIT_CONFORMANCE_FILE_TIMEOUT` seconds (default 120): a
//! hanging parser must fail CI, not stall it.

use krait_syntax::{DumpOptions, PySyntaxError};
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub enum Outcome {
    /// The source parsed; the dump (empty when not asked for).
    Parsed(String),
    Error(PySyntaxError),
    Panic(String),
}

const WORKER_STACK: usize = 256 << 20;

thread_local! {
    /// Where the last panic on this thread happened (filled by the quiet hook).
    static PANIC_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "non-string panic payload".to_string()
    }
}

/// Parses one file (and dumps it with `options`, if given).
pub fn parse_one(source: &[u8], filename: &str, options: Option<&DumpOptions>) -> Outcome {
    let result = catch_unwind(AssertUnwindSafe(|| match krait_syntax::parse_module(source, filename) {
        Ok(module) => match options {
            Some(o) => Outcome::Parsed(krait_syntax::ast::dump(&module, o)),
            None => Outcome::Parsed(String::new()),
        },
        Err(e) => Outcome::Error(e),
    }));
    result.unwrap_or_else(|payload| {
        let at = PANIC_AT.with(|p| p.borrow_mut().take()).unwrap_or_default();
        Outcome::Panic(format!("{}{at}", panic_message(payload.as_ref())))
    })
}

/// Parses every `(filename, source)` on all cores; results in input order.
pub fn parse_all(inputs: &[(&str, &[u8])], options: Option<&DumpOptions>) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 8);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; inputs.len()]);
    // Panics are recorded per file; keep the default hook from printing each one.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        if let Some(loc) = info.location() {
            let at = format!(" (at {}:{})", loc.file(), loc.line());
            PANIC_AT.with(|p| *p.borrow_mut() = Some(at));
        }
    }));
    let limit = std::env::var("KRAIT_CONFORMANCE_FILE_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .map_or(Duration::from_secs(120), Duration::from_secs);
    // What each worker is parsing, and since when.
    let busy: Mutex<Vec<Option<(usize, Instant)>>> = Mutex::new(vec![None; threads]);
    let finished = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for worker_index in 0..threads {
            let (next, results, busy, finished) = (&next, &results, &busy, &finished);
            let worker = move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((filename, source)) = inputs.get(i) else { break };
                    if let Ok(mut b) = busy.lock() {
                        b[worker_index] = Some((i, Instant::now()));
                    }
                    let outcome = parse_one(source, filename, options);
                    if let Ok(mut b) = busy.lock() {
                        b[worker_index] = None;
                    }
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(outcome);
                    }
                }
                finished.fetch_add(1, Ordering::Relaxed);
            };
            let spawned = std::thread::Builder::new().stack_size(WORKER_STACK).spawn_scoped(scope, worker);
            if let Err(e) = spawned {
                eprintln!("conformance: cannot start a parser thread: {e}");
                finished.fetch_add(1, Ordering::Relaxed);
            }
        }
        scope.spawn(|| {
            while finished.load(Ordering::Relaxed) < threads {
                std::thread::sleep(Duration::from_millis(100));
                let Ok(b) = busy.lock() else { continue };
                for (i, since) in b.iter().flatten() {
                    if since.elapsed() > limit {
                        let name = inputs.get(*i).map_or("?", |(n, _)| *n);
                        eprintln!(
                            "conformance: krait has been parsing {name} for over {} s: giving up (a hang?)",
                            limit.as_secs()
                        );
                        std::process::exit(2);
                    }
                }
            }
        });
    });
    std::panic::set_hook(previous_hook);
    let results = results.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Outcome::Panic("no result (worker thread failed)".into())))
        .collect()
}
