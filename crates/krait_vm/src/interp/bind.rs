//! Binding a call's arguments to a Python function's parameters without the general
//! path's vectors: the positional values and the keyword (name, value) pairs are read where
//! they already are (the value stack, a `*args` tuple, a `**kwargs` dict) and the frame's
//! locals are built in one small buffer, `*args` and `**kwargs` parameters included.
//!
//! The promise: [`bind_in_place`] either returns the locals CPython's binding gives (every
//! parameter filled from the arguments or its default, extras in the `*args` tuple and the
//! `**kwargs` dict in call order), or declines with nothing changed, for every call that
//! does not bind (too many or too few arguments, a repeated or unknown keyword, a
//! non-str keyword). The general path (`Vm::bind_args`) then makes that call and raises
//! CPython's error, so this one never needs to.

use super::Vm;
use crate::heap::Payload;
use crate::objects::dict::{self, Dict};
use crate::objects::function::FunctionObj;
use crate::value::Value;
use krait_bytecode::code::flags;
use std::cell::RefCell;

/// A frame's locals as bound here: most functions have few.
pub(crate) type Locals = smallvec::SmallVec<[Value; 8]>;

/// Binds `first` (a bound method's receiver, if any), then `pos`, then the keyword
/// arguments `kw` (a str key and its value each) to `f`'s parameters. None when the call
/// does not bind (see the module comment).
pub(crate) fn bind_in_place<'a>(vm: &Vm, f: &FunctionObj, first: Option<&Value>, pos: &[Value], kw: impl Iterator<Item = (&'a Value, &'a Value)>) -> Option<Locals> {
    let code = &f.code;
    let (argcount, posonly, kwonly) = (code.argcount, code.posonlyargcount, code.kwonlyargcount);
    let params = argcount + kwonly;
    let varargs = code.flags & flags::VARARGS != 0;
    let varkw = code.flags & flags::VARKEYWORDS != 0;
    let npos = pos.len() + usize::from(first.is_some());
    if npos > argcount && !varargs {
        return None;
    }
    let mut locals: Locals = smallvec::smallvec![Value::Null; code.localsplusnames.len()];
    if locals.len() < params + usize::from(varargs) + usize::from(varkw) {
        return None;
    }
    let mut all = first.into_iter().chain(pos);
    for (slot, v) in locals[..npos.min(argcount)].iter_mut().zip(all.by_ref()) {
        *slot = v.clone();
    }
    let mut next = params;
    if varargs {
        locals[next] = super::call::new_tuple(all.cloned().collect::<Vec<_>>());
        next += 1;
    }
    let extra = if varkw {
        let d = vm.new_dict();
        locals[next] = d.clone();
        Some(d)
    } else {
        None
    };
    for (k, v) in kw {
        let name = k.as_str()?;
        match code.localsplusnames[posonly..params].iter().position(|n| dict::same_str(n, name)) {
            Some(p) => {
                let slot = &mut locals[posonly + p];
                if !slot.is_null() {
                    return None;
                }
                *slot = v.clone();
            }
            None => {
                let Some(Payload::Dict(d)) = extra.as_ref().and_then(Value::payload) else { return None };
                d.borrow_mut().set(k.clone(), v.clone()).ok()?;
            }
        }
    }
    if npos < argcount {
        let defaults = f.defaults.borrow();
        let defaults: &[Value] = match defaults.as_ref().and_then(Value::payload) {
            Some(Payload::Tuple(d)) => d,
            _ => &[],
        };
        let first_default = argcount - defaults.len().min(argcount);
        for (p, slot) in locals.iter_mut().enumerate().take(argcount).skip(npos) {
            if slot.is_null() {
                *slot = defaults.get(p.checked_sub(first_default)?)?.clone();
            }
        }
    }
    if kwonly > 0 {
        let kwdefaults = f.kwdefaults.borrow();
        let kwdefaults: Option<&RefCell<Dict>> = match kwdefaults.as_ref().and_then(Value::payload) {
            Some(Payload::Dict(d)) => Some(d),
            _ => None,
        };
        for p in argcount..params {
            if locals[p].is_null() {
                locals[p] = kwdefaults?.borrow().get_str(&code.localsplusnames[p])?;
            }
        }
    }
    Some(locals)
}

