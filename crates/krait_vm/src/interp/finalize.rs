//! Finalization: `__del__` of instances whose last reference went (queued by
//! `InstanceObj`'s `Drop`, run here at the loop's safe points: calls, returns and the end of
//! the program), and cycle collection (`gc.collect()` and the automatic collections the loop
//! starts when enough containers were allocated; see `heap::gc`).

use super::Vm;
use crate::heap::{Payload, gc};
use crate::objects::types;

impl Vm {
    /// Runs the `__del__` methods waiting in the queue (errors are reported and ignored,
    /// as CPython's "Exception ignored" does).
    pub fn run_pending_finalizers(&mut self) {
        let mut rounds = 0;
        while types::finalizers_pending() && rounds < 1000 {
            rounds += 1;
            for obj in types::take_pending_finalizers() {
                self.call_del(&obj);
            }
            self.close_pending_generators();
            for (cb, r) in crate::modules::weakref::take_pending_callbacks() {
                if let Err(e) = self.call(cb.clone(), vec![r], vec![]) {
                    let what = self.repr(&cb).unwrap_or_default();
                    let text = self.format_exception(&e.0);
                    self.flush();
                    self.err_out.extend_from_slice(format!("Exception ignored while calling weakref callback {what}:\n{text}").as_bytes());
                }
            }
        }
    }

    fn call_del(&mut self, obj: &crate::value::Value) {
        let Some(Payload::Instance(i)) = obj.payload() else { return };
        i.finalized.set(true);
        let Some(del) = types::lookup(&i.class(), "__del__") else { return };
        if let Err(e) = self.call(del.clone(), vec![obj.clone()], vec![]) {
            let what = self.repr(&del).unwrap_or_default();
            let text = self.format_exception(&e.0);
            self.flush();
            self.err_out.extend_from_slice(format!("Exception ignored while calling deallocator {what}:\n{text}").as_bytes());
        }
    }

    /// A full cycle collection: the number of unreachable objects found.
    pub fn collect_garbage(&mut self) -> usize {
        self.collect_generation(true)
    }

    /// A collection of the young generation, or of everything when `full`.
    pub fn collect_generation(&mut self, full: bool) -> usize {
        let garbage = gc::find_garbage(full);
        let n = garbage.len();
        // Finalizers first (PEP 442), while the objects are intact.
        for o in &garbage {
            if let Payload::Instance(i) = &o.payload
                && !i.finalized.get()
                && matches!(&i.class().payload, Payload::Type(t) if t.has_del.get())
            {
                self.call_del(&crate::value::Value::Obj(o.clone()));
            }
        }
        for o in &garbage {
            gc::clear(&o.payload);
        }
        drop(garbage);
        self.run_pending_finalizers();
        n
    }

    /// Shutdown: the module's globals go in definition order (but `__builtins__`), as the
    /// module dict is freed; finalizers run as objects go.
    pub fn clear_module_dict(&mut self, module: &crate::value::Value) {
        let dict = match module.payload() {
            Some(Payload::Module { dict, .. }) => crate::value::Value::Obj(dict.clone()),
            Some(Payload::Dict(_)) => module.clone(),
            _ => return,
        };
        let Some(Payload::Dict(d)) = dict.payload() else { return };
        let keys: Vec<crate::value::Value> = d.borrow().iter().map(|(k, _)| k.clone()).collect();
        for k in &keys {
            if k.as_str() == Some("__builtins__") {
                continue;
            }
            let old = d.borrow_mut().set(k.clone(), crate::value::Value::None);
            drop(old);
            self.run_pending_finalizers();
        }
    }

    /// The loop's safe point: pending `__del__` calls, and a collection when one is due.
    #[inline]
    pub fn safe_point(&mut self) {
        if types::finalizers_pending() {
            self.run_pending_finalizers();
        }
        if gc::due() {
            self.collect_generation(gc::due_full());
        }
    }
}
