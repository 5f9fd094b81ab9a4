//! Calls: binding arguments to a function's parameters, pushing frames, calling classes,
//! built-in functions and bound methods.

use super::{Frame, OnReturn, PyErr, PyResult, Vm};
use crate::heap::Payload;
use crate::objects::dict;
use crate::objects::function::{CodeInfo, Direct, FunctionObj};
use std::rc::Rc;
use crate::objects::types;
use crate::value::Value;
use krait_bytecode::code::flags;
use std::cell::RefCell;

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Keyword arguments as the call path passes them.
type Kwargs = Vec<(String, Value)>;

/// A function's `__qualname__` as call errors show it, looked up only when formatted (it
/// may have been reassigned, as namedtuple's `__new__` is).
struct Qual<'a>(&'a FunctionObj);

impl std::fmt::Display for Qual<'_> {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let f = self.0;
        let assigned = match f.dict.borrow().as_ref().and_then(Value::payload) {
            Some(Payload::Dict(d)) => d.borrow().get_str("__qualname__").and_then(|q| q.as_str().map(str::to_string)),
            _ => None,
        };
        out.write_str(&assigned.unwrap_or_else(|| f.qualname()))
    }
}

/// How many trailing parameters the defaults fill, if `f` can take `n` positionals that
/// way (no keyword-only parameters, no `*args` or `**kwargs`).
#[inline(always)]
pub(crate) fn fits(f: &FunctionObj, n: usize) -> Option<usize> {
    let c = &f.code;
    if c.kwonlyargcount != 0 || c.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0 {
        return None;
    }
    let missing = c.argcount.checked_sub(n)?;
    if missing == 0 {
        return Some(0);
    }
    match f.defaults.borrow().as_ref().and_then(Value::payload) {
        Some(Payload::Tuple(d)) if d.len() >= missing => Some(missing),
        _ => None,
    }
}

