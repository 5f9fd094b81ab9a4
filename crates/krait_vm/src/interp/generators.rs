//! Resuming generators: `next()`, `send()`, `throw()` and `close()`.
//!
//! A suspended generator keeps its frame record and a copy of its localsplus and value stack
//! (`GenState`). Resuming copies them back on top of the VM's stack and runs the loop until
//! the frame yields (`vm.yielded`) or returns. `throw()` resumes by raising the exception at
//! the suspended `yield`, through the frame's exception table like any other raise (PEP 479's
//! StopIteration-to-RuntimeError wrapper is part of the generator's own bytecode).

use super::{PyErr, Vm};
use crate::heap::Payload;
use crate::value::Value;

/// How a generator is resumed.
#[derive(Debug)]
pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// How a resumed generator stopped.
#[derive(Debug)]
pub enum GenOutcome {
    Yielded(Value),
    /// It returned (StopIteration's value); also for a generator already finished.
    Returned(Value),
}

impl Vm {
    /// Resumes `generator`.
    pub fn gen_resume(&mut self, generator: &Value, how: Resume) -> Result<GenOutcome, PyErr> {
        let Some(Payload::Generator(g)) = generator.payload() else {
            return Err(self.type_error("not a generator"));
        };
        let (mut frame, saved, started) = {
            let mut st = g.borrow_mut();
            if st.running {
                drop(st);
                return Err(self.error("ValueError", "generator already executing"));
            }
            let started = std::mem::replace(&mut st.started, true);
            match st.frame.take() {
                Some(f) => (f, std::mem::take(&mut st.saved), started),
                None => {
                    drop(st);
                    return match how {
                        Resume::Send(_) => Ok(GenOutcome::Returned(Value::None)),
                        Resume::Throw(e) => Err(e),
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
            st.saved = saved;
            st.started = false;
            drop(st);
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if self.depth() >= self.recursion_limit {
            g.borrow_mut().frame = Some(frame);
            g.borrow_mut().saved = saved;
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        let base = self.stack.len();
        frame.base = base;
        frame.ret_sp = base;
        frame.entry = true;
        frame.generator = Some(generator.clone());
        self.stack.extend(saved);
        let depth = self.frames.len();
        self.frames.push(frame);
        g.borrow_mut().running = true;
        self.yielded = false;
        self.native_depth += 1;
        let r = match how {
            Resume::Send(v) => {
                self.stack.push(v);
                self.execute()
            }
            Resume::Throw(e) => {
                // Raised at the yield: the yield's own result slot is never pushed.
                match self.unwind(e, true) {
                    Ok(()) => self.execute(),
                    Err(e) => Err(e),
                }
            }
        };
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

    /// SEND (`yield from` / `await`): resumes the delegate `recv` with `value`.
    pub fn send_to(&mut self, recv: &Value, value: Value) -> Result<GenOutcome, PyErr> {
        if matches!(recv.payload(), Some(Payload::Generator(_))) {
            return self.gen_resume(recv, Resume::Send(value));
        }
        let r = if matches!(value, Value::None) {
            match self.next(recv) {
                Ok(Some(v)) => return Ok(GenOutcome::Yielded(v)),
                Ok(None) => return Ok(GenOutcome::Returned(Value::None)),
                Err(e) => Err(e),
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

    /// `next(generator)`: the next value, or None when it finished.
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
        match self.gen_resume(generator, Resume::Throw(exit)) {
            Ok(GenOutcome::Yielded(_)) => Err(self.error("RuntimeError", "generator ignored GeneratorExit")),
            Ok(GenOutcome::Returned(v)) => Ok(v),
            Err(e) if self.is_instance_of(&e.0, "GeneratorExit") || self.is_instance_of(&e.0, "StopIteration") => Ok(Value::None),
            Err(e) => Err(e),
        }
    }
}