impl Vm {
    /// Starts `func`, a Python function, as a frame of the loop with `locals`, which go on
    /// the value stack from `ret_sp` (the stack is cut there first: the call's callable and
    /// arguments, whose values the locals hold now).
    fn enter_bound_frame(&mut self, func: Value, locals: Locals, ret_sp: usize, on_return: super::OnReturn) -> Result<(), super::PyErr> {
        let Some(Payload::Function(f)) = func.payload() else {
            return Err(self.type_error("not a function"));
        };
        if self.depth() >= self.recursion_limit {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        let (code, globals) = (f.code.clone(), f.globals.clone());
        self.stack.truncate(ret_sp);
        self.stack.extend(locals);
        self.push_call_frame(code, ret_sp, ret_sp, globals, func, on_return);
        Ok(())
    }

    /// CALL's and CALL_KW's path for the Python function calls their fast paths decline
    /// (`*args` or `**kwargs` parameters, keywords naming positional parameters), and for
    /// such calls of a plain class (`Vm::plain_init`: a bare instance, then its Python
    /// `__init__`): the stack holds `callable, self-or-NULL, args...` from `callable_idx`,
    /// the last `len(kwnames)` of the `nargs` arguments being keyword arguments. False, with
    /// the stack untouched, when the call does not bind (see [`bind_in_place`]).
    #[inline(never)]
    pub(crate) fn enter_frame_bound(&mut self, callable_idx: usize, nargs: usize, kwnames: Option<&Value>) -> Result<bool, super::PyErr> {
        let names: &[Value] = match kwnames.and_then(Value::payload) {
            Some(Payload::Tuple(t)) => t,
            None => &[],
            _ => return Ok(false),
        };
        let end = callable_idx + 2 + nargs;
        if names.len() > nargs || end != self.stack.len() {
            return Ok(false);
        }
        let kwstart = end - names.len();
        // A plain class: its __init__ is bound with a stand-in for the instance, which is
        // made only once the call binds (a declined call makes it on the general path, so
        // no second instance is ever freed, with its __del__).
        let class = match self.stack[callable_idx].payload() {
            Some(Payload::Type(t)) if self.stack[callable_idx + 1].is_null() && t.meta.borrow().is_none() => {
                let Some(class) = self.stack[callable_idx].as_obj().cloned() else { return Ok(false) };
                let Some(init) = self.plain_init(&class) else { return Ok(false) };
                Some((class, init))
            }
            _ => None,
        };
        let func = match &class {
            Some((_, init)) => init,
            None => &self.stack[callable_idx],
        };
        let Some(Payload::Function(f)) = func.payload() else { return Ok(false) };
        let first = match class {
            Some(_) => Some(&Value::None),
            None => Some(&self.stack[callable_idx + 1]).filter(|v| !v.is_null()),
        };
        let kw = names.iter().zip(&self.stack[kwstart..end]);
        let Some(mut locals) = bind_in_place(self, f, first, &self.stack[callable_idx + 2..kwstart], kw) else { return Ok(false) };
        let func = func.clone();
        let on_return = match class {
            Some((class, _)) => {
                let inst = Value::new_obj(Payload::Instance(crate::objects::types::InstanceObj::new(class)));
                locals[0] = inst.clone();
                super::OnReturn::Init(inst)
            }
            None => super::OnReturn::Push,
        };
        self.enter_bound_frame(func, locals, callable_idx, on_return)?;
        Ok(true)
    }

    /// CALL_FUNCTION_EX's path for a Python function or a bound method of one, called with
    /// a tuple of positional arguments and a dict (or nothing) of keyword arguments: the
    /// stack holds `callable, NULL, callargs, kwargs-or-NULL` from `callable_idx`. False,
    /// with the stack untouched, for other calls and calls that do not bind.
    #[inline(never)]
    pub(crate) fn enter_frame_ex(&mut self, callable_idx: usize) -> Result<bool, super::PyErr> {
        if self.stack.len() != callable_idx + 4 || !self.stack[callable_idx + 1].is_null() {
            return Ok(false);
        }
        let (func, first) = match self.stack[callable_idx].payload() {
            Some(Payload::Function(_)) => (&self.stack[callable_idx], None),
            Some(Payload::BoundMethod { receiver, func }) if matches!(func.payload(), Some(Payload::Function(_))) => (func, Some(receiver)),
            _ => return Ok(false),
        };
        let Some(Payload::Function(f)) = func.payload() else { return Ok(false) };
        let Some(Payload::Tuple(items)) = self.stack[callable_idx + 2].payload() else { return Ok(false) };
        let locals = match &self.stack[callable_idx + 3] {
            Value::Null => bind_in_place(self, f, first, items, std::iter::empty()),
            kw => match kw.payload() {
                Some(Payload::Dict(d)) => bind_in_place(self, f, first, items, d.borrow().iter()),
                _ => return Ok(false),
            },
        };
        let Some(locals) = locals else { return Ok(false) };
        let func = func.clone();
        self.enter_bound_frame(func, locals, callable_idx, super::OnReturn::Push)?;
        Ok(true)
    }
}
