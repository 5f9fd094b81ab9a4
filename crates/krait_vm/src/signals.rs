//! Ctrl-C: a SIGINT handler that only sets a flag, and the checks that turn the flag into
//! `KeyboardInterrupt` in Python code (CPython's "eval breaker"). The loop looks at the
//! flag where it already pays for a check (backward jumps and calls), so straight-line code
//! costs nothing; blocking waits (`time.sleep`) look at it when a signal interrupts them.
//!
//! The handler is installed by the `krait` command only ([`install_sigint_handler`]);
//! embedders that never install it never see the flag set. [`exit_by_sigint`] is how a
//! program that ends with an uncaught `KeyboardInterrupt` leaves: by the default action of
//! SIGINT, so that a calling shell sees the interrupt (status 130).

use std::sync::atomic::{AtomicBool, Ordering};

static SIGINT_PENDING: AtomicBool = AtomicBool::new(false);

/// Set whenever something may want the loop's attention at its next call: Ctrl-C, an
/// instance waiting for `__del__` (or a weakref callback), a cycle collection coming due.
/// CALL looks at this one flag and, only when it is set, at each of them (CPython's
/// eval_breaker word). A hint: clearing it never loses a request, since each request is
/// also kept in its own flag, which the checks read.
static BREAK_REQUESTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_signum: libc::c_int) {
    SIGINT_PENDING.store(true, Ordering::Relaxed);
    BREAK_REQUESTED.store(true, Ordering::Relaxed);
}

/// Asks the loop to look at its pending work at the next call.
#[inline]
pub fn request_break() {
    BREAK_REQUESTED.store(true, Ordering::Relaxed);
}

/// Takes the request made by [`request_break`] (or a Ctrl-C): whether there was one.
#[inline]
pub fn take_break() -> bool {
    if BREAK_REQUESTED.load(Ordering::Relaxed) {
        BREAK_REQUESTED.store(false, Ordering::Relaxed);
        return true;
    }
    false
}

/// Installs the SIGINT handler (without SA_RESTART, so a blocking read or sleep returns
/// EINTR and can look at the flag). As python3, not when SIGINT is ignored (a background
/// job of a non-interactive shell).
pub fn install_sigint_handler() {
    #[cfg(unix)]
    // SAFETY: `sigaction` reads into and is given zeroed, then filled, `sigaction` structs;
    // the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &raw mut current) == 0 && current.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
        libc::sigemptyset(&raw mut action.sa_mask);
        action.sa_flags = 0;
        libc::sigaction(libc::SIGINT, &raw const action, std::ptr::null_mut());
    }
}

/// Has Ctrl-C been pressed since the last [`take_interrupt`]?
#[inline]
pub fn interrupt_pending() -> bool {
    SIGINT_PENDING.load(Ordering::Relaxed)
}

/// Clears the flag; whether it was set.
pub fn take_interrupt() -> bool {
    SIGINT_PENDING.swap(false, Ordering::Relaxed)
}

/// Ends the process by SIGINT's default action, as python3 does after an uncaught
/// `KeyboardInterrupt`; exits with 130 (128 + SIGINT) if that fails.
pub fn exit_by_sigint() -> ! {
    #[cfg(unix)]
    // SAFETY: resetting a signal's disposition and signalling our own process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}

/// Sleeps for `duration`, cut short by Ctrl-C: whether it was (the flag stays set).
pub fn sleep(duration: std::time::Duration) -> bool {
    #[cfg(unix)]
    {
        let mut request = libc::timespec {
            tv_sec: libc::time_t::try_from(duration.as_secs()).unwrap_or(libc::time_t::MAX),
            // Below 10^9: fits any C long.
            tv_nsec: duration.subsec_nanos() as libc::c_long,
        };
        loop {
            let mut remaining = libc::timespec { tv_sec: 0, tv_nsec: 0 };
            // SAFETY: both pointers are to live, initialized timespec values.
            let r = unsafe { libc::nanosleep(&raw const request, &raw mut remaining) };
            if r == 0 {
                return false;
            }
            if interrupt_pending() {
                return true;
            }
            if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                return false;
            }
            request = remaining;
        }
    }
    #[cfg(not(unix))]
    {
        std::thread::sleep(duration);
        interrupt_pending()
    }
}

impl crate::interp::Vm {
    /// The KeyboardInterrupt to raise for a pending Ctrl-C (the flag cleared).
    pub fn keyboard_interrupt(&mut self) -> crate::interp::PyErr {
        take_interrupt();
        crate::interp::PyErr(crate::interp::exceptions::new_exception(self.types.exception("KeyboardInterrupt"), Vec::new()))
    }
}
