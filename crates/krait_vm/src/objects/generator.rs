//! Generators, coroutines and async generators: a suspended frame with its own copy of its
//! locals and value stack, resumed by `next()`/`send()` on top of the VM's stack and saved
//! again at each `yield`. A started generator freed while suspended is closed (its `finally`
//! blocks run): its state moves to a revived object the VM closes at its next safe point.
//! A coroutine freed before it ever ran is queued the same way, for the VM's "never
//! awaited" RuntimeWarning.

use crate::interp::Frame;
use crate::value::Value;
use std::cell::RefCell;

/// Which kind of generator-like object this is (from its code's flags).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    /// `async def` (CO_COROUTINE).
    Coroutine,
    /// `async def` with `yield` (CO_ASYNC_GENERATOR).
    AsyncGenerator,
}

/// A generator's state.
#[derive(Debug)]
pub struct GenState {
    /// The suspended frame (`base` is 0 while saved); None while running or when finished.
    pub frame: Option<Frame>,
    /// The frame's localsplus and value stack while suspended.
    pub saved: Vec<Value>,
    pub running: bool,
    /// Has it been resumed at least once (a just-started generator accepts only None)?
    pub started: bool,
    /// The code it runs, for its `__qualname__` and `__name__` (kept after the frame goes).
    pub code: std::rc::Rc<crate::objects::function::CodeInfo>,
    pub kind: GenKind,
    /// A generator usable in `await` (`types.coroutine`, CO_ITERABLE_COROUTINE).
    pub iterable_coroutine: bool,
}

impl GenState {
    /// A new, not yet started generator over `frame` and its saved slots.
    pub fn new(frame: Frame, saved: Vec<Value>, kind: GenKind, iterable_coroutine: bool) -> GenState {
        let code = frame.code.clone();
        GenState { frame: Some(frame), saved, running: false, started: false, code, kind, iterable_coroutine }
    }

    /// Its `__qualname__`: its code's.
    pub fn qualname(&self) -> &str {
        &self.code.qualname
    }
}

thread_local! {
    /// Suspended generators whose last reference went, waiting for the VM to close them.
    static PENDING_CLOSE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Takes the generators waiting to be closed.
pub fn take_pending_close() -> Vec<Value> {
    PENDING_CLOSE.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

impl Drop for GenState {
    fn drop(&mut self) {
        // A coroutine never started is queued too: the VM warns that it was never awaited
        // (the revived copy has no frame, so it is not queued again).
        let unawaited = !self.started && self.kind == GenKind::Coroutine;
        if (!self.started && !unawaited) || self.running || self.frame.is_none() {
            return;
        }
        // At thread exit the queue is gone: the frame is simply dropped.
        if !PENDING_CLOSE.try_with(|p| p.try_borrow_mut().is_ok()).unwrap_or(false) {
            return;
        }
        let revived = GenState {
            frame: self.frame.take(),
            saved: std::mem::take(&mut self.saved),
            running: false,
            started: !unawaited,
            code: self.code.clone(),
            kind: self.kind,
            iterable_coroutine: self.iterable_coroutine,
        };
        let v = Value::new_obj(crate::heap::Payload::Generator(Box::new(RefCell::new(revived))));
        let queued = PENDING_CLOSE.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.push(v);
            }
        });
        if queued.is_ok() {
            crate::objects::types::mark_pending();
        }
    }
}
