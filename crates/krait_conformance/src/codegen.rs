//! The conformance runners' one door to krait's code generator.
//!
//! `krait_compiler::compile_module(&mut ast::Mod, filename, optimize) -> Result<CodeObject,
//! CompileError>` is the compiler's public entry, called when the `codegen` cargo feature is
//! on (the default). Built with `--no-default-features`, the adapter parses and runs only the
//! front stages (`analyse`), so parser and symbol-table errors are still reported as
//! CPython's, and answers [`Failure::Unavailable`] for files that would reach codegen (a
//! way to judge the front end while codegen does not build).
//!
//! It promises: never to panic (a panic inside the compiler becomes [`Failure::Panic`]).

use krait_bytecode::CodeObject;
use krait_syntax::PySyntaxError;
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Why no code object came out.
#[derive(Clone, Debug)]
pub enum Failure {
    /// The parser or a compiler stage raised (CPython's SyntaxError, as a value).
    Syntax(PySyntaxError),
    /// The code generator is not built in (see the module comment).
    #[cfg_attr(feature = "codegen", allow(dead_code))]
    Unavailable,
    Panic(String),
}

impl Failure {
    pub fn describe(&self) -> String {
        match self {
            Failure::Syntax(e) => crate::compare::describe_krait_error(e),
            Failure::Unavailable => "krait has no code generator yet (build with --features codegen)".into(),
            Failure::Panic(m) => format!("PANIC: {m}"),
        }
    }
}

/// Whether this build calls the real code generator.
pub const AVAILABLE: bool = cfg!(feature = "codegen");

thread_local! {
    /// Where the last panic on this thread happened (filled by [`quiet_panics`]' hook).
    static PANIC_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs a panic hook that records the location instead of printing (panics are results
/// here).
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        if let Some(loc) = info.location() {
            let at = format!(" (at {}:{})", loc.file(), loc.line());
            PANIC_AT.with(|p| *p.borrow_mut() = Some(at));
        }
    }));
}

/// `compile(source, filename, "exec", dont_inherit=True, optimize=optimize)`.
pub fn compile(source: &[u8], filename: &str, optimize: i32) -> Result<CodeObject, Failure> {
    let result = catch_unwind(AssertUnwindSafe(|| compile_inner(source, filename, optimize)));
    result.unwrap_or_else(|payload| {
        let msg = if let Some(s) = payload.downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = payload.downcast_ref::<String>() {
            s.clone()
        } else {
            "non-string panic payload".to_string()
        };
        let at = PANIC_AT.with(|p| p.borrow_mut().take()).unwrap_or_default();
        Err(Failure::Panic(format!("{msg}{at}")))
    })
}

#[cfg(feature = "codegen")]
fn compile_inner(source: &[u8], filename: &str, optimize: i32) -> Result<CodeObject, Failure> {
    let mut module = krait_syntax::parse_module(source, filename).map_err(Failure::Syntax)?;
    krait_compiler::compile_module(&mut module, filename, optimize).map_err(Failure::Syntax)
}

#[cfg(not(feature = "codegen"))]
fn compile_inner(source: &[u8], filename: &str, optimize: i32) -> Result<CodeObject, Failure> {
    let mut module = krait_syntax::parse_module(source, filename).map_err(Failure::Syntax)?;
    krait_compiler::analyse(&mut module, optimize, 0).map_err(Failure::Syntax)?;
    Err(Failure::Unavailable)
}

/// Runs `f` over `items` on all cores (threads with large stacks: trees can be deep);
/// results in input order. A watchdog ends the process (exit status 2, naming the item) when
/// one item takes longer than `KRAIT_CONFORMANCE_FILE_TIMEOUT` seconds (default 120).
pub fn parallel_map<T: Sync, R: Send + Clone>(
    items: &[T],
    name: impl Fn(&T) -> String + Sync,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<Option<R>> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 8);
    let limit = std::env::var("KRAIT_CONFORMANCE_FILE_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .map_or(Duration::from_secs(120), Duration::from_secs);
    let next = AtomicUsize::new(0);
    let finished = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(vec![None; items.len()]);
    let busy: Mutex<Vec<Option<(usize, Instant)>>> = Mutex::new(vec![None; threads]);
    let previous_hook = std::panic::take_hook();
    quiet_panics();
    std::thread::scope(|scope| {
        for w in 0..threads {
            let (next, finished, results, busy, f) = (&next, &finished, &results, &busy, &f);
            let worker = move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if let Ok(mut b) = busy.lock() {
                        b[w] = Some((i, Instant::now()));
                    }
                    let r = f(item);
                    if let Ok(mut b) = busy.lock() {
                        b[w] = None;
                    }
                    if let Ok(mut all) = results.lock() {
                        all[i] = Some(r);
                    }
                }
                finished.fetch_add(1, Ordering::Relaxed);
            };
            if std::thread::Builder::new().stack_size(256 << 20).spawn_scoped(scope, worker).is_err() {
                finished.fetch_add(1, Ordering::Relaxed);
            }
        }
        let (finished, busy, name) = (&finished, &busy, &name);
        scope.spawn(move || {
            while finished.load(Ordering::Relaxed) < threads {
                std::thread::sleep(Duration::from_millis(100));
                let Ok(b) = busy.lock() else { continue };
                for (i, since) in b.iter().flatten() {
                    if since.elapsed() > limit {
                        let n = items.get(*i).map(name).unwrap_or_default();
                        eprintln!("conformance: krait has spent over {} s on {n}: giving up (a hang?)", limit.as_secs());
                        std::process::exit(2);
                    }
                }
            }
        });
    });
    std::panic::set_hook(previous_hook);
    results.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner())
}
