//! `_signal` (what `signal.py` wraps): Linux's signal numbers, the handler table behind
//! `signal()`/`getsignal()`, `default_int_handler`, `raise_signal`, `strsignal`,
//! `valid_signals`, `alarm`, `pause`, `siginterrupt`, `set_wakeup_fd`.
//!
//! What the OS sees: `SIG_DFL`/`SIG_IGN` are installed as they are; for SIGINT a Python
//! handler keeps krait's own flag handler (`crate::signals`), which raises
//! `KeyboardInterrupt` at the next check. Python handlers of other signals are recorded
//! (so `getsignal` returns them) but krait does not deliver other signals to Python code
//! yet: their OS disposition is left as it was.

use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::interp::{PyResult, Vm};
use crate::objects::dict::Dict;
use crate::objects::function::BuiltinFn;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;

const NSIG: i64 = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

const SIGNALS: &[(&str, i64)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

thread_local! {
    /// Handlers set from Python (or SIGINT's default), by signal number.
    static HANDLERS: RefCell<HashMap<i64, Value>> = RefCell::new(HashMap::new());
}

fn signum_arg(vm: &mut Vm, v: &Value) -> Result<i64, crate::interp::PyErr> {
    let n = super::util::index_i64(vm, v)?;
    if !(1..NSIG).contains(&n) {
        return Err(vm.error("ValueError", "signal number out of range"));
    }
    Ok(n)
}

/// The handler recorded for `n` (SIGINT's starts as `default_int_handler`); others are
/// asked of the OS (`SIG_DFL`/`SIG_IGN`, None for a handler not installed by Python).
fn current(n: i64) -> Value {
    if let Some(h) = HANDLERS.with(|h| h.borrow().get(&n).cloned()) {
        return h;
    }
    os_disposition(n)
}

fn os_disposition(n: i64) -> Value {
    #[cfg(unix)]
    {
        let Ok(sig) = libc::c_int::try_from(n) else { return Value::None };
        // SAFETY: querying (not changing) a disposition into a zeroed struct.
        unsafe {
            let mut cur: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, std::ptr::null(), &raw mut cur) != 0 {
                return Value::Int(SIG_DFL);
            }
            if cur.sa_sigaction == libc::SIG_DFL {
                return Value::Int(SIG_DFL);
            }
            if cur.sa_sigaction == libc::SIG_IGN {
                return Value::Int(SIG_IGN);
            }
        }
        Value::None
    }
    #[cfg(not(unix))]
    {
        let _ = n;
        Value::Int(SIG_DFL)
    }
}

fn getsignal(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "getsignal", &args, &kwargs)?;
    let n = signum_arg(vm, &args[0])?;
    Ok(current(n))
}

fn signal(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::no_more_kwargs(vm, "signal", &kwargs)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!("signal expected 2 arguments, got {}", args.len())));
    }
    let n = signum_arg(vm, &args[0])?;
    let handler = args[1].clone();
    let disposition = match &handler {
        Value::Int(_) | Value::Bool(_) => {
            let h = super::util::index_i64(vm, &handler)?;
            if h != SIG_DFL && h != SIG_IGN {
                return Err(vm.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
            }
            Some(h)
        }
        _ if super::util::is_callable(&handler) => None,
        _ => return Err(vm.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")),
    };
    if n == 9 || n == 19 {
        return Err(crate::builtins::oserror::os_error(vm, libc::EINVAL, None, None));
    }
    install(n, disposition);
    let old = current(n);
    HANDLERS.with(|h| h.borrow_mut().insert(n, handler));
    Ok(old)
}

/// Sets the OS disposition: `Some(SIG_DFL | SIG_IGN)` as given; a Python handler for SIGINT
/// means krait's flag handler.
fn install(n: i64, disposition: Option<i64>) {
    #[cfg(unix)]
    {
        let Ok(sig) = libc::c_int::try_from(n) else { return };
        match disposition {
            // SAFETY: setting a standard disposition of a valid signal number.
            Some(d) => unsafe {
                libc::signal(sig, if d == SIG_IGN { libc::SIG_IGN } else { libc::SIG_DFL });
            },
            None if n == 2 => {
                // SAFETY: as above; the flag handler is then installed by signals.rs.
                unsafe {
                    libc::signal(sig, libc::SIG_DFL);
                }
                crate::signals::install_sigint_handler();
            }
            None => {}
        }
    }
    #[cfg(not(unix))]
    let _ = (n, disposition);
}

fn default_int_handler(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.keyboard_interrupt())
}

