//! Resuming generators: `next()`, `send()`, `throw()` and `close()`.
//!
//! A suspended generator keeps its frame record and a copy of its localsplus and value stack
//! (`GenState`). Resuming copies them back on top of the VM's stack and runs the loop until
//! the frame yields (`vm.yielded`) or returns. `throw()` resumes by raising the exception at
//! the suspended `yield`, through the frame's exception table like any other raise (PEP 479's
//! StopIteration-to-RuntimeError wrapper is part of the generator's own bytecode).

use super::{OnReturn, PyErr, PyResult, Vm};
use crate::heap::Payload;
use crate::objects::generator::{GenKind, GenState};
use crate::value::Value;
use std::cell::RefCell;

/// How a generator is resumed.
#[derive(Debug)]
pub enum Resume {
    Send(Value),
    /// `throw()`: into the delegate of a `yield from`/`await` if there is one.
    Throw(PyErr),
    /// Raise at the generator's own suspended yield.
    ThrowHere(PyErr),
}

/// How a resumed generator stopped.
#[derive(Debug)]
pub enum GenOutcome {
    Yielded(Value),
    /// It returned (StopIteration's value); also for a generator already finished.
    Returned(Value),
}

impl Vm {
    /// A new generator, coroutine or async generator for a frame RETURN_GENERATOR suspended
    /// (its kind from the code's flags).
    pub fn new_generator(&mut self, frame: super::Frame, saved: Vec<Value>) -> Value {
        // A `__code__` assigned with other flags (types.coroutine) decides the kind.
        let assigned = match frame.func.as_ref().and_then(Value::payload) {
            Some(Payload::Function(f)) => match f.dict.borrow().as_ref().and_then(Value::payload) {
                Some(Payload::Dict(d)) => match d.borrow().get_str("__code__").as_ref().and_then(Value::payload) {
                    Some(Payload::Code(c)) => Some(c.flags),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        let flags = assigned.unwrap_or(frame.code.flags);
        let kind = if flags & 0x200 != 0 {
            GenKind::AsyncGenerator
        } else if flags & 0x80 != 0 {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        Value::new_obj(Payload::Generator(Box::new(std::cell::RefCell::new(GenState::new(frame, saved, kind, flags & 0x100 != 0)))))
    }

    /// The object a generator suspended in `yield from`/`await` delegates to, if any.
    pub fn gen_delegate(&self, generator: &Value) -> Option<Value> {
        let Some(Payload::Generator(g)) = generator.payload() else { return None };
        let st = g.borrow();
        let frame = st.frame.as_ref()?;
        // Suspended at a YIELD_VALUE whose oparg is 1: inside `yield from` or `await`, with
        // the delegate on top of the saved stack.
        let op = frame.code.code.get(frame.lasti).copied()?;
        let arg = frame.code.code.get(frame.lasti + 1).copied()?;
        if !st.started || u16::from(op) != krait_bytecode::opcode::op::YIELD_VALUE || arg != 1 {
            return None;
        }
        st.saved.last().cloned()
    }

    /// Sets up a suspended generator's `frame` to run on top of the value stack: its saved
    /// slots move back onto the stack (the emptied vector keeps its capacity for the next
    /// suspension: no allocation per resume) and the generator is marked running.
    fn place_generator_frame(&mut self, st: &mut GenState, frame: &mut super::Frame, generator: &Value, entry: bool, on_return: OnReturn) {
        resume_at(frame, self.stack.len(), generator, entry, on_return);
        super::move_slots(&mut st.saved, 0, &mut self.stack);
        st.running = true;
    }

    /// Starts resuming a plain generator with None sent in: moves its saved slots onto the
    /// stack, pushes the None, and pushes its frame record, set up with `entry` and
    /// `on_return`, as the running frame. FOR_ITER resumes it inside the running loop this
    /// way (`OnReturn::GenFor`), `next()` in the loop or in a nested one ([`Vm::gen_next`]).
    /// False, with nothing changed, when it cannot run that way (running, finished, not a
    /// plain generator, at the recursion limit): the caller then takes the general path,
    /// which raises what CPython raises.
    pub fn gen_enter_plain(&mut self, generator: &Value, entry: bool, on_return: OnReturn) -> bool {
        let Some(Payload::Generator(g)) = generator.payload() else { return false };
        if self.depth() >= self.recursion_limit {
            return false;
        }
        let mut st = g.borrow_mut();
        if st.kind != GenKind::Generator || st.running {
            return false;
        }
        let st = &mut *st;
        let Some(frame) = st.frame.as_mut() else { return false };
        st.started = true;
        resume_at(frame, self.stack.len(), generator, entry, on_return);
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(16);
        }
        // SAFETY: the record moves from the generator to the free slot past the end of
        // `frames` (capacity was made) with one copy, and the generator's `frame` is then
        // overwritten with None without being dropped: the record has one owner throughout.
        unsafe {
            let len = self.frames.len();
            std::ptr::copy_nonoverlapping(std::ptr::from_mut(frame), self.frames.as_mut_ptr().add(len), 1);
            std::ptr::write(&raw mut st.frame, None);
            self.frames.set_len(len + 1);
        }
        super::move_slots(&mut st.saved, 0, &mut self.stack);
        st.running = true;
        // The value sent in: the suspended yield's result, or what the instruction after
        // RETURN_GENERATOR pops on the first resume.
        super::push_value(&mut self.stack, Value::None);
        true
    }

    /// Resumes `generator`.
    pub fn gen_resume(&mut self, generator: &Value, how: Resume) -> Result<GenOutcome, PyErr> {
        let Some(Payload::Generator(g)) = generator.payload() else {
            return Err(self.type_error("not a generator"));
        };
        // throw() into a generator suspended in `yield from`/`await` goes to the delegate first
        // (CPython's _gen_throw).
        let how = match how {
            Resume::Throw(e) => match self.gen_delegate(generator) {
                Some(d) => match self.throw_into_delegate(generator, &d, e)? {
                    Some(out) => return Ok(out),
                    None => return Err(self.error("SystemError", "lost the delegate's exception")),
                },
                None => Resume::ThrowHere(e),
            },
            other => other,
        };
        let kind = g.borrow().kind;
        let (mut frame, started) = {
            let mut st = g.borrow_mut();
            if st.running {
                drop(st);
                let what = match kind {
                    GenKind::Generator => "generator already executing",
                    GenKind::Coroutine => "coroutine already executing",
                    GenKind::AsyncGenerator => "async generator already executing",
                };
                return Err(self.error("ValueError", what));
            }
            let started = std::mem::replace(&mut st.started, true);
            match st.frame.take() {
                Some(f) => (f, started),
                None => {
                    drop(st);
                    let closing = matches!(&how, Resume::Throw(e) | Resume::ThrowHere(e) if self.is_instance_of(&e.0, "GeneratorExit"));
                    if kind == GenKind::Coroutine && !closing {
                        return Err(self.error("RuntimeError", "cannot reuse already awaited coroutine"));
                    }
                    return match how {
                        Resume::Send(_) => Ok(GenOutcome::Returned(Value::None)),
                        Resume::Throw(e) | Resume::ThrowHere(e) => Err(e),
                    };
                }
            }
        };
        if let Resume::Send(v) = &how
            && !started
            && !matches!(v, Value::None)
        {
            let mut st = g.borrow_mut();
            st.frame = Some(frame);
            st.started = false;
            drop(st);
            let what = match kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async generator",
            };
            return Err(self.type_error(format!("can't send non-None value to a just-started {what}")));
        }
        if self.depth() >= self.recursion_limit {
            g.borrow_mut().frame = Some(frame);
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.place_generator_frame(&mut g.borrow_mut(), &mut frame, generator, true, OnReturn::Push);
        self.drive_generator(g, Some(frame), |vm| match how {
            Resume::Send(v) => {
                vm.stack.push(v);
                vm.execute()
            }
            Resume::Throw(e) | Resume::ThrowHere(e) => {
                // Raised at the yield: the yield's own result slot is never pushed.
                match vm.unwind(e, true) {
                    Ok(()) => vm.execute(),
                    Err(e) => Err(e),
                }
            }
        })
    }

    /// Runs a generator's `frame`, placed on the stack as an entry frame, to its next yield or
    /// its end in a nested loop (`run` starts it: sends a value or raises at the yield).
    /// `frame` None: the record is already the top one (`gen_enter_plain` pushed it).
    #[inline(always)]
    fn drive_generator(&mut self, g: &RefCell<GenState>, frame: Option<super::Frame>, run: impl FnOnce(&mut Vm) -> PyResult) -> Result<GenOutcome, PyErr> {
        let depth = match frame {
            Some(frame) => {
                let depth = self.frames.len();
                self.push_frame_record(frame);
                depth
            }
            None => self.frames.len() - 1,
        };
        self.yielded = false;
        self.native_depth += 1;
        let r = run(self);
        self.native_depth -= 1;
        g.borrow_mut().running = false;
        // A frame that raised out of the generator is gone; make sure none of it is left.
        if self.frames.len() > depth {
            self.frames.truncate(depth);
        }
        let yielded = std::mem::replace(&mut self.yielded, false);
        match r {
            Ok(v) if yielded => Ok(GenOutcome::Yielded(v)),
            Ok(v) => Ok(GenOutcome::Returned(v)),
            Err(e) => Err(e),
        }
    }

    /// `generator.throw(e)` while it delegates to `delegate`: the delegate gets the exception
    /// (GeneratorExit closes it instead); what it yields is the generator's result, what it
    /// raises (StopIteration included) is raised at the generator's own `yield from`.
    fn throw_into_delegate(&mut self, generator: &Value, delegate: &Value, e: PyErr) -> Result<Option<GenOutcome>, PyErr> {
        let set_running = |g: &Value, on: bool| {
            if let Some(Payload::Generator(st)) = g.payload() {
                st.borrow_mut().running = on;
            }
        };
        if self.is_instance_of(&e.0, "GeneratorExit") {
            set_running(generator, true);
            let r = self.close_iter(delegate);
            set_running(generator, false);
            let err = match r {
                Ok(()) => e,
                Err(err) => err,
            };
            return self.gen_resume_at_yield(generator, err).map(Some);
        }
        set_running(generator, true);
        let r = if matches!(delegate.payload(), Some(Payload::Generator(_))) {
            self.gen_resume(delegate, Resume::Throw(e)).map(|o| match o {
                GenOutcome::Yielded(v) => Ok(v),
                GenOutcome::Returned(v) => Err(v),
            })
        } else {
            match self.getattr_opt(delegate, "throw") {
                Ok(Some(throw)) => self.call(throw, vec![e.0.clone()], vec![]).map(Ok),
                Ok(None) => {
                    set_running(generator, false);
                    return self.gen_resume_at_yield(generator, e).map(Some);
                }
                Err(err) => Err(err),
            }
        };
        set_running(generator, false);
        match r {
            Ok(Ok(v)) => Ok(Some(GenOutcome::Yielded(v))),
            // The delegate returned: StopIteration(value) at the outer `yield from`.
            Ok(Err(v)) => {
                let stop = self.stop_iteration(v);
                self.gen_resume_at_yield(generator, stop).map(Some)
            }
            Err(err) => self.gen_resume_at_yield(generator, err).map(Some),
        }
    }

    /// Raises `e` inside `generator` at its suspended yield (no delegation).
    fn gen_resume_at_yield(&mut self, generator: &Value, e: PyErr) -> Result<GenOutcome, PyErr> {
        self.gen_resume(generator, Resume::ThrowHere(e))
    }

    /// Closes an iterator a generator delegates to (`close()` if it has one).
    fn close_iter(&mut self, it: &Value) -> Result<(), PyErr> {
        if matches!(it.payload(), Some(Payload::Generator(_))) {
            return self.gen_close(it).map(|_| ());
        }
        if let Some(close) = self.getattr_opt(it, "close")? {
            self.call(close, vec![], vec![])?;
        }
        Ok(())
    }

    /// Closes the generators freed while suspended (their `finally` blocks run now).
    pub fn close_pending_generators(&mut self) {
        for g in crate::objects::generator::take_pending_close() {
            if let Some(Payload::Generator(st)) = g.payload()
                && !st.borrow().started
            {
                // A coroutine that never ran: warned about with its frame intact, then
                // the frame goes (so the revived object is not queued again).
                let qualname = st.borrow().qualname().to_string();
                self.warn_unawaited_coroutine(&g, &qualname);
                let frame = st.borrow_mut().frame.take();
                drop(frame);
                continue;
            }
            if let Err(e) = self.gen_close(&g) {
                let what = self.repr(&g).unwrap_or_default();
                let text = self.format_exception(&e.0);
                self.flush();
                self.err_out.extend_from_slice(format!("Exception ignored while closing generator {what}:\n{text}").as_bytes());
            }
            if let Some(Payload::Generator(st)) = g.payload() {
                let mut st = st.borrow_mut();
                st.frame = None;
                st.saved.clear();
            }
        }
    }

    /// SEND (`yield from` / `await`): resumes the delegate `recv` with `value`.
    pub fn send_to(&mut self, recv: &Value, value: Value) -> Result<GenOutcome, PyErr> {
        if matches!(recv.payload(), Some(Payload::Generator(_))) {
            return self.gen_resume(recv, Resume::Send(value));
        }
        let r = if matches!(value, Value::None) {
            // An object's own __next__ is called directly: its StopIteration carries the
            // delegate's return value.
            match self.call_dunder(recv, "__next__", vec![]) {
                Some(r) => r,
                None => match self.next(recv) {
                    Ok(Some(v)) => return Ok(GenOutcome::Yielded(v)),
                    Ok(None) => return Ok(GenOutcome::Returned(Value::None)),
                    Err(e) => Err(e),
                },
            }
        } else {
            let send = self.getattr(recv, "send")?;
            self.call(send, vec![value], vec![])
        };
        match r {
            Ok(v) => Ok(GenOutcome::Yielded(v)),
            Err(e) if self.is_instance_of(&e.0, "StopIteration") => {
                let v = match e.0.payload() {
                    Some(Payload::Instance(i)) => i.attrs().borrow().get_str("value").unwrap_or(Value::None),
                    _ => Value::None,
                };
                Ok(GenOutcome::Returned(v))
            }
            Err(e) => Err(e),
        }
    }

    /// `next(generator)` (what `sum`, `list`, `str.join`... call per item): the next value,
    /// or None when it finished. A plain generator that can run now is resumed directly;
    /// anything else (running, finished, a coroutine, at the recursion limit) goes through
    /// [`Vm::gen_resume`], which raises what CPython raises.
    pub fn gen_next(&mut self, generator: &Value) -> Result<Option<Value>, PyErr> {
        let Some(Payload::Generator(g)) = generator.payload() else {
            return self.resume_generator(generator, Value::None);
        };
        if !self.gen_enter_plain(generator, true, OnReturn::Push) {
            return self.resume_generator(generator, Value::None);
        }
        Ok(match self.drive_generator(g, None, Vm::execute)? {
            GenOutcome::Yielded(v) => Some(v),
            GenOutcome::Returned(_) => None,
        })
    }

    /// `generator.send(sent)` as `next` sees it: the next value, or None when it finished.
    pub fn resume_generator(&mut self, generator: &Value, sent: Value) -> Result<Option<Value>, PyErr> {
        match self.gen_resume(generator, Resume::Send(sent))? {
            GenOutcome::Yielded(v) => Ok(Some(v)),
            GenOutcome::Returned(_) => Ok(None),
        }
    }

    /// StopIteration(value) for a generator that returned `value`.
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if matches!(value, Value::None) { vec![] } else { vec![value.clone()] };
        let e = super::exceptions::new_exception(self.types.exception("StopIteration"), args);
        if let Some(Payload::Instance(i)) = e.payload() {
            i.attrs().borrow_mut().set_str("value", value);
        }
        PyErr(e)
    }

    /// `generator.close()`.
    pub fn gen_close(&mut self, generator: &Value) -> Result<Value, PyErr> {
        let started = match generator.payload() {
            Some(Payload::Generator(g)) => {
                let st = g.borrow();
                st.started && st.frame.is_some()
            }
            _ => return Err(self.type_error("not a generator")),
        };
        if !started {
            if let Some(Payload::Generator(g)) = generator.payload() {
                let mut st = g.borrow_mut();
                st.frame = None;
                st.saved.clear();
            }
            return Ok(Value::None);
        }
        let exit = PyErr(super::exceptions::new_exception(self.types.exception("GeneratorExit"), vec![]));
        let kind = match generator.payload() {
            Some(Payload::Generator(g)) => g.borrow().kind,
            _ => GenKind::Generator,
        };
        match self.gen_resume(generator, Resume::Throw(exit)) {
            Ok(GenOutcome::Yielded(_)) => Err(self.error(
                "RuntimeError",
                if kind == GenKind::Coroutine { "coroutine ignored GeneratorExit" } else { "generator ignored GeneratorExit" },
            )),
            Ok(GenOutcome::Returned(v)) => Ok(v),
            Err(e) if self.is_instance_of(&e.0, "GeneratorExit") || self.is_instance_of(&e.0, "StopIteration") => Ok(Value::None),
            Err(e) => Err(e),
        }
    }
}

/// Sets a suspended generator's frame record up to run with its slots from stack height
/// `base`, as `generator`'s frame, returning as `on_return` says.
#[inline(always)]
fn resume_at(frame: &mut super::Frame, base: usize, generator: &Value, entry: bool, on_return: OnReturn) {
    frame.base = base;
    frame.ret_sp = base;
    frame.entry = entry;
    // A suspended record's `on_return` is `Push` and its `generator` None (YIELD_VALUE left
    // them so): written without the drop calls an assignment would make. A record that
    // never ran (RETURN_GENERATOR keeps its caller's `on_return`) is assigned.
    if !matches!(frame.on_return, OnReturn::Push) || frame.generator.is_some() {
        frame.on_return = on_return;
        frame.generator = Some(generator.clone());
        return;
    }
    // SAFETY: both fields hold values that own nothing (checked above), so overwriting
    // them without a drop leaks nothing.
    unsafe {
        std::ptr::write(&raw mut frame.on_return, on_return);
        std::ptr::write(&raw mut frame.generator, Some(generator.clone()));
    }
}