impl Vm {
    /// Binds positional and keyword arguments to a function's localsplus slots.
    pub fn bind_args(&mut self, f: &FunctionObj, mut args: Vec<Value>, kwargs: Vec<(String, Value)>) -> Result<Vec<Value>, PyErr> {
        let code = &f.code;
        let n = code.localsplusnames.len();
        let argcount = code.argcount;
        let kwonly = code.kwonlyargcount;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let qual = Qual(f);
        if !has_varargs && kwargs.is_empty() && args.len() == argcount && kwonly == 0 && !has_varkw {
            args.resize(n, Value::Null);
            return Ok(args);
        }
        let mut locals = vec![Value::Null; n];
        let npos = args.len();
        if npos > argcount && !has_varargs {
            let defaults = f.defaults.borrow().clone();
            let ndef = match defaults.as_ref().and_then(|d| d.payload()) {
                Some(Payload::Tuple(t)) => t.len(),
                _ => 0,
            };
            let kw_given = kwargs.iter().filter(|(k, _)| code.localsplusnames[argcount..argcount + kwonly].contains(k)).count();
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", argcount - ndef, argcount)
            } else {
                plural(argcount, "positional argument")
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{npos} {} given", if npos == 1 { "was" } else { "were" })
            };
            return Err(self.type_error(format!("{qual}() takes {takes} but {given}")));
        }
        let extra: Vec<Value> = if npos > argcount { args.split_off(argcount) } else { Vec::new() };
        for (i, a) in args.into_iter().enumerate() {
            locals[i] = a;
        }
        let mut slot = argcount + kwonly;
        if has_varargs {
            locals[slot] = new_tuple(extra);
            slot += 1;
        }
        let varkw = if has_varkw {
            let d = self.new_dict();
            locals[slot] = d.clone();
            Some(d)
        } else {
            None
        };
        let mut posonly_kw: Vec<String> = Vec::new();
        for (k, v) in kwargs {
            let pos = code.localsplusnames[code.posonlyargcount..argcount + kwonly].iter().position(|n| *n == k);
            match pos {
                Some(p) => {
                    let p = p + code.posonlyargcount;
                    if !locals[p].is_null() {
                        return Err(self.type_error(format!("{qual}() got multiple values for argument '{k}'")));
                    }
                    locals[p] = v;
                }
                None => match &varkw {
                    Some(d) => {
                        if let Some(Payload::Dict(d)) = d.payload() {
                            d.borrow_mut().set_str(&k, v);
                        }
                    }
                    None if code.localsplusnames[..code.posonlyargcount].contains(&k) => posonly_kw.push(k),
                    None => {
                        let keywords: Vec<String> = code.localsplusnames[code.posonlyargcount..argcount + kwonly].iter().map(|n| n.to_string()).collect();
                        return Err(crate::builtins::methods::unexpected_keyword(self, &qual.to_string(), &k, &keywords));
                    }
                },
            }
        }
        if !posonly_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_kw.join(", ")
            )));
        }
        // Defaults for the trailing positional parameters.
        let defaults = f.defaults.borrow().clone();
        if let Some(Payload::Tuple(d)) = defaults.as_ref().and_then(|d| d.payload()) {
            let first = argcount - d.len().min(argcount);
            for (i, dv) in d.iter().enumerate() {
                if locals[first + i].is_null() {
                    locals[first + i] = dv.clone();
                }
            }
        }
        let missing: Vec<String> =
            (0..argcount).filter(|&i| locals[i].is_null()).map(|i| code.localsplusnames[i].clone()).collect();
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required positional {}: {}",
                missing.len(),
                if missing.len() == 1 { "argument" } else { "arguments" },
                name_list(&missing)
            )));
        }
        if kwonly > 0 {
            let kwdefaults = f.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for (slot, name) in locals[argcount..argcount + kwonly].iter_mut().zip(&code.localsplusnames[argcount..]) {
                if slot.is_null() {
                    let dv = match kwdefaults.as_ref().and_then(|d| d.payload()) {
                        Some(Payload::Dict(d)) => d.borrow().get_str(name),
                        _ => None,
                    };
                    match dv {
                        Some(v) => *slot = v,
                        None => missing.push(name.clone()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{qual}() missing {} required keyword-only {}: {}",
                    missing.len(),
                    if missing.len() == 1 { "argument" } else { "arguments" },
                    name_list(&missing)
                )));
            }
        }
        Ok(locals)
    }

    /// How call errors name a callable (CPython's `_PyObject_FunctionStr`): `__main__.f()`,
    /// `dict()`.
    pub fn function_str(&mut self, f: &Value) -> String {
        let qual = match self.getattr_opt(f, "__qualname__") {
            Ok(Some(q)) if q.as_str().is_some() => q.as_str().unwrap_or_default().to_string(),
            _ => return self.type_name(f),
        };
        match self.getattr_opt(f, "__module__") {
            Ok(Some(m)) if m.as_str().is_some_and(|m| m != "builtins") => format!("{}.{qual}()", m.as_str().unwrap_or_default()),
            _ => format!("{qual}()"),
        }
    }

    /// DICT_UPDATE (`callable` None) and DICT_MERGE (`**src` in a call to `callable`): copies
    /// the mapping `src` into the dict `d`; a merge refuses repeated keys.
    pub fn dict_merge(&mut self, d: &Value, src: &Value, callable: Option<&Value>) -> Result<(), PyErr> {
        let direct = crate::builtins::methods::merge_source(src);
        let src = direct.as_ref().unwrap_or(src);
        if crate::builtins::methods::merge_plain(d, src, callable.is_some()) {
            return Ok(());
        }
        let pairs: Vec<(Value, Value)> = match src.payload() {
            Some(Payload::Dict(s)) => s.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            _ => match self.getattr_opt(src, "keys")? {
                Some(keys) if !matches!(src.payload(), Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_))) => {
                    let keys = self.call(keys, vec![], vec![])?;
                    let mut out = Vec::new();
                    for k in self.seq_items(&keys)? {
                        let v = self.getitem(src, &k)?;
                        out.push((k, v));
                    }
                    out
                }
                _ => {
                    let msg = match callable {
                        Some(c) => format!("{} argument after ** must be a mapping, not {}", self.function_str(c), self.type_name(src)),
                        None => format!("'{}' object is not a mapping", self.type_name(src)),
                    };
                    return Err(self.type_error(msg));
                }
            },
        };
        for (k, v) in pairs {
            if let Some(c) = callable
                && let Some(Payload::Dict(dd)) = d.payload()
                && dd.borrow().get(&k).ok().flatten().is_some()
            {
                let name = match k.as_str() {
                    Some(s) => s.to_string(),
                    None => return Err(self.type_error("keywords must be strings")),
                };
                let msg = format!("{} got multiple values for keyword argument '{name}'", self.function_str(c));
                return Err(self.type_error(msg));
            }
            self.setitem(d, &k, v)?;
        }
        Ok(())
    }

    /// CALL_FUNCTION_EX's positional and keyword arguments from `*callargs` and `**kw`.
    pub fn ex_call_args(&mut self, callable: &Value, callargs: &Value, kw: &Value) -> Result<(Vec<Value>, Kwargs), PyErr> {
        let args = match callargs.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => match self.try_get_iter(callargs)? {
                Some(it) => self.drain(&it)?,
                None => {
                    let msg = format!("{} argument after * must be an iterable, not {}", self.function_str(callable), self.type_name(callargs));
                    return Err(self.type_error(msg));
                }
            },
        };
        let mut kwargs = Vec::new();
        if let Some(Payload::Dict(d)) = kw.payload() {
            for (k, v) in d.borrow().iter() {
                match k.as_str() {
                    Some(s) => kwargs.push((s.to_string(), v.clone())),
                    None => return Err(self.type_error("keywords must be strings")),
                }
            }
        }
        Ok((args, kwargs))
    }

    /// Pushes a frame for a Python function with bound locals.
    pub fn push_frame(&mut self, func: &Value, locals: Vec<Value>, ret_sp: usize, on_return: OnReturn, entry: bool) -> Result<(), PyErr> {
        let Some(Payload::Function(f)) = func.payload() else {
            return Err(self.type_error("not a function"));
        };
        if self.depth() >= self.recursion_limit {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        let base = self.stack.len();
        self.stack.extend(locals);
        self.push_frame_record(Frame {
            code: f.code.clone(),
            pc: 0,
            lasti: 0,
            base,
            ret_sp,
            globals: f.globals.clone(),
            locals: None,
            func: Some(func.clone()),
            on_return,
            entry,
            generator: None,
        });
        Ok(())
    }

    /// CALL's fast path. The stack holds `callable, self-or-NULL, args...` (`nargs` of them)
    /// from `callable_idx`: a Python function taking exactly those positional arguments
    /// (trailing ones may come from its defaults; no keyword-only parameters, no `*args` or
    /// `**kwargs`) gets its frame pushed in place, the arguments becoming its first locals.
    /// A plain class (see `plain_init`) whose `__init__` fits the same way gets a bare
    /// instance in the self slot and its `__init__` called like that (CPython's
    /// CALL_ALLOC_AND_ENTER_INIT). False when the call is not of that shape.
    pub(crate) fn enter_call_frame(&mut self, callable_idx: usize, nargs: usize) -> Result<bool, PyErr> {
        let mut has_self = !self.stack[callable_idx + 1].is_null();
        if !has_self && !matches!(self.stack[callable_idx].payload(), Some(Payload::Function(_) | Payload::Type(_))) {
            has_self = self.unpack_callable(callable_idx);
        }
        let mut on_return = OnReturn::Push;
        let missing = match self.stack[callable_idx].payload() {
            Some(Payload::Function(f)) => fits(f, nargs + usize::from(has_self)),
            Some(Payload::Type(t)) if !has_self && t.meta.borrow().is_none() => {
                let Some(class) = self.stack[callable_idx].as_obj().cloned() else { return Ok(false) };
                let Some(init) = self.plain_init(&class) else { return Ok(false) };
                let Some(Payload::Function(f)) = init.payload() else { return Ok(false) };
                let Some(missing) = fits(f, nargs + 1) else { return Ok(false) };
                let inst = Value::new_obj(Payload::Instance(types::InstanceObj::new(class)));
                self.stack[callable_idx] = init;
                self.stack[callable_idx + 1] = inst.clone();
                has_self = true;
                on_return = OnReturn::Init(inst);
                Some(missing)
            }
            _ => None,
        };
        let (Some(missing), Some(Payload::Function(f))) = (missing, self.stack[callable_idx].payload()) else { return Ok(false) };
        if self.depth() >= self.recursion_limit {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        let base = if has_self { callable_idx + 1 } else { callable_idx + 2 };
        let code = f.code.clone();
        let globals = f.globals.clone();
        let nlocals = code.localsplusnames.len();
        let defaults = if missing > 0 { f.defaults.borrow().clone() } else { None };
        let func = self.stack[callable_idx].clone();
        if let Some(Payload::Tuple(d)) = defaults.as_ref().and_then(Value::payload) {
            self.stack.extend(d[d.len() - missing..].iter().cloned());
        }
        self.unbound_locals_to(base + nlocals);
        self.push_call_frame(code, base, callable_idx, globals, func, on_return);
        Ok(true)
    }

    /// Unpacks the callable at `callable_idx`, whose self slot is empty, when it is a Python
    /// function in disguise, and says whether it did: a bound method
    /// of a Python function becomes the function and its receiver, an instance whose class
    /// defines `__call__` as a Python function becomes that function and the instance (as
    /// CPython's CALL_BOUND_METHOD_EXACT_ARGS). Either call is the same call, so the general
    /// path gives the same result and errors after an unpacking.
    #[inline(never)]
    fn unpack_callable(&mut self, callable_idx: usize) -> bool {
        let unpacked = match self.stack[callable_idx].payload() {
            Some(Payload::BoundMethod { receiver, func }) if matches!(func.payload(), Some(Payload::Function(_))) => (func.clone(), receiver.clone()),
            Some(Payload::Instance(i)) => match types::lookup(&i.class_obj(), "__call__") {
                Some(m) if matches!(m.payload(), Some(Payload::Function(_))) => (m, self.stack[callable_idx].clone()),
                _ => return false,
            },
            _ => return false,
        };
        self.stack[callable_idx + 1] = unpacked.1;
        self.stack[callable_idx] = unpacked.0;
        true
    }

    /// The code and globals of `func` when it is a Python function that takes exactly `n`
    /// positional arguments as they come (no defaults needed, no `*args`, `**kwargs` or
    /// keyword-only parameters), is not a generator or coroutine, and a frame for it stays
    /// under the recursion limit: a call the loop can run as a frame without binding.
    fn plain_target(&self, func: &Value, n: usize) -> Option<(Rc<CodeInfo>, Value)> {
        const NOT_PLAIN: u32 = flags::GENERATOR | flags::COROUTINE | flags::ITERABLE_COROUTINE | flags::ASYNC_GENERATOR;
        match func.payload() {
            Some(Payload::Function(f)) if fits(f, n) == Some(0) && f.code.flags & NOT_PLAIN == 0 && self.depth() < self.recursion_limit => {
                Some((f.code.clone(), f.globals.clone()))
            }
            _ => None,
        }
    }

    /// LOAD_ATTR's property path: the getter, a Python function, runs as a frame of the loop
    /// with the instance as its argument. Declined (the instance handed back) when the
    /// getter needs the general call.
    #[inline(never)]
    pub(crate) fn enter_getter_frame(&mut self, fget: Value, owner: Value) -> Result<(), Value> {
        let Some((code, globals)) = self.plain_target(&fget, 1) else { return Err(owner) };
        let base = self.stack.len();
        self.stack.push(owner);
        self.unbound_locals_to(base + code.localsplusnames.len());
        self.push_call_frame(code, base, base, globals, fget, OnReturn::Push);
        Ok(())
    }

    /// BINARY_OP's and COMPARE_OP's frame path: when the left operand is an instance whose
    /// class defines the operator's method `name` as a plain Python function of two
    /// positional parameters, and the right operand cannot go first (its type is not a
    /// proper subclass of the left's), the method runs as a frame of this loop rather than
    /// through a nested `call`. The operands stay on the caller's stack under the frame, for
    /// the rest of the operation if the method returns NotImplemented (`on_return` says
    /// which operation; see RETURN_VALUE). `__getitem__` (`OnReturn::Push`) takes the
    /// operands as its arguments. Declined (the operands handed back) when the call needs
    /// the general path.
    pub(crate) fn enter_operator_frame(&mut self, lhs: Value, rhs: Value, name: &str, on_return: OnReturn) -> Result<(), (Value, Value)> {
        let method = match lhs.payload() {
            Some(Payload::Instance(inst)) => {
                let class = inst.class();
                let rclass = self.types.type_of(&rhs);
                if std::rc::Rc::ptr_eq(&class, &rclass) || !types::is_subclass(&rclass, &class) { types::lookup(&class, name) } else { None }
            }
            _ => None,
        };
        let Some((method, (code, globals))) = method.and_then(|m| self.plain_target(&m, 2).map(|t| (m, t))) else {
            return Err((lhs, rhs));
        };
        let ret_sp = self.stack.len();
        let keep = !matches!(on_return, OnReturn::Push);
        let base = ret_sp + if keep { 2 } else { 0 };
        self.stack.reserve(base + 2 + code.localsplusnames.len() - ret_sp);
        // SAFETY: the capacity was reserved; each slot is written before the length covers it.
        unsafe {
            let p = self.stack.as_mut_ptr();
            if keep {
                lhs.clone().write_words(p.add(ret_sp));
                rhs.clone().write_words(p.add(ret_sp + 1));
            }
            lhs.write_words(p.add(base));
            rhs.write_words(p.add(base + 1));
            self.stack.set_len(base + 2);
        }
        self.unbound_locals_to(base + code.localsplusnames.len());
        let ret_sp = if keep { base } else { ret_sp };
        self.push_call_frame(code, base, ret_sp, globals, method, on_return);
        Ok(())
    }

    /// Grows the value stack to `want` with unbound (Null) slots, or cuts it there
    /// (`Vec::resize` was an out-of-line call).
    #[inline(always)]
    pub(crate) fn unbound_locals_to(&mut self, want: usize) {
        let len = self.stack.len();
        if want > len {
            self.stack.reserve(want - len);
            // SAFETY: capacity covers `want`; each new slot is written before the length
            // covers it.
            unsafe {
                let p = self.stack.as_mut_ptr();
                for i in len..want {
                    Value::Null.write_words(p.add(i));
                }
                self.stack.set_len(want);
            }
        } else if want < len {
            self.stack.truncate(want);
        }
    }

    /// `CALL_KW`'s fast path: a Python function without `*args`/`**kwargs` whose keyword
    /// arguments all name parameters not yet given, and whose other parameters have
    /// defaults. The keyword values move from the stack into their parameters' slots and the
    /// frame starts, with no argument vectors and no keyword strings allocated. False, with
    /// the stack untouched, when the call needs the general path (which also raises the
    /// errors of a call that does not fit).
    pub(crate) fn enter_call_frame_kw(&mut self, callable_idx: usize, nargs: usize, kwnames: &Value) -> Result<bool, PyErr> {
        /// Parameters this path handles (the filled set is a bit mask).
        const MAX_PARAMS: usize = 63;
        let Some(Payload::Tuple(names)) = kwnames.payload() else { return Ok(false) };
        let mut has_self = !self.stack[callable_idx + 1].is_null();
        if !has_self && !matches!(self.stack[callable_idx].payload(), Some(Payload::Function(_))) {
            has_self = self.unpack_callable(callable_idx);
        }
        let Some(Payload::Function(f)) = self.stack[callable_idx].payload() else { return Ok(false) };
        let code = &f.code;
        let (argcount, posonly) = (code.argcount, code.posonlyargcount);
        let params = argcount + code.kwonlyargcount;
        let nkw = names.len();
        let npos = nargs - nkw + usize::from(has_self);
        if code.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0 || npos > argcount || params > MAX_PARAMS || nkw > 16 {
            return Ok(false);
        }
        let mut filled: u64 = (1u64 << npos) - 1;
        let mut slot_of = [0u8; 16];
        for (j, k) in names.iter().enumerate() {
            let Some(k) = k.as_str() else { return Ok(false) };
            let Some(p) = code.localsplusnames[posonly..params].iter().position(|n| dict::same_str(n, k)) else { return Ok(false) };
            let p = p + posonly;
            if filled & (1 << p) != 0 {
                return Ok(false);
            }
            filled |= 1 << p;
            slot_of[j] = p as u8;
        }
        // Every parameter left must have a default: checked before the stack changes, then
        // filled in below.
        let defaults = f.defaults.borrow().clone();
        let defaults: &[Value] = match defaults.as_ref().and_then(Value::payload) {
            Some(Payload::Tuple(d)) => d,
            _ => &[],
        };
        let first_default = argcount - defaults.len().min(argcount);
        let kwdefaults = f.kwdefaults.borrow().clone();
        let kwdefaults = match kwdefaults.as_ref().and_then(Value::payload) {
            Some(Payload::Dict(d)) => Some(d),
            _ => None,
        };
        let unfilled = (npos..params).filter(|&p| filled & (1 << p) == 0);
        for p in unfilled.clone() {
            let has_default = if p < argcount {
                p >= first_default
            } else {
                kwdefaults.is_some_and(|d| d.borrow().get_str(&code.localsplusnames[p]).is_some())
            };
            if !has_default {
                return Ok(false);
            }
        }
        if self.depth() >= self.recursion_limit {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        let base = if has_self { callable_idx + 1 } else { callable_idx + 2 };
        let (code, globals, func) = (code.clone(), f.globals.clone(), self.stack[callable_idx].clone());
        // The keyword values sit right after the positional ones, below the locals' end:
        // they are taken out, the locals grow, and each goes to its parameter's slot.
        let kwstart = self.stack.len() - nkw;
        // Every slot is moved out again below, leaving Null: nothing is left to drop.
        let mut kwvalues = std::mem::ManuallyDrop::new([const { Value::Null }; 16]);
        for (j, v) in kwvalues[..nkw].iter_mut().enumerate() {
            *v = std::mem::take(&mut self.stack[kwstart + j]);
        }
        self.unbound_locals_to(base + code.localsplusnames.len());
        for (j, v) in kwvalues[..nkw].iter_mut().enumerate() {
            self.stack[base + usize::from(slot_of[j])] = std::mem::take(v);
        }
        for p in unfilled {
            let v = if p < argcount {
                defaults[p - first_default].clone()
            } else {
                kwdefaults.and_then(|d| d.borrow().get_str(&code.localsplusnames[p])).unwrap_or(Value::Null)
            };
            self.stack[base + p] = v;
        }
        self.push_call_frame(code, base, callable_idx, globals, func, OnReturn::Push);
        Ok(true)
    }

    /// `CALL` of a built-in function, or of a built-in type's method descriptor with its
    /// receiver in the self slot, with positional arguments only: the arguments move into
    /// the call's vector and the function runs at once (CPython's CALL_BUILTIN_FAST and
    /// CALL_METHOD_DESCRIPTOR_FAST). None, with the stack untouched, for any other callable.
    pub(crate) fn call_native_from_stack(&mut self, callable_idx: usize, has_self: bool) -> Option<PyResult> {
        let f = match self.stack[callable_idx].payload() {
            Some(Payload::Builtin(b)) if !std::ptr::fn_addr_eq(b.func, crate::builtins::build_class as crate::objects::function::BuiltinFn) => {
                let f = b.func;
                if !has_self {
                    // A one-argument function given one (`len(x)`, `abs(x)`): the argument
                    // and the function leave the stack and are dropped after the call.
                    if let Some(one) = b.one
                        && self.stack.len() == callable_idx + 3
                    {
                        let arg = self.stack.pop()?;
                        self.stack.pop();
                        let _function = self.stack.pop();
                        return Some(one(self, &arg));
                    }
                    if let Some(r) = self.call_known_builtin(f, callable_idx) {
                        return Some(r);
                    }
                }
                f
            }
            Some(Payload::MethodDescr { func, owner, arity, direct }) if has_self => {
                let receiver = &self.stack[callable_idx + 1];
                // An instance of exactly a Rust module's type counts as exact too.
                let exact = self.types.builtin_type_ref(receiver).is_some_and(|t| std::rc::Rc::ptr_eq(t, owner))
                    || matches!((receiver.payload(), &owner.payload), (Some(Payload::Instance(i)), Payload::Type(ot)) if ot.kind == types::Kind::Native && std::rc::Rc::ptr_eq(&i.class(), owner));
                if exact {
                    match *direct {
                        Direct::One(f) if self.stack.len() == callable_idx + 3 => return Some(self.call_direct(callable_idx, f)),
                        Direct::NoArgs(f) if self.stack.len() == callable_idx + 2 => return Some(self.call_direct(callable_idx, |vm, s, _| f(vm, s))),
                        // A count the arity refuses raises below.
                        Direct::Positional(f) if arity.accepts(self.stack.len() - callable_idx - 2, false) => {
                            return Some(self.call_positional(callable_idx, f));
                        }
                        _ => {}
                    }
                }
                // `l.append(x)` on a list, without an argument vector (CPython's
                // CALL_LIST_APPEND).
                if exact && self.stack.len() == callable_idx + 3 && std::ptr::fn_addr_eq(func.func, crate::builtins::methods::list::APPEND) {
                    return self.list_append_from_stack(callable_idx);
                }
                if !exact && !types::is_subclass(&self.types.type_of(receiver), owner) {
                    return None;
                }
                // A subclass instance of a built-in type: the general path unwraps it.
                if matches!(receiver.payload(), Some(Payload::Instance(_)))
                    && let Payload::Type(ot) = &owner.payload
                    && ot.kind.is_native_value()
                {
                    return None;
                }
                let given = self.stack.len() - callable_idx - 2;
                if !arity.accepts(given, false) {
                    return Some(Err(self.arity_error(owner, func.name, *arity, given, false)));
                }
                func.func
            }
            Some(Payload::Type(t)) if !has_self => return self.construct_from_stack(t.kind, callable_idx),
            _ => return None,
        };
        Some(self.call_native_args(f, callable_idx, has_self))
    }

    /// The TypeError for a call of `owner`'s method `name` that its `arity` refuses.
    #[cold]
    fn arity_error(&self, owner: &crate::value::ObjRef, name: &str, arity: crate::objects::function::Arity, given: usize, keywords: bool) -> PyErr {
        self.type_error(arity.error_message(&format!("{}.{name}", types::type_name(owner)), given, keywords))
    }

    /// A method's direct form (`Direct`) on the receiver at `callable_idx + 1` and the
    /// argument above it, if any: the method, the receiver and the argument leave the stack
    /// first (the type's dict keeps the method alive) and are dropped after the call.
    #[inline(always)]
    fn call_direct(&mut self, callable_idx: usize, f: impl FnOnce(&mut Vm, &Value, &Value) -> PyResult) -> PyResult {
        let arg = if self.stack.len() == callable_idx + 3 { self.stack.pop().unwrap_or(Value::None) } else { Value::None };
        let receiver = self.stack.pop().unwrap_or(Value::None);
        self.stack.pop();
        f(self, &receiver, &arg)
    }

    /// A method's `Direct::Positional` form on the receiver at `callable_idx + 1` and the
    /// arguments above it, which move into one vector passed by reference.
    #[inline(never)]
    fn call_positional(&mut self, callable_idx: usize, f: fn(&mut Vm, &[Value]) -> PyResult) -> PyResult {
        let mut args = crate::objects::function::Args::new();
        super::move_slots(&mut self.stack, callable_idx + 1, &mut args);
        self.stack.pop();
        f(self, &args)
    }

    /// `list.append` called on an exact list with one argument, the stack holding the
    /// method, the list and the item from `callable_idx`: the item goes onto the list and the
    /// three slots leave the stack.
    #[inline(never)]
    fn list_append_from_stack(&mut self, callable_idx: usize) -> Option<PyResult> {
        let v = self.stack.pop()?;
        if let Some(Payload::List(l)) = self.stack[callable_idx + 1].payload()
            && let Ok(mut l) = l.try_borrow_mut()
        {
            l.push(v);
        } else {
            self.stack.push(v);
            return None;
        }
        // The list and the method, dropped in place (no slice drop).
        let _list = self.stack.pop();
        let _method = self.stack.pop();
        Some(Ok(Value::None))
    }

    /// `isinstance(x, C)` for a class `C` whose metaclass is `type` (or a tuple of such
    /// classes), answered without building an argument vector (CPython's CALL_ISINSTANCE;
    /// `len(x)` is a one-argument form, see `BuiltinFunction::one`). The built-in is
    /// recognised by its function; None, with the stack untouched, for any other call,
    /// which the general path makes (with the same result for these).
    #[inline(never)]
    fn call_known_builtin(&mut self, f: crate::objects::function::BuiltinFn, callable_idx: usize) -> Option<PyResult> {
        let nargs = self.stack.len() - callable_idx - 2;
        if nargs == 2 && std::ptr::fn_addr_eq(f, crate::builtins::ISINSTANCE) {
            let plain = |c: &Value| matches!(c.payload(), Some(Payload::Type(t)) if t.meta.borrow().is_none());
            let classes = &self.stack[callable_idx + 3];
            // One class, or a tuple of them (`isinstance(v, (int, float))`). The one class
            // has its own arm: as a one-item slice it cost 26 instructions more a call.
            let r = match classes.payload() {
                Some(Payload::Type(_)) if plain(classes) => types::is_subclass(&self.types.type_of(&self.stack[callable_idx + 2]), classes.as_obj()?),
                Some(Payload::Tuple(items)) if items.iter().all(plain) => {
                    let ty = self.types.type_of(&self.stack[callable_idx + 2]);
                    items.iter().any(|c| c.as_obj().is_some_and(|c| types::is_subclass(&ty, c)))
                }
                _ => return None,
            };
            self.stack.truncate(callable_idx);
            return Some(Ok(Value::Bool(r)));
        }
        None
    }

    /// `CALL` of a class whose construction needs no lookup: a built-in value type (`int`,
    /// `str`, `list`, ...: its constructor does everything) or a class with a built-in
    /// `__new__` and object's `__init__` (`enumerate`, `zip`, `map`, ...), called with
    /// positional arguments. None, with the stack untouched, for any other class.
    fn construct_from_stack(&mut self, kind: types::Kind, callable_idx: usize) -> Option<PyResult> {
        if kind.constructs_itself() {
            return Some(self.construct_builtin_args(kind, callable_idx));
        }
        let class = self.stack[callable_idx].as_obj()?;
        let types::Ctor::BuiltinNew(f) = self.ctor_of(class) else { return None };
        // The class goes where the NULL was: it is `__new__`'s first argument.
        let class = self.stack[callable_idx].clone();
        self.stack[callable_idx + 1] = class;
        Some(self.call_native_args(f, callable_idx, true))
    }

    /// Runs a built-in value type's constructor with the arguments above `callable_idx`.
    #[inline(never)]
    fn construct_builtin_args(&mut self, kind: types::Kind, callable_idx: usize) -> PyResult {
        let mut args = crate::objects::function::Args::new();
        super::move_slots(&mut self.stack, callable_idx + 2, &mut args);
        self.stack.truncate(callable_idx + 1);
        let class = self.stack.pop().unwrap_or(Value::None);
        crate::builtins::construct_builtin(self, &class, kind, args, Vec::new())
    }

    /// Runs `f` with the arguments above `callable_idx` moved into its vector. Kept out of
    /// the loop so that the vector is built where `f` reads it: built in the loop's frame, it
    /// was copied into the argument slot with vector loads of slots just written by word
    /// stores, which stalls store forwarding (see `Value::write_words`).
    #[inline(never)]
    fn call_native_args(&mut self, f: crate::objects::function::BuiltinFn, callable_idx: usize, has_self: bool) -> PyResult {
        let first_arg = if has_self { callable_idx + 1 } else { callable_idx + 2 };
        let mut args = crate::objects::function::Args::new();
        super::move_slots(&mut self.stack, first_arg, &mut args);
        // The callable and the NULL beside it go: `f` is a plain function pointer.
        self.stack.truncate(callable_idx);
        f(self, args, Vec::new())
    }

    /// CALL's general path: the callable, self-or-NULL and the arguments (the last
    /// `kwnames.len()` of them keyword arguments) leave the stack from `callable_idx`, and
    /// the call starts. Out of the loop: it is the path of calls the fast path did not take.
    #[inline(never)]
    pub(crate) fn call_from_stack(&mut self, callable_idx: usize, has_self: bool, kwnames: Option<Value>) -> Result<Prepared, PyErr> {
        let first_arg = if has_self { callable_idx + 1 } else { callable_idx + 2 };
        let mut args = Vec::with_capacity(self.stack.len().saturating_sub(first_arg));
        super::move_slots(&mut self.stack, first_arg, &mut args);
        self.stack.truncate(callable_idx + 1);
        let callable = self.stack.pop().unwrap_or(Value::None);
        let mut kwargs = Vec::new();
        if let Some(Payload::Tuple(names)) = kwnames.as_ref().and_then(|k| k.payload()) {
            let values = args.split_off(args.len().saturating_sub(names.len()));
            kwargs.reserve(names.len());
            for (k, v) in names.iter().zip(values) {
                kwargs.push((k.as_str().unwrap_or("").to_string(), v));
            }
        }
        if let Some(Payload::Builtin(b)) = callable.payload() {
            if b.name == "__build_class__" {
                return self.build_class(args, kwargs).map(Prepared::Done);
            }
            let f = b.func;
            return f(self, args.into(), kwargs).map(Prepared::Done);
        }
        self.prepare_call(callable, args, kwargs, false)
    }

    /// Calls any callable from Rust code (recursing into the loop for Python functions).
    pub fn call(&mut self, callable: Value, args: Vec<Value>, kwargs: Vec<(String, Value)>) -> PyResult {
        // A call from Rust is a safe point too: finalizers and weakref callbacks queued by
        // the last frames' returns run before it (a property read sees them done).
        if crate::objects::types::finalizers_pending() {
            self.run_pending_finalizers();
        }
        match self.prepare_call(callable, args, kwargs, true)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame => {
                self.native_depth += 1;
                let r = self.execute();
                self.native_depth -= 1;
                r
            }
        }
    }

    /// Calls `callable`: a Python function gets a frame pushed (run it with the loop), other
    /// callables run to completion.
    pub fn prepare_call(&mut self, callable: Value, mut args: Vec<Value>, kwargs: Vec<(String, Value)>, entry: bool) -> Result<Prepared, PyErr> {
        let ret_sp = self.stack.len();
        match callable.payload() {
            Some(Payload::Function(f)) => {
                let locals = self.bind_args(f, args, kwargs)?;
                self.push_frame(&callable, locals, ret_sp, OnReturn::Push, entry)?;
                Ok(Prepared::Frame)
            }
            Some(Payload::BoundMethod { receiver, func }) => {
                args.insert(0, receiver.clone());
                let func = func.clone();
                self.prepare_call(func, args, kwargs, entry)
            }
            Some(Payload::Builtin(b)) => {
                let f = b.func;
                Ok(Prepared::Done(f(self, args.into(), kwargs)?))
            }
            Some(Payload::Type(_)) => {
                let Some(class) = callable.as_obj().cloned() else { return Err(self.type_error("bad class")) };
                self.start_instantiate(&class, args, kwargs, entry)
            }
            Some(Payload::MethodDescr { func, owner, arity, .. }) => {
                let Some(first) = args.first() else {
                    return Err(self.type_error(format!("unbound method {}.{}() needs an argument", types::type_name(owner), func.name)));
                };
                let ty = self.types.type_of(first);
                if !types::is_subclass(&ty, owner) {
                    return Err(self.type_error(format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        func.name,
                        types::qualified_native_name(owner),
                        types::type_name(&ty)
                    )));
                }
                if !arity.accepts(args.len() - 1, !kwargs.is_empty()) {
                    return Err(self.arity_error(owner, func.name, *arity, args.len() - 1, !kwargs.is_empty()));
                }
                // dict.__getitem__ on a dict subclass consults the class's __missing__.
                if func.name == "__getitem__"
                    && args.len() == 2
                    && std::rc::Rc::ptr_eq(owner, &self.types.dict)
                    && let Some(r) = self.dict_subclass_getitem(&args[0], &args[1])
                {
                    return Ok(Prepared::Done(r?));
                }
                if let Payload::Type(ot) = &owner.payload
                    && ot.kind.is_native_value()
                {
                    args[0] = crate::builtins::slots::unwrap_native(&args[0]);
                }
                let f = func.func;
                Ok(Prepared::Done(f(self, args.into(), kwargs)?))
            }
            Some(Payload::StaticMethod(f)) => {
                let f = f.clone();
                self.prepare_call(f, args, kwargs, entry)
            }
            Some(Payload::Instance(i)) => match types::lookup(&i.class_obj(), "__call__") {
                // A built-in function is no descriptor: `__call__ = _idfunc` gets no self.
                Some(m) if matches!(m.payload(), Some(Payload::Builtin(_))) => self.prepare_call(m, args, kwargs, entry),
                Some(m) => {
                    args.insert(0, callable.clone());
                    self.prepare_call(m, args, kwargs, entry)
                }
                None => Err(self.type_error(format!("'{}' object is not callable", self.type_name(&callable)))),
            },
            _ => Err(self.type_error(format!("'{}' object is not callable", self.type_name(&callable)))),
        }
    }
}

/// The outcome of starting a call.
#[derive(Debug)]
pub enum Prepared {
    /// The call finished with this value.
    Done(Value),
    /// A Python frame was pushed.
    Frame,
}

/// A new list value.
pub fn new_list(items: Vec<Value>) -> Value {
    Value::new_obj(Payload::List(RefCell::new(items)))
}

/// A new tuple value.
pub fn new_tuple(items: impl Into<crate::objects::tuple::TupleItems>) -> Value {
    let items = items.into();
    if items.is_empty() {
        return crate::objects::tuple::empty();
    }
    Value::new_obj(Payload::Tuple(items))
}