fn raise_signal(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "raise_signal", &args, &kwargs)?;
    let n = signum_arg(vm, &args[0])?;
    if n == 2 && !matches!(current(2), Value::Int(_)) {
        // krait's own handler: the interrupt is raised here, as CPython's check on return.
        return Err(vm.keyboard_interrupt());
    }
    #[cfg(unix)]
    if let Ok(sig) = libc::c_int::try_from(n) {
        // SAFETY: sending a valid signal number to this process.
        unsafe {
            libc::raise(sig);
        }
    }
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "strsignal", &args, &kwargs)?;
    let n = signum_arg(vm, &args[0])?;
    let s = match n {
        1 => "Hangup",
        2 => "Interrupt",
        3 => "Quit",
        4 => "Illegal instruction",
        5 => "Trace/breakpoint trap",
        6 => "Aborted",
        7 => "Bus error",
        8 => "Floating-point exception",
        9 => "Killed",
        10 => "User defined signal 1",
        11 => "Segmentation fault",
        12 => "User defined signal 2",
        13 => "Broken pipe",
        14 => "Alarm clock",
        15 => "Terminated",
        16 => "Stack fault",
        17 => "Child exited",
        18 => "Continued",
        19 => "Stopped (signal)",
        20 => "Stopped",
        21 => "Stopped (tty input)",
        22 => "Stopped (tty output)",
        23 => "Urgent I/O condition",
        24 => "CPU time limit exceeded",
        25 => "File size limit exceeded",
        26 => "Virtual timer expired",
        27 => "Profiling timer expired",
        28 => "Window changed",
        29 => "I/O possible",
        30 => "Power failure",
        31 => "Bad system call",
        _ => return Ok(Value::None),
    };
    Ok(Value::str(s))
}

fn valid_signals(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "valid_signals", &args, &kwargs, 0, 0)?;
    let set = RefCell::new(Dict::new());
    for n in (1..NSIG).filter(|n| *n != 32 && *n != 33) {
        crate::builtins::methods::set_insert(vm, &set, Value::Int(n))?;
    }
    Ok(Value::new_obj(crate::heap::Payload::Set(set)))
}

fn alarm(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "alarm", &args, &kwargs)?;
    let secs = super::util::index_i64(vm, &args[0])?;
    let secs = u32::try_from(secs).map_err(|_| vm.error("OverflowError", "Python int too large to convert to C unsigned int"))?;
    #[cfg(unix)]
    // SAFETY: alarm takes any unsigned value.
    let prev = unsafe { libc::alarm(secs) };
    #[cfg(not(unix))]
    let prev = 0;
    Ok(Value::Int(i64::from(prev)))
}

fn pause(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    #[cfg(unix)]
    // SAFETY: blocks until a signal arrives.
    unsafe {
        libc::pause();
    }
    Ok(Value::None)
}

fn siginterrupt(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "siginterrupt", &args, &kwargs, 2, 2)?;
    signum_arg(vm, &args[0])?;
    Ok(Value::None)
}

/// No wakeup fd is kept: -1, as when none was set.
fn set_wakeup_fd(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(format!("set_wakeup_fd() takes exactly 1 positional argument ({} given)", args.len())));
    }
    super::util::index_i64(vm, &args[0])?;
    Ok(Value::Int(-1))
}

pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("signal", signal),
        ("getsignal", getsignal),
        ("default_int_handler", default_int_handler),
        ("raise_signal", raise_signal),
        ("strsignal", strsignal),
        ("valid_signals", valid_signals),
        ("alarm", alarm),
        ("pause", pause),
        ("siginterrupt", siginterrupt),
        ("set_wakeup_fd", set_wakeup_fd),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    // SIGINT's handler starts as this module's `default_int_handler` (the same object).
    if let Some((_, dih)) = items.iter().find(|(n, _)| *n == "default_int_handler") {
        HANDLERS.with(|h| {
            h.borrow_mut().entry(2).or_insert_with(|| dih.clone());
        });
    }
    items.extend(SIGNALS.iter().map(|(n, v)| (*n, Value::Int(*v))));
    items.push(("NSIG", Value::Int(NSIG)));
    items.push(("SIG_DFL", Value::Int(SIG_DFL)));
    items.push(("SIG_IGN", Value::Int(SIG_IGN)));
    items.push(("SIG_BLOCK", Value::Int(0)));
    items.push(("SIG_UNBLOCK", Value::Int(1)));
    items.push(("SIG_SETMASK", Value::Int(2)));
    module("_signal", items)
}
