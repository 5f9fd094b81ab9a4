//! The evaluation loop: one `match` on the opcode over the code object's decoded
//! instruction stream (`decode.rs`: each entry carries its length past the CACHE entries
//! and its EXTENDED_ARG-folded argument), frames switched in place.

use super::call::{Prepared, new_list, new_tuple};
use super::decode::{BAD_JUMP, FELL_OFF, Instr};
use super::{OnReturn, PyErr, PyResult, Vm};
use crate::heap::Payload;
use crate::objects::dict::Dict;
use crate::objects::function::{CodeInfo, FunctionObj, GlobalCache};
use crate::objects::int::from_big;
use crate::value::Value;
use krait_bytecode::opcode::op;
use krait_bytecode::{CodeObject, Constant};
use std::cell::RefCell;
use std::rc::Rc;

/// The decoder's sentinel opcodes as match patterns.
const FELL_OFF_OP: u16 = FELL_OFF as u16;
const BAD_JUMP_OP: u16 = BAD_JUMP as u16;
const LOAD_FAST_ATTR_OP: u16 = super::decode::LOAD_FAST_ATTR as u16;
const BINARY_SMALL_OP: u16 = super::decode::BINARY_SMALL as u16;
const COMPARE_JUMP_OP: u16 = super::decode::COMPARE_JUMP as u16;
const BINARY_LOCALS_OP: u16 = super::decode::BINARY_LOCALS as u16;
const BINARY_STORE_OP: u16 = super::decode::BINARY_STORE as u16;
const LOCAL_SMALL_OP: u16 = super::decode::LOCAL_SMALL as u16;
const OP_LOCAL_OP: u16 = super::decode::OP_LOCAL as u16;
const FOR_STORE_OP: u16 = super::decode::FOR_STORE as u16;
const FOR_UNPACK2_OP: u16 = super::decode::FOR_UNPACK2 as u16;
const SMALL_COMPARE_JUMP_OP: u16 = super::decode::SMALL_COMPARE_JUMP as u16;
const NOT_RUN_OP: u16 = super::decode::NOT_RUN as u16;

/// Converts a constant to a value.
pub fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Ellipsis => Value::ellipsis(),
        Constant::StopIteration => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => from_big(i.clone()),
        Constant::Float(f) => Value::float(*f),
        Constant::Complex { real, imag } => crate::builtins::methods::new_complex(*real, *imag),
        // As CPython's: a one-character constant below U+0100 is the shared str of that
        // character, and one spelled like an identifier is interned (the same object in every
        // code object).
        Constant::Str(s) => match s.as_str() {
            Some(t) => {
                let mut chars = t.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) if u32::from(c) < 0x100 => crate::objects::str::char_str(c),
                    _ if t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => crate::objects::str::intern(t),
                    _ => Value::str(t),
                }
            }
            None => crate::objects::str::from_code_points(&s.code_points()),
        },
        Constant::Bytes(b) => crate::builtins::methods::new_bytes(b.to_vec(), false),
        Constant::Tuple(items) => new_tuple(items.iter().map(constant_value).collect::<Vec<_>>()),
        Constant::FrozenSet(items) => {
            let mut d = crate::objects::dict::Dict::new();
            for it in items {
                let _ = d.set(constant_value(it), Value::None);
            }
            Value::new_obj(Payload::FrozenSet(std::cell::RefCell::new(d)))
        }
        Constant::Slice(parts) => Value::new_obj(Payload::Slice(
            constant_value(&parts[0]),
            constant_value(&parts[1]),
            constant_value(&parts[2]),
        )),
        Constant::Code(code) => Value::new_obj(Payload::Code(load_code(code))),
        Constant::List(items) => super::call::new_list(items.iter().map(constant_value).collect()),
        Constant::Set(items) => {
            let mut d = crate::objects::dict::Dict::new();
            for it in items {
                let _ = d.set(constant_value(it), Value::None);
            }
            Value::new_obj(Payload::Set(std::cell::RefCell::new(d)))
        }
        Constant::Dict(pairs) => {
            let mut d = crate::objects::dict::Dict::new();
            for (k, v) in pairs {
                let _ = d.set(constant_value(k), constant_value(v));
            }
            Value::new_obj(Payload::Dict(std::cell::RefCell::new(d)))
        }
    }
}

fn pystr(s: &krait_bytecode::PyStr) -> String {
    s.as_str().map(str::to_string).unwrap_or_else(|| String::from_utf8_lossy(&s.to_utf8_surrogatepass()).into_owned())
}

/// Prepares a code object for execution.
pub fn load_code(code: &CodeObject) -> Rc<CodeInfo> {
    Rc::new(CodeInfo {
        code: code.code.clone(),
        exec: super::decode::decode(&code.code),
        consts: code.consts.iter().map(constant_value).collect(),
        names: code.names.iter().map(|n| crate::objects::str::intern(&pystr(n))).collect(),
        name_hashes: code.names.iter().map(|n| crate::objects::dict::str_hash(&pystr(n))).collect(),
        localsplusnames: code.localsplusnames.iter().map(pystr).collect(),
        localspluskinds: code.localspluskinds.clone(),
        argcount: code.argcount as usize,
        posonlyargcount: code.posonlyargcount as usize,
        kwonlyargcount: code.kwonlyargcount as usize,
        flags: code.flags,
        name: pystr(&code.name),
        qualname: pystr(&code.qualname),
        filename: pystr(&code.filename),
        firstlineno: code.firstlineno,
        exception_table: krait_bytecode::exceptiontable::decode(&code.exceptiontable).unwrap_or_default(),
        positions: krait_bytecode::linetable::positions(code.firstlineno, &code.linetable).unwrap_or_default(),
        stacksize: code.stacksize as usize,
        global_cache: CodeInfo::new_global_cache(code.names.len()),
        attr_cache: super::attr_cache::new_caches(code.names.len()),
    })
}

fn name_of(code: &CodeInfo, i: usize) -> (Value, &str) {
    match code.names.get(i) {
        Some(v) => (v.clone(), v.as_str().unwrap_or("")),
        None => (Value::str(""), ""),
    }
}

impl Vm {
    fn name_error(&self, name: &str) -> PyErr {
        let class = self.types.exception("NameError");
        let e = super::exceptions::new_exception(class, vec![Value::str(format!("name '{name}' is not defined"))]);
        if let Some(Payload::Instance(i)) = e.payload() {
            i.attrs().borrow_mut().set_str("name", Value::str(name));
            *i.exc().display_suffix.borrow_mut() = self.name_suggestion(name);
        }
        PyErr(e)
    }

    /// CPython's "Did you mean" / "Did you forget to import" text for a missing name,
    /// from the names visible in the top frame.
    fn name_suggestion(&self, name: &str) -> String {
        let mut candidates: Vec<String> = Vec::new();
        if let Some(f) = self.frames.last() {
            for (i, n) in f.code.localsplusnames.iter().enumerate() {
                if self.stack.get(f.base + i).is_some_and(|v| !v.is_null()) {
                    candidates.push(n.clone());
                }
            }
            for d in [f.locals.as_ref(), Some(&f.globals), Some(&self.builtins)].into_iter().flatten() {
                if let Some(Payload::Dict(d)) = d.payload() {
                    candidates.extend(d.borrow().iter().filter_map(|(k, _)| k.as_str().map(str::to_string)));
                }
            }
        }
        let suggestion = super::traceback::closest_name(name, &candidates);
        let mut out = String::new();
        if let Some(s) = &suggestion {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if super::traceback::STDLIB_MODULES.contains(&name) {
            if suggestion.is_some() {
                out.push_str(&format!(" Or did you forget to import '{name}'?"));
            } else {
                out.push_str(&format!(". Did you forget to import '{name}'?"));
            }
        }
        out
    }

    fn dict_lookup(d: &Value, key: &Value) -> Option<Value> {
        match d.payload() {
            Some(Payload::Dict(d)) => d.borrow().get(key).ok().flatten(),
            _ => None,
        }
    }

    /// `mapping[key]` for a namespace (class-body locals, exec's locals): a plain dict is read
    /// directly; any other mapping through its `__getitem__`, where KeyError means absent.
    fn mapping_lookup(&mut self, m: &Value, key: &Value) -> Result<Option<Value>, PyErr> {
        if let Some(Payload::Dict(d)) = m.payload() {
            return Ok(d.borrow().get(key).ok().flatten());
        }
        match self.getitem(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance_of(&e.0, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn load_global(&mut self, globals: &Value, key: &Value, name: &str) -> Result<Value, PyErr> {
        if let Some(v) = Self::dict_lookup(globals, key) {
            return Ok(v);
        }
        if let Some(v) = Self::dict_lookup(&self.builtins, key) {
            return Ok(v);
        }
        if let Some(r) = crate::builtins::missing_global(self, globals, key) {
            return r;
        }
        Err(self.name_error(name))
    }

    /// `LOAD_GLOBAL` of name `i` in the frame `fi`: globals, then builtins, answered from the
    /// code object's inline cache while both dicts' keys versions are unchanged.
    #[inline(always)]
    fn load_global_cached(&self, code: &CodeInfo, fi: usize, i: usize) -> Option<Value> {
        let slot = code.global_cache.get(i)?;
        let c = slot.get();
        let Some(Payload::Dict(g)) = self.frames[fi].globals.payload() else {
            return None;
        };
        // SAFETY (both reads): no Python code runs while these references live, so no
        // borrow of either dict can begin; one already held mutably sends us the slow way.
        let g = unsafe { g.try_borrow_unguarded() }.ok()?;
        let gv = g.keys_version();
        if c.globals_version == gv {
            if !c.in_builtins {
                return g.value_at_position(c.position as usize).cloned();
            }
            if let Some(Payload::Dict(b)) = self.builtins.payload()
                && let Ok(b) = unsafe { b.try_borrow_unguarded() }
                && c.builtins_version == b.keys_version()
            {
                return b.value_at_position(c.position as usize).cloned();
            }
        }
        self.load_global_refill(code, fi, i)
    }

    /// `load_global_cached` when the cache missed: looks the name up and refills the slot.
    #[inline(never)]
    fn load_global_refill(&self, code: &CodeInfo, fi: usize, i: usize) -> Option<Value> {
        let (Some(Payload::Dict(g)), Some(Payload::Dict(b))) = (self.frames[fi].globals.payload(), self.builtins.payload()) else {
            return None;
        };
        let slot = code.global_cache.get(i)?;
        let g = g.borrow();
        let gv = g.keys_version();
        let key = code.names.get(i)?;
        let hash = code.name_hashes.get(i).copied().unwrap_or(0);
        if let Some(pos) = g.position(key, hash) {
            slot.set(GlobalCache { globals_version: gv, builtins_version: 0, position: pos as u32, in_builtins: false });
            return g.value_at_position(pos).cloned();
        }
        let b = b.borrow();
        let pos = b.position(key, hash)?;
        slot.set(GlobalCache { globals_version: gv, builtins_version: b.keys_version(), position: pos as u32, in_builtins: true });
        b.value_at_position(pos).cloned()
    }

    /// Runs frames from the top one until the entry frame returns.
    pub fn execute(&mut self) -> PyResult {
        let mut add_tb = true;
        loop {
            match self.run_frames() {
                Ok(v) => return Ok(v),
                Err((e, tb)) => {
                    add_tb &= tb;
                    self.unwind(e, add_tb)?;
                    add_tb = true;
                }
            }
        }
    }

    /// Pops the value stack (`Null` when empty), reading the value as two words.
    #[inline(always)]
    fn pop(&mut self) -> Value {
        let len = self.stack.len();
        if len == 0 {
            return Value::Null;
        }
        // SAFETY: slot `len - 1` holds a value; shrinking the length first hands it to us.
        unsafe {
            self.stack.set_len(len - 1);
            Value::read_words(self.stack.as_ptr().add(len - 1))
        }
    }

    /// Drops the values above height `len`, last to first (a returning frame's locals).
    /// Dropping a value runs no Python code (finalizers are queued), so the stack is not
    /// touched meanwhile.
    #[inline(always)]
    fn release_to(&mut self, len: usize) {
        let mut n = self.stack.len();
        if n <= len {
            return;
        }
        // SAFETY: slots `len..n` hold values; the length drops below them first, and each is
        // dropped once, in place.
        unsafe {
            self.stack.set_len(len);
            let p = self.stack.as_mut_ptr();
            while n > len {
                n -= 1;
                std::ptr::drop_in_place(p.add(n));
            }
        }
    }

    /// Stores into the value-stack slot `i` (a local), moving both values as words (see
    /// `Value::write_words`); the old value is dropped after the store, as CPython's
    /// `STORE_FAST` decrefs after it assigns.
    #[inline(always)]
    fn set_slot(&mut self, i: usize, v: Value) {
        if i >= self.stack.len() {
            return;
        }
        // SAFETY: `i` is in bounds; the old value is moved out before the new one is written.
        let old = unsafe {
            let p = self.stack.as_mut_ptr().add(i);
            let old = Value::read_words(p);
            v.write_words(p);
            old
        };
        drop(old);
    }

    /// Pushes onto the value stack, writing the value as two words.
    #[inline(always)]
    fn push(&mut self, v: Value) {
        super::push_value(&mut self.stack, v);
    }

    fn top(&self) -> &Value {
        static NULL: std::sync::OnceLock<()> = std::sync::OnceLock::new();
        let _ = &NULL;
        match self.stack.last() {
            Some(v) => v,
            None => &Value::Null,
        }
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }

    #[expect(clippy::too_many_lines)]
    fn run_frames(&mut self) -> Result<Value, (PyErr, bool)> {
        let Some(frame) = self.frames.last() else {
            return Ok(Value::None);
        };
        // The running frame's code, borrowed from its record rather than counted: the record
        // holds it for as long as the frame runs, and `reload!` re-borrows it whenever the
        // running frame changes (after a frame is pushed, returns, yields or is entered).
        // Between a frame's removal and the next `reload!` it is not used.
        // SAFETY: as above; the record's `code` is never replaced while the frame exists.
        let mut code: &CodeInfo = unsafe { &*Rc::as_ptr(&frame.code) };
        let mut pc = frame.pc;
        let mut base = frame.base;
        let mut start;
        // The decoded instructions of `code` (`interp::decode`), kept beside it so that
        // fetching an instruction is one load from a pointer instead of two through the code
        // object (the loop spills its locals, and the dependent loads were the dispatch's
        // critical path).
        let mut ibase: *const Instr = code.exec.as_ptr();

        // The running frame is always the top one: its index is computed where it is needed
        // rather than kept in a variable (the loop's state must fit in registers).
        macro_rules! fi {
            () => {
                (self.frames.len() - 1)
            };
        }
        macro_rules! frame_mut {
            () => {{
                let i = fi!();
                &mut self.frames[i]
            }};
        }

        macro_rules! fail {
            ($e:expr) => {{
                let e = $e;
                let f = frame_mut!();
                f.lasti = start;
                f.pc = pc;
                return Err((e, true));
            }};
        }
        macro_rules! tri {
            ($x:expr) => {
                match $x {
                    Ok(v) => v,
                    Err(e) => fail!(e),
                }
            };
        }
        macro_rules! reload {
            () => {{
                let f = &self.frames[fi!()];
                // SAFETY: see `code` above.
                code = unsafe { &*Rc::as_ptr(&f.code) };
                pc = f.pc;
                base = f.base;
                ibase = code.exec.as_ptr();
            }};
        }
        // `local!(v = i)` binds `v` to local `i`, cloned; UnboundLocalError when it is
        // unbound. (A statement rather than a block yielding the value: the block's extra
        // move of the value cost fib(25) 1.3% more instructions.)
        macro_rules! local {
            ($v:ident = $i:ident) => {
                let $v = self.stack[base + $i].clone();
                if $v.is_null() {
                    fail!(self.unbound_local(code, $i));
                }
            };
        }
        macro_rules! save {
            () => {{
                let f = frame_mut!();
                f.pc = pc;
                f.lasti = start;
            }};
        }
        // Finalizers queued by what this instruction freed run now, with the frame's
        // line saved (a `__del__` or "never awaited" warning sees the statement that freed).
        macro_rules! finalize_now {
            () => {{
                if crate::objects::types::finalizers_pending() {
                    save!();
                    self.run_pending_finalizers();
                }
            }};
        }

        // Runs a Python method the loop reached without a CALL as a frame of this loop
        // (`$enter` is `enter_operator_frame` or `enter_getter_frame`) and goes on with its
        // first instruction, or gives back what `$enter` declined, for the general path.
        macro_rules! enter_frame_or {
            ($enter:expr) => {{
                save!();
                match $enter {
                    Ok(()) => {
                        reload!();
                        continue;
                    }
                    Err(declined) => declined,
                }
            }};
        }

        // LOAD_ATTR after its cache missed: a property getter as a frame, the instance fast
        // path, or the general protocol; the cache is filled for next time.
        macro_rules! load_attr_general {
            ($owner:expr, $a:expr) => {{
                let (owner, a): (Value, usize) = ($owner, $a);
                let i = a >> 1;
                // A property whose getter is a Python function: the getter runs as a frame,
                // with the instance as its argument.
                let owner = if a & 1 == 0
                    && let Some(fget) = self.property_getter_cached(code, i, &owner)
                {
                    enter_frame_or!(self.enter_getter_frame(fget, owner))
                } else {
                    owner
                };
                let (_, name) = name_of(code, i);
                let hash = code.name_hashes.get(i).copied().unwrap_or(0);
                if a & 1 == 0
                    && let Some(get) = self.meta_getter_cached(code, i, &owner)
                {
                    save!();
                    let v = tri!(get(self, smallvec::smallvec![owner], Vec::new()));
                    self.push(v);
                    continue;
                }
                if a & 1 == 0
                    && let Some(v) = self.instance_attr_fast(&owner, name, hash)
                {
                    self.fill_attr_cache(code, i, &owner);
                    self.push(v);
                    continue;
                }
                // The general protocol may run Python code (a descriptor, `__getattr__`),
                // which may look at this frame's position.
                save!();
                if a & 1 != 0 {
                    let (m, this) = tri!(self.load_method(&owner, name, hash));
                    self.fill_attr_cache(code, i, &owner);
                    self.push(m);
                    self.push(this);
                } else {
                    let v = tri!(self.getattr(&owner, name));
                    self.fill_attr_cache(code, i, &owner);
                    self.push(v);
                }
            }};
        }

        // BINARY_OP on two popped operands: the int, float, list and dict fast paths, a
        // Python class's operator method as a frame, or the general protocol; the result is
        // pushed.
        macro_rules! binary_op {
            ($lhs:expr, $rhs:expr, $arg:expr) => {{
                let (lhs, rhs, arg): (Value, Value, u32) = ($lhs, $rhs, $arg);
                let r = match (&lhs, &rhs, arg) {
                    (Value::Int(x), Value::Int(y), 0 | 13) if x.checked_add(*y).is_some() => Value::Int(x + y),
                    (Value::Int(x), Value::Int(y), 10 | 23) if x.checked_sub(*y).is_some() => Value::Int(x - y),
                    (Value::Float(x), Value::Float(y), 0 | 13) => Value::float(x + y),
                    (Value::Float(x), Value::Float(y), 10 | 23) => Value::float(x - y),
                    (Value::Float(x), Value::Float(y), 5 | 18) => Value::float(x * y),
                    (Value::Float(x), Value::Float(y), 11 | 24) if *y != 0.0 => Value::float(x / y),
                    (Value::Int(x), Value::Int(y), 5 | 18) if x.checked_mul(*y).is_some() => Value::Int(x * y),
                    (Value::Int(x), Value::Int(y), 1 | 14) => Value::Int(x & y),
                    (Value::Int(x), Value::Int(y), 7 | 20) => Value::Int(x | y),
                    (Value::Int(x), Value::Int(y), 12 | 25) => Value::Int(x ^ y),
                    (Value::Int(x), Value::Int(y), 6 | 19) if *y > 0 && *x >= 0 => Value::Int(x % y),
                    (Value::Int(x), Value::Int(y), 2 | 15) if *y > 0 && *x >= 0 => Value::Int(x / y),
                    (Value::Obj(o), Value::Int(i), 26) if matches!(o.payload, Payload::List(_) | Payload::Str(_)) => {
                        let item = match &o.payload {
                            Payload::List(l) => {
                                let l = l.borrow();
                                let n = l.len() as i64;
                                let j = if *i < 0 { *i + n } else { *i };
                                if j >= 0 && j < n { Some(l[j as usize].clone()) } else { None }
                            }
                            _ => super::quick::str_item(&lhs, *i),
                        };
                        match item {
                            Some(v) => v,
                            None => tri!(self.binary_op(arg, &lhs, &rhs)),
                        }
                    }
                    (Value::Obj(_), _, 26) if let Some(v) = super::quick::dict_item(&lhs, &rhs) => v,
                    _ => {
                        // A Python class's operator method runs as a frame of this loop.
                        let (lhs, rhs) = if matches!(lhs.payload(), Some(Payload::Instance(_))) && (arg < 13 || arg == 26) {
                            let (name, on_return) = match arg {
                                26 => ("__getitem__", OnReturn::Push),
                                _ => (super::ops::BINOP_DUNDERS[arg as usize].0, OnReturn::Binary(arg)),
                            };
                            enter_frame_or!(self.enter_operator_frame(lhs, rhs, name, on_return))
                        } else {
                            (lhs, rhs)
                        };
                        tri!(self.binary_op(arg, &lhs, &rhs))
                    }
                };
                self.push(r);
            }};
        }

        // COMPARE_OP on two popped operands: the int, float and str fast paths, a Python
        // class's comparison method as a frame, or the general protocol; the result (made a
        // bool when the argument asks) is pushed.
        macro_rules! compare_op {
            ($lhs:expr, $rhs:expr, $arg:expr) => {{
                let (lhs, rhs, arg): (Value, Value, u32) = ($lhs, $rhs, $arg);
                let cmp = arg >> 5;
                let r = match (&lhs, &rhs) {
                    (Value::Int(x), Value::Int(y)) => Value::bool(super::quick::compare_with(cmp, x, y)),
                    (Value::Float(x), Value::Float(y)) => Value::bool(super::quick::compare_with(cmp, x, y)),
                    (Value::Obj(_), Value::Obj(_)) if let Some(b) = super::quick::compare_strs(cmp, &lhs, &rhs) => Value::bool(b),
                    _ => {
                        // A Python class's comparison method runs as a frame of this loop.
                        let (lhs, rhs) = if matches!(lhs.payload(), Some(Payload::Instance(_))) && cmp < 6 {
                            enter_frame_or!(self.enter_operator_frame(lhs, rhs, super::ops::CMP_DUNDERS[cmp as usize].0, OnReturn::Compare(arg)))
                        } else {
                            (lhs, rhs)
                        };
                        tri!(self.compare(cmp, &lhs, &rhs))
                    }
                };
                let r = if arg & 16 != 0 && !matches!(r, Value::Bool(_)) { Value::bool(tri!(self.truthy(&r))) } else { r };
                self.push(r);
            }};
        }

        // FOR_ITER with jump argument `$a`: a generator resumed as a frame of this loop, an
        // iterator over stored items stepped in place, or `next()`; the item is pushed, or the
        // loop left.
        macro_rules! for_iter {
            ($a:expr) => {{
                let a: usize = $a;
                // A suspended generator resumes here in the loop, its frame pushed above
                // the caller's (no Rust recursion): YIELD_VALUE comes back with the item,
                // RETURN_VALUE ends the loop (`OnReturn::GenFor`).
                if matches!(self.top().payload(), Some(Payload::Generator(_))) {
                    let generator = self.top().clone();
                    save!();
                    if self.gen_enter_plain(&generator, false, OnReturn::GenFor(pc + 2 * a + 2)) {
                        reload!();
                        continue;
                    }
                }
                let next = match self.top().payload() {
                    // FOR_ITER_RANGE / FOR_ITER_LIST / FOR_ITER_TUPLE, and the other
                    // iterators over stored items, stepped in place.
                    Some(Payload::Iter(st)) => {
                        let step = st.borrow_mut().step_stored();
                        match step {
                            crate::objects::iter::Step::Item(r) => r,
                            _ => {
                                let it = self.top().clone();
                                tri!(self.next(&it))
                            }
                        }
                    }
                    _ => {
                        let it = self.top().clone();
                        tri!(self.next(&it))
                    }
                };
                match next {
                    Some(v) => self.push(v),
                    None => pc += 2 * a + 2,
                }
            }};
        }

        loop {
            start = pc;
            // SAFETY: `ibase` points at `code.exec` (held alive by `code`, reset with it by
            // `reload!`), which has an entry for every even offset the loop can reach (see
            // `interp::decode`: the stream ends in FELL_OFF, and no jump leaves it).
            // `pc` is even, so entry `pc / 2` starts `pc * 4` bytes in (8-byte entries).
            let ins = unsafe { *ibase.byte_add(pc * 4) };
            let (opcode, arg) = (ins.op, ins.arg);
            pc += usize::from(ins.len);
            let a = arg as usize;
            match u16::from(opcode) {
                op::NOP | op::NOT_TAKEN | op::RESUME | op::CACHE | op::EXTENDED_ARG => {}
                FELL_OFF_OP => fail!(self.error("SystemError", "fell off the end of the code")),
                BAD_JUMP_OP => fail!(self.error("SystemError", "jump target out of range")),
                NOT_RUN_OP => {
                    let name = u16::try_from(arg).ok().and_then(krait_bytecode::opcode::name).unwrap_or("?");
                    fail!(self.error("SystemError", format!("krait does not run the opcode {name} yet")));
                }
                op::LOAD_CONST => {
                    let v = code.consts.get(a).cloned().unwrap_or(Value::None);
                    self.push(v);
                }
                op::LOAD_SMALL_INT => self.push(Value::Int(i64::from(arg))),
                op::LOAD_FAST | op::LOAD_FAST_BORROW | op::LOAD_FAST_CHECK => {
                    local!(v = a);
                    self.push(v);
                }
                op::LOAD_FAST_AND_CLEAR => {
                    let v = std::mem::take(&mut self.stack[base + a]);
                    self.push(v);
                }
                op::LOAD_FAST_LOAD_FAST | op::LOAD_FAST_BORROW_LOAD_FAST_BORROW => {
                    let (x, y) = (a >> 4, a & 15);
                    local!(v1 = x);
                    local!(v2 = y);
                    self.push(v1);
                    self.push(v2);
                }
                op::STORE_FAST => {
                    let v = self.pop();
                    self.set_slot(base + a, v);
                }
                BINARY_LOCALS_OP => {
                    // LOAD_FAST_LOAD_FAST then BINARY_OP (`a + b`), as `decode` fused them:
                    // int and float arithmetic reads the two locals in place.
                    let (x, y, oparg) = (a >> 4 & 15, a & 15, arg >> 8);
                    if let (Some(l), Some(r)) = (self.stack.get(base + x), self.stack.get(base + y))
                        && let Some(v) = super::quick::arith(oparg, l, r)
                    {
                        self.push(v);
                        continue;
                    }
                    // Anything else runs as the two instructions, each at its own offset.
                    local!(v1 = x);
                    local!(v2 = y);
                    start += 2;
                    binary_op!(v1, v2, oparg);
                }
                BINARY_STORE_OP => {
                    // BINARY_OP then STORE_FAST (`x = a * b`), as `decode` fused them: int
                    // and float arithmetic stores its result straight into the local.
                    let (oparg, local) = (arg & 31, a >> 5);
                    let n = self.stack.len();
                    if n >= 2
                        && let Some(v) = super::quick::arith(oparg, &self.stack[n - 2], &self.stack[n - 1])
                    {
                        // Two ints or floats: nothing to release.
                        self.stack.truncate(n - 2);
                        self.set_slot(base + local, v);
                        continue;
                    }
                    // `s += t` (13, NB_INPLACE_ADD; or `s = s + t`, 0, NB_ADD) on a str only
                    // this local holds: appended in place.
                    if (oparg == 0 || oparg == 13) && n >= 2 && super::quick::append_str_in_place(&mut self.stack, base + local) {
                        continue;
                    }
                    // Anything else runs BINARY_OP alone; the store runs from its own entry.
                    pc = start + super::decode::BINARY_LEN;
                    let rhs = self.pop();
                    let lhs = self.pop();
                    binary_op!(lhs, rhs, oparg);
                }
                op::STORE_FAST_LOAD_FAST => {
                    let v = self.pop();
                    self.set_slot(base + (a >> 4), v);
                    let w = self.stack[base + (a & 15)].clone();
                    if w.is_null() {
                        fail!(self.unbound_local(code, a & 15));
                    }
                    self.push(w);
                }
                op::STORE_FAST_STORE_FAST => {
                    let v1 = self.pop();
                    let v2 = self.pop();
                    self.set_slot(base + (a >> 4), v1);
                    self.set_slot(base + (a & 15), v2);
                }
                op::DELETE_FAST => {
                    if self.stack[base + a].is_null() {
                        fail!(self.unbound_local(code, a));
                    }
                    self.stack[base + a] = Value::Null;
                    finalize_now!();
                }
                op::MAKE_CELL => {
                    let v = std::mem::take(&mut self.stack[base + a]);
                    self.stack[base + a] = Value::new_obj(Payload::Cell(RefCell::new(v)));
                }
                op::COPY_FREE_VARS => {
                    let closure = match self.frames[fi!()].func.as_ref().and_then(|f| f.payload()) {
                        Some(Payload::Function(f)) => f.closure.borrow().clone(),
                        _ => None,
                    };
                    if let Some(Payload::Tuple(cells)) = closure.as_ref().and_then(|c| c.payload()) {
                        let n = code.localsplusnames.len();
                        for (i, c) in cells.iter().enumerate().take(a) {
                            self.stack[base + n - a + i] = c.clone();
                        }
                    }
                }
                op::LOAD_DEREF => {
                    let v = match self.stack[base + a].payload() {
                        Some(Payload::Cell(c)) => c.borrow().clone(),
                        _ => Value::Null,
                    };
                    if v.is_null() {
                        fail!(self.unbound_deref(code, a));
                    }
                    self.push(v);
                }
                op::STORE_DEREF => {
                    let v = self.pop();
                    if let Some(Payload::Cell(c)) = self.stack[base + a].payload() {
                        *c.borrow_mut() = v;
                    }
                }
                op::DELETE_DEREF => {
                    let old = match self.stack[base + a].payload() {
                        Some(Payload::Cell(c)) => std::mem::take(&mut *c.borrow_mut()),
                        _ => Value::Null,
                    };
                    if old.is_null() {
                        fail!(self.unbound_deref(code, a));
                    }
                    drop(old);
                }
                op::LOAD_LOCALS => {
                    let l = self.frames[fi!()].locals.clone().unwrap_or(Value::None);
                    self.push(l);
                }
                op::LOAD_FROM_DICT_OR_DEREF => {
                    let mapping = self.pop();
                    let name = code.localsplusnames.get(a).cloned().unwrap_or_default();
                    let v = match tri!(self.mapping_lookup(&mapping, &Value::str(&name))) {
                        Some(v) => v,
                        None => match self.stack[base + a].payload() {
                            Some(Payload::Cell(c)) => c.borrow().clone(),
                            _ => Value::Null,
                        },
                    };
                    if v.is_null() {
                        fail!(self.unbound_deref(code, a));
                    }
                    self.push(v);
                }
                op::LOAD_NAME => {
                    let (key, name) = name_of(code, a);
                    let v = match self.frames[fi!()].locals.clone() {
                        Some(l) => tri!(self.mapping_lookup(&l, &key)),
                        None => None,
                    };
                    let v = match v {
                        Some(v) => v,
                        None => {
                            let g = self.frames[fi!()].globals.clone();
                            tri!(self.load_global(&g, &key, name))
                        }
                    };
                    self.push(v);
                }
                op::LOAD_FROM_DICT_OR_GLOBALS => {
                    let mapping = self.pop();
                    let (key, name) = name_of(code, a);
                    let v = match tri!(self.mapping_lookup(&mapping, &key)) {
                        Some(v) => v,
                        None => {
                            let g = self.frames[fi!()].globals.clone();
                            tri!(self.load_global(&g, &key, name))
                        }
                    };
                    self.push(v);
                }
                op::STORE_NAME => {
                    let v = self.pop();
                    let (key, _) = name_of(code, a);
                    let target = self.frames[fi!()].locals.clone().unwrap_or_else(|| self.frames[fi!()].globals.clone());
                    if let Some(Payload::Dict(d)) = target.payload() {
                        let _ = d.borrow_mut().set(key, v);
                    } else {
                        tri!(self.setitem(&target, &key, v));
                    }
                }
                op::DELETE_NAME => {
                    let (key, name) = name_of(code, a);
                    let target = self.frames[fi!()].locals.clone().unwrap_or_else(|| self.frames[fi!()].globals.clone());
                    let removed = match target.payload() {
                        Some(Payload::Dict(d)) => d.borrow_mut().remove(&key).ok().flatten().is_some(),
                        _ => match self.delitem(&target, &key) {
                            Ok(()) => true,
                            Err(e) if self.is_instance_of(&e.0, "KeyError") => false,
                            Err(e) => fail!(e),
                        },
                    };
                    if !removed {
                        fail!(self.name_error(name));
                    }
                    finalize_now!();
                }
                op::LOAD_GLOBAL => {
                    let i = a >> 1;
                    let v = match self.load_global_cached(code, fi!(), i) {
                        Some(v) => v,
                        None => {
                            let globals = self.frames[fi!()].globals.clone();
                            let key = code.names.get(i).cloned().unwrap_or(Value::None);
                            match crate::builtins::missing_global(self, &globals, &key) {
                                Some(r) => tri!(r),
                                None => fail!(self.name_error(key.as_str().unwrap_or(""))),
                            }
                        }
                    };
                    self.push(v);
                    if a & 1 != 0 {
                        self.push(Value::Null);
                    }
                }
                op::STORE_GLOBAL => {
                    let v = self.pop();
                    let (key, _) = name_of(code, a);
                    if let Some(Payload::Dict(d)) = self.frames[fi!()].globals.payload() {
                        let _ = d.borrow_mut().set(key, v);
                    }
                }
                op::DELETE_GLOBAL => {
                    let (key, name) = name_of(code, a);
                    let removed = match self.frames[fi!()].globals.payload() {
                        Some(Payload::Dict(d)) => d.borrow_mut().remove(&key).ok().flatten(),
                        _ => None,
                    };
                    if removed.is_none() {
                        fail!(self.name_error(name));
                    }
                    drop(removed);
                    finalize_now!();
                }
                op::LOAD_COMMON_CONSTANT => {
                    let v = match a {
                        0 => Value::Obj(self.types.exception("AssertionError")),
                        1 => Value::Obj(self.types.exception("NotImplementedError")),
                        2 => Value::Obj(self.types.tuple.clone()),
                        3 => Self::dict_lookup(&self.builtins, &Value::str("all")).unwrap_or(Value::None),
                        _ => Self::dict_lookup(&self.builtins, &Value::str("any")).unwrap_or(Value::None),
                    };
                    self.push(v);
                }
                op::SETUP_ANNOTATIONS => {
                    // `from __future__ import annotations` at module or class level.
                    let target = self.frames[fi!()].locals.clone().unwrap_or_else(|| self.frames[fi!()].globals.clone());
                    let key = Value::str("__annotations__");
                    if tri!(self.mapping_lookup(&target, &key)).is_none() {
                        let d = self.new_dict();
                        tri!(self.setitem(&target, &key, d));
                    }
                }
                op::LOAD_BUILD_CLASS => {
                    let v = Self::dict_lookup(&self.builtins, &Value::str("__build_class__")).unwrap_or(Value::None);
                    self.push(v);
                }
                op::POP_TOP | op::POP_ITER | op::END_FOR => {
                    self.pop();
                    finalize_now!();
                }
                op::GET_YIELD_FROM_ITER => {
                    let v = self.pop();
                    let it = if matches!(v.payload(), Some(Payload::Generator(_))) { v } else { tri!(self.get_iter(&v)) };
                    self.push(it);
                }
                op::SEND => {
                    let v = self.pop();
                    let recv = self.top().clone();
                    let outcome = tri!(self.send_to(&recv, v));
                    match outcome {
                        super::generators::GenOutcome::Yielded(x) => self.push(x),
                        super::generators::GenOutcome::Returned(x) => {
                            self.push(x);
                            pc += 2 * a;
                        }
                    }
                }
                op::GET_AWAITABLE => {
                    let v = self.pop();
                    save!();
                    let it = tri!(self.get_awaitable(&v, a));
                    self.push(it);
                }
                op::GET_AITER => {
                    let v = self.pop();
                    save!();
                    let it = tri!(self.get_aiter(&v));
                    self.push(it);
                }
                op::GET_ANEXT => {
                    let aiter = self.top().clone();
                    save!();
                    let aw = tri!(self.get_anext(&aiter));
                    self.push(aw);
                }
                op::END_ASYNC_FOR => {
                    let exc = self.pop();
                    self.pop();
                    if !self.is_instance_of(&exc, "StopAsyncIteration") {
                        let f = frame_mut!();
                        f.lasti = start;
                        f.pc = pc;
                        return Err((PyErr(exc), false));
                    }
                }
                op::CLEANUP_THROW => {
                    let exc = self.pop();
                    self.pop();
                    self.pop();
                    if self.is_instance_of(&exc, "StopIteration") {
                        let value = match exc.payload() {
                            Some(Payload::Instance(i)) => i.attrs().borrow().get_str("value").unwrap_or(Value::None),
                            _ => Value::None,
                        };
                        self.push(Value::None);
                        self.push(value);
                    } else {
                        fail!(PyErr(exc));
                    }
                }
                op::END_SEND => {
                    let v = self.pop();
                    self.pop();
                    self.push(v);
                }
                op::PUSH_NULL => self.push(Value::Null),
                op::COPY => {
                    let v = self.stack[self.stack.len() - a].clone();
                    self.push(v);
                }
                op::SWAP => {
                    let n = self.stack.len();
                    self.stack.swap(n - 1, n - a);
                }
                op::UNARY_NEGATIVE => {
                    let v = self.pop();
                    let r = match v {
                        Value::Int(i) if i != i64::MIN => Value::Int(-i),
                        Value::Float(f) => Value::float(-f),
                        ref other => tri!(self.unary_op(super::ops::Unary::Neg, other)),
                    };
                    self.push(r);
                }
                op::UNARY_INVERT => {
                    let v = self.pop();
                    if let Value::Bool(_) = v {
                        save!(); // `~bool` warns, at this line
                    }
                    let r = tri!(self.unary_op(super::ops::Unary::Invert, &v));
                    self.push(r);
                }
                op::UNARY_NOT => {
                    // The compiler puts TO_BOOL first: the operand is nearly always a bool.
                    let v = self.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        ref other => tri!(self.truthy(other)),
                    };
                    self.push(Value::bool(!b));
                }
                op::TO_BOOL => {
                    let v = self.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        Value::None => false,
                        Value::Int(i) => i != 0,
                        ref other => tri!(self.truthy(other)),
                    };
                    self.push(Value::bool(b));
                }
                op::BINARY_OP => {
                    let rhs = self.pop();
                    let lhs = self.pop();
                    binary_op!(lhs, rhs, arg);
                }
                BINARY_SMALL_OP => {
                    // LOAD_SMALL_INT then BINARY_OP (`i + 1`, `n % 2`, `t[0]`), as `decode`
                    // fused them: the common cases replace the left operand in place.
                    let (k, oparg) = (i64::from(arg & 0xff), arg >> 8);
                    if let Some(top) = self.stack.last_mut()
                        && let Some(r) = super::quick::with_small(oparg, top, k)
                    {
                        let old = std::mem::replace(top, r);
                        drop(old);
                        continue;
                    }
                    // The operation's own instruction (for tracebacks and `f_lasti`).
                    start += 2;
                    let lhs = self.pop();
                    binary_op!(lhs, Value::Int(k), oparg);
                }
                LOCAL_SMALL_OP => {
                    // LOAD_FAST*, LOAD_SMALL_INT, BINARY_OP (`n - 1`, `i % 2`), as `decode`
                    // fused them: the common cases read the local in place.
                    let (local, k, oparg) = (a & super::decode::FUSED_LOCAL_MASK, i64::from(arg >> 12 & 0xff), arg >> 20);
                    if let Some(x) = self.stack.get(base + local)
                        && let Some(r) = super::quick::with_small(oparg, x, k)
                    {
                        self.push(r);
                        continue;
                    }
                    // Anything else runs as the instructions, each at its own offset.
                    local!(x = local);
                    start += 4;
                    binary_op!(x, Value::Int(k), oparg);
                }
                OP_LOCAL_OP => {
                    // LOAD_FAST* then BINARY_OP (`... * x`), as `decode` fused them: int and
                    // float arithmetic reads the right operand in place.
                    let (local, oparg) = (a & super::decode::FUSED_LOCAL_MASK, arg >> super::decode::FUSED_LOCAL_BITS);
                    if let (Some(lhs), Some(rhs)) = (self.stack.last(), self.stack.get(base + local))
                        && let Some(r) = super::quick::arith(oparg, lhs, rhs)
                    {
                        // The left operand is an int or a float: nothing to release.
                        let n = self.stack.len();
                        self.stack[n - 1] = r;
                        continue;
                    }
                    local!(rhs = local);
                    start += 2;
                    let lhs = self.pop();
                    binary_op!(lhs, rhs, oparg);
                }
                op::COMPARE_OP => {
                    let rhs = self.pop();
                    let lhs = self.pop();
                    compare_op!(lhs, rhs, arg);
                }
                SMALL_COMPARE_JUMP_OP => {
                    // LOAD_SMALL_INT, COMPARE_OP, POP_JUMP_IF_* (`if n < 2:`), as `decode`
                    // fused them: an int or float is compared with the constant in place.
                    let (k, cmp_arg, jump_if, jarg) = (arg & 0xff, arg >> 8 & 0xff, a >> 16 & 1 != 0, a >> 17);
                    let cmp = cmp_arg >> 5;
                    let r = match self.stack.last() {
                        Some(Value::Int(x)) => Some(super::quick::compare_with(cmp, x, &i64::from(k))),
                        Some(Value::Float(x)) => Some(super::quick::compare_with(cmp, x, &f64::from(k))),
                        _ => None,
                    };
                    if let Some(b) = r {
                        // An int or a float: nothing to release.
                        let n = self.stack.len();
                        self.stack.truncate(n - 1);
                        if b == jump_if {
                            pc += 2 * jarg;
                        }
                        continue;
                    }
                    // Anything else compares as COMPARE_OP alone, at its own offset; the jump
                    // runs from its own entry next.
                    start += 2;
                    pc = start + super::decode::COMPARE_LEN;
                    let lhs = self.pop();
                    compare_op!(lhs, Value::Int(i64::from(k)), cmp_arg);
                }
                COMPARE_JUMP_OP => {
                    // COMPARE_OP then POP_JUMP_IF_FALSE/TRUE, as `decode` fused them: ints,
                    // floats and strs are compared and the jump taken without the bool.
                    let (cmp_arg, jump_if, jarg) = (arg & 0xff, a >> 8 & 1 != 0, a >> 9);
                    let cmp = cmp_arg >> 5;
                    let n = self.stack.len();
                    if n >= 2 {
                        let (lhs, rhs) = (&self.stack[n - 2], &self.stack[n - 1]);
                        let r = match (lhs, rhs) {
                            (Value::Int(x), Value::Int(y)) => Some(super::quick::compare_with(cmp, x, y)),
                            (Value::Float(x), Value::Float(y)) => Some(super::quick::compare_with(cmp, x, y)),
                            (Value::Obj(_), Value::Obj(_)) => super::quick::compare_strs(cmp, lhs, rhs),
                            _ => None,
                        };
                        if let Some(b) = r {
                            drop(self.pop());
                            drop(self.pop());
                            if b == jump_if {
                                pc += 2 * jarg;
                            }
                            continue;
                        }
                    }
                    // Anything else compares as COMPARE_OP alone; the jump runs from its own
                    // entry next.
                    pc = start + super::decode::COMPARE_LEN;
                    let rhs = self.pop();
                    let lhs = self.pop();
                    compare_op!(lhs, rhs, cmp_arg);
                }
                op::IS_OP => {
                    let rhs = self.pop();
                    let lhs = self.pop();
                    self.push(Value::bool(lhs.is(&rhs) != (arg == 1)));
                }
                op::CONTAINS_OP => {
                    let rhs = self.pop();
                    let lhs = self.pop();
                    let r = match super::quick::dict_contains(&rhs, &lhs) {
                        Some(r) => r,
                        None => tri!(self.contains(&rhs, &lhs)),
                    };
                    self.push(Value::bool(r != (arg == 1)));
                }
                op::BINARY_SLICE => {
                    let stop = self.pop();
                    let startv = self.pop();
                    let container = self.pop();
                    let r = match super::quick::slice(&container, &startv, &stop) {
                        Some(r) => r,
                        None => {
                            let s = Value::new_obj(Payload::Slice(startv, stop, Value::None));
                            tri!(self.getitem(&container, &s))
                        }
                    };
                    self.push(r);
                }
                op::STORE_SLICE => {
                    let stop = self.pop();
                    let startv = self.pop();
                    let container = self.pop();
                    let v = self.pop();
                    let plain = |b: &Value| matches!(b, Value::None | Value::Int(_));
                    let (Some(Payload::List(l)), true) = (container.payload(), plain(&startv) && plain(&stop)) else {
                        // Other containers, and bounds that are not ints (`__index__`), get
                        // `container[start:stop] = v` as __setitem__ with a slice.
                        let key = Value::new_obj(Payload::Slice(startv, stop, Value::None));
                        tri!(self.setitem(&container, &key, v));
                        continue;
                    };
                    let items = tri!(self.seq_items(&v));
                    let n = l.borrow().len() as i64;
                    let bound = |v: &Value, default: i64| -> i64 {
                        match v {
                            Value::Int(i) => (if *i < 0 { *i + n } else { *i }).clamp(0, n),
                            _ => default,
                        }
                    };
                    let lo = bound(&startv, 0) as usize;
                    let hi = (bound(&stop, n) as usize).max(lo);
                    super::quick::replace_range(&mut l.borrow_mut(), lo, hi, items);
                }
                op::BUILD_INTERPOLATION => {
                    let format = if arg & 1 != 0 { Some(self.pop()) } else { None };
                    let expression = self.pop();
                    let value = self.pop();
                    let r = tri!(crate::modules::templatelib::build_interpolation(self, value, expression, arg >> 2, format));
                    self.push(r);
                }
                op::BUILD_TEMPLATE => {
                    let interpolations = self.pop();
                    let strings = self.pop();
                    let r = tri!(crate::modules::templatelib::build_template(self, &strings, &interpolations));
                    self.push(r);
                }
                op::BUILD_SLICE => {
                    let z = if a == 3 { self.pop() } else { Value::None };
                    let y = self.pop();
                    let x = self.pop();
                    self.push(Value::new_obj(Payload::Slice(x, y, z)));
                }
                op::STORE_SUBSCR => {
                    let key = self.pop();
                    let container = self.pop();
                    let v = self.pop();
                    if let (Some(Payload::List(l)), Value::Int(i)) = (container.payload(), &key) {
                        let mut l = l.borrow_mut();
                        let n = l.len() as i64;
                        let j = if *i < 0 { *i + n } else { *i };
                        if j >= 0 && j < n {
                            l[j as usize] = v;
                            continue;
                        }
                    }
                    tri!(self.setitem(&container, &key, v));
                }
                op::DELETE_SUBSCR => {
                    let key = self.pop();
                    let container = self.pop();
                    tri!(self.delitem(&container, &key));
                    drop((container, key));
                    finalize_now!();
                }
                op::BUILD_LIST => {
                    let items = self.pop_n(a);
                    self.push(new_list(items));
                }
                op::BUILD_TUPLE => {
                    let at = self.stack.len().saturating_sub(a);
                    let items: crate::objects::tuple::TupleItems = self.stack.drain(at..).collect();
                    self.push(new_tuple(items));
                }
                op::BUILD_MAP => {
                    let items = self.pop_n(2 * a);
                    let d = RefCell::new(Dict::new());
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        tri!(self.dict_set(&d, k, v));
                    }
                    self.push(Value::new_obj(Payload::Dict(d)));
                }
                op::BUILD_SET => {
                    let items = self.pop_n(a);
                    let d = RefCell::new(Dict::new());
                    for k in items {
                        tri!(crate::builtins::methods::set_insert(self, &d, k));
                    }
                    self.push(Value::new_obj(Payload::Set(d)));
                }
                op::SET_ADD | op::SET_UPDATE => {
                    let v = self.pop();
                    let items = match v.payload() {
                        // A frozenset constant: its elements in the compiler's order.
                        Some(Payload::FrozenSet(d)) if u16::from(opcode) == op::SET_UPDATE => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
                        _ if u16::from(opcode) == op::SET_ADD => vec![v],
                        _ => tri!(self.seq_items(&v)),
                    };
                    let n = self.stack.len();
                    let set = self.stack[n - a].clone();
                    if let Some(Payload::Set(d)) = set.payload() {
                        for k in items {
                            tri!(crate::builtins::methods::set_insert(self, d, k));
                        }
                    }
                }
                op::LIST_APPEND => {
                    let v = self.pop();
                    let n = self.stack.len();
                    if let Some(Payload::List(l)) = self.stack[n - a].payload() {
                        l.borrow_mut().push(v);
                    }
                }
                op::LIST_EXTEND => {
                    let v = self.pop();
                    let items = tri!(self.seq_items(&v));
                    let n = self.stack.len();
                    if let Some(Payload::List(l)) = self.stack[n - a].payload() {
                        l.borrow_mut().extend(items);
                    }
                }
                op::MAP_ADD => {
                    let v = self.pop();
                    let k = self.pop();
                    let n = self.stack.len();
                    let d = self.stack[n - a].clone();
                    tri!(self.setitem(&d, &k, v));
                }
                op::DICT_UPDATE | op::DICT_MERGE => {
                    let src = self.pop();
                    let n = self.stack.len();
                    let d = self.stack[n - a].clone();
                    let callable = (u16::from(opcode) == op::DICT_MERGE).then(|| self.stack[n - a - 3].clone());
                    tri!(self.dict_merge(&d, &src, callable.as_ref()));
                }
                op::UNPACK_SEQUENCE => {
                    let v = self.pop();
                    // A tuple or list of the right length: its items go straight to the stack.
                    let pushed = match v.payload() {
                        Some(Payload::Tuple(t)) if t.len() == a => {
                            self.stack.extend(t.iter().rev().cloned());
                            true
                        }
                        Some(Payload::List(l)) if l.borrow().len() == a => {
                            self.stack.extend(l.borrow().iter().rev().cloned());
                            true
                        }
                        _ => false,
                    };
                    if pushed {
                        continue;
                    }
                    let items = match v.payload() {
                        Some(Payload::Tuple(t)) => t.to_vec(),
                        Some(Payload::List(l)) => l.borrow().clone(),
                        _ => match tri!(self.try_get_iter(&v)) {
                            Some(it) => {
                                // At most one item more than wanted: the iterator may be endless.
                                let mut items = Vec::with_capacity(a);
                                while items.len() <= a {
                                    match tri!(self.next(&it)) {
                                        Some(x) => items.push(x),
                                        None => break,
                                    }
                                }
                                if items.len() > a {
                                    fail!(self.error("ValueError", format!("too many values to unpack (expected {a})")));
                                }
                                items
                            }
                            None => fail!(self.type_error(format!("cannot unpack non-iterable {} object", self.type_name(&v)))),
                        },
                    };
                    if items.len() != a {
                        if items.len() > a {
                            fail!(self.error("ValueError", format!("too many values to unpack (expected {a}, got {})", items.len())));
                        }
                        fail!(self.error(
                            "ValueError",
                            format!("not enough values to unpack (expected {a}, got {})", items.len())
                        ));
                    }
                    self.stack.extend(items.into_iter().rev());
                }
                op::UNPACK_EX => {
                    let v = self.pop();
                    let items = tri!(self.seq_items(&v));
                    let (before, after) = (a & 0xff, a >> 8);
                    if items.len() < before + after {
                        fail!(self.error(
                            "ValueError",
                            format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())
                        ));
                    }
                    let mid_end = items.len() - after;
                    let mut out: Vec<Value> = items[..before].to_vec();
                    out.push(new_list(items[before..mid_end].to_vec()));
                    out.extend(items[mid_end..].iter().cloned());
                    self.stack.extend(out.into_iter().rev());
                }
                op::GET_LEN => {
                    let obj = self.top().clone();
                    let n = tri!(crate::builtins::length(self, &obj));
                    self.push(Value::Int(n as i64));
                }
                op::MATCH_MAPPING => {
                    let r = matches!(self.top().payload(), Some(Payload::Dict(_)));
                    self.push(Value::bool(r));
                }
                op::MATCH_SEQUENCE => {
                    let r = matches!(self.top().payload(), Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. } | Payload::BigRange(_)));
                    self.push(Value::bool(r));
                }
                op::MATCH_KEYS => {
                    let n = self.stack.len();
                    let (subject, keys) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                    let keys = tri!(self.seq_items(&keys));
                    let mut values = Vec::with_capacity(keys.len());
                    let mut ok = true;
                    if let Some(Payload::Dict(d)) = subject.payload() {
                        for k in &keys {
                            let r = d.borrow().get(k);
                            match r {
                                Ok(Some(v)) => values.push(v),
                                Ok(None) => {
                                    ok = false;
                                    break;
                                }
                                Err(u) => fail!(self.type_error(format!("unhashable type: '{}'", u.0))),
                            }
                        }
                    } else {
                        ok = false;
                    }
                    self.push(if ok { new_tuple(values) } else { Value::None });
                }
                op::MATCH_CLASS => {
                    let names = self.pop();
                    let class = self.pop();
                    let subject = self.pop();
                    let r = tri!(self.match_class(&subject, &class, a, &names));
                    self.push(r);
                }
                op::GET_ITER => {
                    let v = self.pop();
                    let it = tri!(self.get_iter(&v));
                    self.push(it);
                }
                op::FOR_ITER => for_iter!(a),
                FOR_STORE_OP => {
                    // FOR_ITER then STORE_FAST (`for x in ...:`), as `decode` fused them: an
                    // iterator over stored items stores its item straight into the local.
                    let (a, local) = (a >> 8, a & 0xff);
                    if let Some(Payload::Iter(st)) = self.top().payload() {
                        let step = st.borrow_mut().step_stored();
                        match step {
                            crate::objects::iter::Step::Item(Some(v)) => {
                                self.set_slot(base + local, v);
                                continue;
                            }
                            crate::objects::iter::Step::Item(None) => {
                                pc = start + super::decode::FOR_LEN + 2 * a + 2;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    // Anything else runs FOR_ITER alone; the store runs from its own entry.
                    pc = start + super::decode::FOR_LEN;
                    for_iter!(a)
                }
                FOR_UNPACK2_OP => {
                    // FOR_ITER, UNPACK_SEQUENCE 2, STORE_FAST_STORE_FAST (`for i, x in ...:`),
                    // as `decode` fused them: a pair's items go straight into the locals.
                    let (a, locals) = (a >> 8, a & 0xff);
                    if let Some(Payload::Iter(st)) = self.top().payload() {
                        let step = st.borrow_mut().step_pair();
                        match step {
                            crate::objects::iter::PairStep::Pair(x, y) => {
                                self.set_slot(base + (locals >> 4), x);
                                self.set_slot(base + (locals & 15), y);
                                continue;
                            }
                            crate::objects::iter::PairStep::Item(v) => {
                                // Not a pair: the unpack and the store run from their entries.
                                self.push(v);
                                pc = start + super::decode::FOR_LEN;
                                continue;
                            }
                            crate::objects::iter::PairStep::Done => {
                                pc = start + super::decode::FOR_LEN + 2 * a + 2;
                                continue;
                            }
                            crate::objects::iter::PairStep::Other => {}
                        }
                    }
                    pc = start + super::decode::FOR_LEN;
                    for_iter!(a)
                }
                op::JUMP_FORWARD => pc += 2 * a,
                op::JUMP_BACKWARD => {
                    pc -= 2 * a;
                    if crate::signals::interrupt_pending() {
                        fail!(self.keyboard_interrupt());
                    }
                }
                op::JUMP_BACKWARD_NO_INTERRUPT => pc -= 2 * a,
                op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE => {
                    let v = self.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        ref other => tri!(self.truthy(other)),
                    };
                    if b == (u16::from(opcode) == op::POP_JUMP_IF_TRUE) {
                        pc += 2 * a;
                    }
                }
                op::POP_JUMP_IF_NONE | op::POP_JUMP_IF_NOT_NONE => {
                    let v = self.pop();
                    if matches!(v, Value::None) == (u16::from(opcode) == op::POP_JUMP_IF_NONE) {
                        pc += 2 * a;
                    }
                }
                op::MAKE_FUNCTION => {
                    let c = self.pop();
                    let Some(Payload::Code(ci)) = c.payload() else {
                        fail!(self.type_error("MAKE_FUNCTION expects a code object"));
                    };
                    let f = FunctionObj {
                        code: ci.clone(),
                        globals: self.frames[fi!()].globals.clone(),
                        name: RefCell::new(None),
                        qualname: RefCell::new(None),
                        defaults: RefCell::new(None),
                        dict: RefCell::new(None),
                        kwdefaults: RefCell::new(None),
                        closure: RefCell::new(None),
                        annotate: RefCell::new(None),
                        annotations: RefCell::new(None),
                    };
                    self.push(Value::new_obj(Payload::Function(Box::new(f))));
                }
                op::SET_FUNCTION_ATTRIBUTE => {
                    let func = self.pop();
                    let attr = self.pop();
                    if let Some(Payload::Function(f)) = func.payload() {
                        match a {
                            1 => *f.defaults.borrow_mut() = Some(attr),
                            2 => *f.kwdefaults.borrow_mut() = Some(attr),
                            4 => *f.annotations.borrow_mut() = Some(attr),
                            8 => *f.closure.borrow_mut() = Some(attr),
                            16 => *f.annotate.borrow_mut() = Some(attr),
                            _ => {}
                        }
                    }
                    self.push(func);
                }
                op::LOAD_ATTR => {
                    let owner = self.pop();
                    if a & 1 == 0
                        && let Some(v) = Vm::instance_attr_hit(code, a >> 1, &owner)
                    {
                        self.push(v);
                        continue;
                    }
                    if Vm::load_attr_cached(&self.types, &mut self.stack, code, a >> 1, &owner, a & 1 != 0) {
                        continue;
                    }
                    load_attr_general!(owner, a);
                }
                LOAD_FAST_ATTR_OP => {
                    // LOAD_FAST* then LOAD_ATTR (`self.x`), as `decode` fused them: the local
                    // is read in place, without a reference of its own on the stack.
                    let (local, attr) = (a & super::decode::FUSED_LOCAL_MASK, a >> super::decode::FUSED_LOCAL_BITS);
                    // Room for what the cache pushes, so that the pushes cannot move the
                    // locals the owner is read from.
                    self.stack.reserve(2);
                    let Some(slot) = self.stack.get(base + local) else { fail!(self.unbound_local(code, local)) };
                    if slot.is_null() {
                        fail!(self.unbound_local(code, local));
                    }
                    if attr & 1 == 0 {
                        if let Some(v) = Vm::instance_attr_hit(code, attr >> 1, slot) {
                            self.push(v);
                            continue;
                        }
                    } else if let Some(m) = Vm::instance_method_hit(code, attr >> 1, slot) {
                        let this = slot.clone();
                        self.push(m);
                        self.push(this);
                        continue;
                    }
                    let owner: *const Value = slot;
                    // SAFETY: `owner` points into the locals below the stack top; the cache
                    // pushes at most two values, for which there is room, and touches
                    // nothing else of the stack, so the slot stays where it is and live.
                    if Vm::load_attr_cached(&self.types, &mut self.stack, code, attr >> 1, unsafe { &*owner }, attr & 1 != 0) {
                        continue;
                    }
                    // The attribute's own instruction (for tracebacks and `f_lasti`).
                    start += 2;
                    let owner = self.stack[base + local].clone();
                    load_attr_general!(owner, attr);
                }
                op::LOAD_SUPER_ATTR => {
                    let receiver = self.pop();
                    let class = self.pop();
                    self.pop();
                    let (_, name) = name_of(code, a >> 2);
                    let (v, this) = tri!(self.super_attr(&class, &receiver, name, a & 1 != 0));
                    self.push(v);
                    if a & 1 != 0 {
                        self.push(this);
                    }
                }
                op::LOAD_SPECIAL => {
                    let owner = self.pop();
                    let name = ["__enter__", "__exit__", "__aenter__", "__aexit__"].get(a).copied().unwrap_or("__enter__");
                    let class = self.types.type_of(&owner);
                    match crate::objects::types::lookup(&class, name) {
                        Some(m) if matches!(m.payload(), Some(Payload::Function(_))) => {
                            self.push(m);
                            self.push(owner);
                        }
                        Some(_) => {
                            let m = tri!(self.getattr(&owner, name));
                            self.push(m);
                            self.push(Value::Null);
                        }
                        None => fail!(self.no_context_manager(&owner, a)),
                    }
                }
                op::WITH_EXCEPT_START => {
                    let n = self.stack.len();
                    let val = self.stack[n - 1].clone();
                    let exit_self = self.stack[n - 4].clone();
                    let exit_func = self.stack[n - 5].clone();
                    let mut args = Vec::with_capacity(4);
                    if !exit_self.is_null() {
                        args.push(exit_self);
                    }
                    args.push(Value::Obj(self.types.type_of(&val)));
                    let tb = self.traceback_of(&val);
                    args.push(val);
                    args.push(tb);
                    save!();
                    let r = tri!(self.call(exit_func, args, vec![]));
                    self.push(r);
                }
                op::STORE_ATTR => {
                    let owner = self.pop();
                    let v = self.pop();
                    let Err(v) = self.store_attr_cached(code, a, &owner, v) else { continue };
                    let (key, name) = name_of(code, a);
                    let hash = code.name_hashes.get(a).copied().unwrap_or(0);
                    if self.instance_store_fast(&owner, &key, name, hash, &v) {
                        self.fill_attr_cache(code, a, &owner);
                    } else {
                        save!();
                        tri!(self.setattr(&owner, name, v));
                    }
                }
                op::DELETE_ATTR => {
                    let owner = self.pop();
                    let (_, name) = name_of(code, a);
                    tri!(self.delattr(&owner, name));
                    drop(owner);
                    finalize_now!();
                }
                op::CALL | op::CALL_KW => {
                    if crate::signals::take_break() {
                        if crate::objects::types::finalizers_pending() || crate::heap::gc::due() {
                            save!();
                            self.safe_point();
                        }
                        if crate::signals::interrupt_pending() {
                            fail!(self.keyboard_interrupt());
                        }
                    }
                    let kwnames = if u16::from(opcode) == op::CALL_KW { Some(self.pop()) } else { None };
                    let n = self.stack.len();
                    let callable_idx = n - a - 2;
                    let has_self = !self.stack[callable_idx + 1].is_null();
                    // Fast path: a Python function (or a plain class's __init__) called with
                    // its positional parameters: the arguments already sit where its locals go.
                    if kwnames.is_none() {
                        save!();
                        if let Some(Payload::Function(f)) = self.stack[callable_idx].payload() {
                            // A function taking exactly these positional arguments, the
                            // commonest call: its frame starts here (CPython's
                            // CALL_PY_EXACT_ARGS). Others go through `enter_call_frame`.
                            let base = callable_idx + 2 - usize::from(has_self);
                            if super::call::fits(f, a + usize::from(has_self)) == Some(0) && self.depth() < self.recursion_limit {
                                let (callee, globals) = (f.code.clone(), f.globals.clone());
                                // The frame takes the stack's reference to the function, as
                                // CPython's frame steals it; the slot stays below the frame.
                                let func = std::mem::replace(&mut self.stack[callable_idx], Value::Null);
                                let nlocals = callee.localsplusnames.len();
                                self.unbound_locals_to(base + nlocals);
                                self.push_call_frame(callee, base, callable_idx, globals, func, OnReturn::Push);
                                reload!();
                                continue;
                            }
                            if tri!(self.enter_call_frame(callable_idx, a)) {
                                reload!();
                                continue;
                            }
                        } else {
                            if (a == 1 || a == 2) && matches!(self.stack[callable_idx + 2].payload(), Some(Payload::Generator(_))) && self.enter_generator_call(callable_idx) {
                                reload!();
                                continue;
                            }
                            if let Some(r) = self.call_native_from_stack(callable_idx, has_self) {
                                let v = tri!(r);
                                self.push(v);
                                continue;
                            }
                            // A bound method or a callable instance of a Python function.
                            if tri!(self.enter_call_frame(callable_idx, a)) {
                                reload!();
                                continue;
                            }
                        }
                    } else if let Some(k) = &kwnames {
                        save!();
                        if tri!(self.enter_call_frame_kw(callable_idx, a, k)) {
                            reload!();
                            continue;
                        }
                    }
                    save!();
                    // The frame paths may have unpacked a bound method into the self slot.
                    if tri!(self.enter_frame_bound(callable_idx, a, kwnames.as_ref())) {
                        reload!();
                        continue;
                    }
                    let has_self = !self.stack[callable_idx + 1].is_null();
                    match tri!(self.call_from_stack(callable_idx, has_self, kwnames)) {
                        Prepared::Done(v) => self.push(v),
                        Prepared::Frame => reload!(),
                    }
                }
                op::CALL_FUNCTION_EX => {
                    save!();
                    if tri!(self.enter_frame_ex(self.stack.len().saturating_sub(4))) {
                        reload!();
                        continue;
                    }
                    let kw = self.pop();
                    let callargs = self.pop();
                    self.pop();
                    let callable = self.pop();
                    let (args, kwargs) = tri!(self.ex_call_args(&callable, &callargs, &kw));
                    save!();
                    match tri!(self.prepare_call(callable, args, kwargs, false)) {
                        Prepared::Done(v) => self.push(v),
                        Prepared::Frame => reload!(),
                    }
                }
                op::CALL_INTRINSIC_1 => {
                    let v = self.pop();
                    let r = match a {
                        1 => {
                            // INTRINSIC_PRINT ('single' mode expression statements).
                            save!();
                            let Some(hook) = crate::import::module_get(&self.import.sys, "displayhook") else {
                                fail!(self.error("RuntimeError", "lost sys.displayhook"))
                            };
                            tri!(self.call(hook, vec![v], vec![]))
                        }
                        5 => tri!(self.unary_op(super::ops::Unary::Pos, &v)),
                        6 => new_tuple(tri!(self.seq_items(&v))),
                        2 => {
                            let Some(locals) = self.frames[fi!()].locals.clone() else {
                                fail!(self.error("SystemError", "no locals found during 'import *'"))
                            };
                            save!();
                            tri!(self.import_star(&v, &locals));
                            Value::None
                        }
                        3 => self.stop_iteration_error(code.flags, v),
                        4 => self.async_gen_wrap(v),
                        7..=11 => tri!(crate::modules::typing::intrinsic1(self, a, v)),
                        _ => fail!(self.error("SystemError", format!("intrinsic {a} is not supported yet"))),
                    };
                    self.push(r);
                }
                op::RETURN_VALUE => {
                    let mut result = self.pop();
                    // The common return, a Python call's frame back to this loop's CALL, ends
                    // the record where it lies (moving it out whole cost a copy and a call).
                    if let [.., _, f] = &self.frames[..]
                        && matches!(f.on_return, OnReturn::Push)
                        && !f.entry
                        && f.generator.is_none()
                    {
                        let ret_sp = f.ret_sp;
                        // Locals are released last to first, as CPython's _PyFrame_ClearLocals.
                        self.release_to(ret_sp);
                        self.pop_plain_frame();
                        reload!();
                        self.push(result);
                        // The callee's locals went: their finalizers run at the caller's line
                        // (saved by its CALL).
                        if crate::objects::types::finalizers_pending() {
                            self.run_pending_finalizers();
                        }
                        continue;
                    }
                    let Some(mut frame) = self.frames.pop() else {
                        return Ok(result);
                    };
                    // Locals are released last to first, as CPython's _PyFrame_ClearLocals.
                    self.release_to(frame.ret_sp);
                    // Plain returns to this loop's CALL ended above: what is left returns to a
                    // generator's caller, an operator, `__init__`, a Rust caller, or nowhere.
                    if !matches!(frame.on_return, OnReturn::Push) || frame.entry || frame.generator.is_some() {
                        if let Some(Payload::Generator(g)) = frame.generator.as_ref().and_then(Value::payload) {
                            g.borrow_mut().running = false;
                        }
                        if let OnReturn::GenFor(target) = frame.on_return
                            && !frame.entry
                        {
                            // A generator resumed by FOR_ITER finished: the loop ends (the
                            // return value, StopIteration's, is dropped as `for` drops it).
                            drop(result);
                            drop(frame);
                            if let Some(caller) = self.frames.last_mut() {
                                caller.pc = target;
                            }
                            reload!();
                            if crate::objects::types::finalizers_pending() {
                                self.run_pending_finalizers();
                            }
                            continue;
                        }
                        if matches!(frame.on_return, OnReturn::GenNext) && !frame.entry {
                            // A generator resumed by `next()` in the caller finished: the call
                            // raises StopIteration with the return value.
                            drop(frame);
                            let caller = &self.frames[fi!()];
                            (pc, start) = (caller.pc, caller.lasti);
                            fail!(self.stop_iteration(result));
                        }
                        if matches!(frame.on_return, OnReturn::GenNextOr(_)) && !frame.entry {
                            // `next(generator, default)` in the caller: the generator finished,
                            // the call gives the default.
                            let OnReturn::GenNextOr(default) = std::mem::replace(&mut frame.on_return, OnReturn::Push) else { unreachable!() };
                            drop(result);
                            drop(frame);
                            reload!();
                            self.push(default);
                            if crate::objects::types::finalizers_pending() {
                                self.run_pending_finalizers();
                            }
                            continue;
                        }
                        if let OnReturn::Consume(_) = frame.on_return
                            && !frame.entry
                        {
                            // A generator drained by a built-in in the caller finished: the
                            // consumer's result is the CALL's.
                            let OnReturn::Consume(c) = std::mem::replace(&mut frame.on_return, OnReturn::Push) else { unreachable!() };
                            drop(result);
                            drop(frame);
                            reload!();
                            start = self.frames[fi!()].lasti;
                            let r = tri!(c.finish(self));
                            self.push(r);
                            if crate::objects::types::finalizers_pending() {
                                self.run_pending_finalizers();
                            }
                            continue;
                        }
                        if let OnReturn::Binary(oparg) | OnReturn::Compare(oparg) = frame.on_return {
                            // An operator's method ran as a frame (`enter_operator_frame`): its
                            // operands sit at the top of the caller's stack.
                            let compare = matches!(frame.on_return, OnReturn::Compare(_));
                            drop(frame);
                            reload!();
                            start = self.frames[fi!()].lasti;
                            let rhs = self.pop();
                            let lhs = self.pop();
                            if matches!(result.payload(), Some(Payload::NotImplemented)) {
                                result = if compare {
                                    tri!(self.compare_after_left(oparg >> 5, &lhs, &rhs))
                                } else {
                                    // Operands of one type do not try the reflected method.
                                    let same = std::rc::Rc::ptr_eq(&self.types.type_of(&lhs), &self.types.type_of(&rhs));
                                    tri!(self.binary_op_rest(oparg, &lhs, &rhs, same))
                                };
                            }
                            drop((lhs, rhs));
                            if compare && oparg & 16 != 0 && !matches!(result, Value::Bool(_)) {
                                result = Value::bool(tri!(self.truthy(&result)));
                            }
                            self.push(result);
                            if crate::objects::types::finalizers_pending() {
                                self.run_pending_finalizers();
                            }
                            continue;
                        }
                        if let OnReturn::Init(inst) = std::mem::replace(&mut frame.on_return, OnReturn::Push) {
                            if !matches!(result, Value::None) {
                                let msg = format!("__init__() should return None, not '{}'", self.type_name(&result));
                                if frame.entry {
                                    return Err((self.type_error(msg), false));
                                }
                                pc = self.frames[fi!()].pc;
                                start = self.frames[fi!()].lasti;
                                fail!(self.type_error(msg));
                            }
                            result = inst;
                        }
                        if frame.entry {
                            return Ok(result);
                        }
                    }
                    drop(frame);
                    reload!();
                    self.push(result);
                    // The callee's locals went: their finalizers run at the caller's line
                    // (saved by its CALL).
                    if crate::objects::types::finalizers_pending() {
                        self.run_pending_finalizers();
                    }
                }
                op::RETURN_GENERATOR => {
                    let Some(mut frame) = self.frames.pop() else {
                        return Ok(Value::None);
                    };
                    // Room for the locals and the deepest value stack, so that no yield
                    // grows the save vector.
                    let from = frame.base.min(self.stack.len());
                    let mut saved = Vec::with_capacity(self.stack.len() - from + frame.code.stacksize.min(1 << 16));
                    super::move_slots(&mut self.stack, from, &mut saved);
                    self.stack.truncate(frame.ret_sp);
                    frame.pc = pc;
                    frame.lasti = start;
                    frame.base = 0;
                    let entry = frame.entry;
                    let generator = self.new_generator(frame, saved);
                    if entry {
                        return Ok(generator);
                    }
                    reload!();
                    self.push(generator);
                }
                op::YIELD_VALUE => {
                    let mut v = self.pop();
                    // A generator a built-in drains in this loop (`interp::consume`): the item
                    // goes to the consumer and the generator goes on as if sent None, unless
                    // the consumer stops or the item needs the generator suspended.
                    let mut drained = None;
                    if let Some(frame) = self.frames.last_mut()
                        && let OnReturn::Consume(_) = frame.on_return
                    {
                        let OnReturn::Consume(mut c) = std::mem::replace(&mut frame.on_return, OnReturn::Push) else { unreachable!() };
                        match c.feed(self, v) {
                            super::consume::Fed::More => {
                                let i = fi!();
                                self.frames[i].on_return = OnReturn::Consume(c);
                                self.push(Value::None);
                                continue;
                            }
                            fed => drained = Some((c, fed)),
                        }
                        v = Value::None;
                    }
                    let Some(frame) = self.frames.last_mut() else {
                        return Ok(v);
                    };
                    let from = frame.base.min(self.stack.len());
                    frame.pc = pc;
                    frame.lasti = start;
                    frame.base = 0;
                    let inline = matches!(frame.on_return, OnReturn::GenFor(_) | OnReturn::GenNext | OnReturn::GenNextOr(_));
                    frame.on_return = OnReturn::Push;
                    let entry = frame.entry;
                    // The suspended frame does not keep its generator alive (no cycle). Its
                    // slots move into the generator's (emptied, reused) save vector.
                    let generator = frame.generator.take();
                    match generator.as_ref().and_then(|g| g.payload()) {
                        Some(Payload::Generator(g)) => {
                            let mut g = g.borrow_mut();
                            g.saved.clear();
                            super::move_slots(&mut self.stack, from, &mut g.saved);
                            // The record moves from the top of `frames` into the generator
                            // with one copy: the slot is dropped from `frames` first, so the
                            // record keeps one owner. The generator's `frame` is None while
                            // it runs, so nothing is overwritten.
                            let len = self.frames.len();
                            // SAFETY: slot `len - 1` holds the record; after `set_len` it is
                            // read exactly once, into the generator.
                            unsafe {
                                self.frames.set_len(len - 1);
                                std::ptr::write(&raw mut g.frame, Some(std::ptr::read(self.frames.as_ptr().add(len - 1))));
                            }
                            g.running = false;
                        }
                        _ => {
                            drop(self.frames.pop());
                            self.stack.truncate(from);
                        }
                    }
                    if let Some((c, fed)) = drained {
                        // The consumer is done with the suspended generator, or finishes with
                        // it suspended; the result (or the error) is the caller's CALL's.
                        reload!();
                        start = self.frames[fi!()].lasti;
                        let r = match fed {
                            super::consume::Fed::Done(r) => r,
                            super::consume::Fed::Suspend(item) => {
                                let generator = generator.unwrap_or(Value::None);
                                tri!(c.finish_suspended(self, item, &generator))
                            }
                            super::consume::Fed::Raise(e) => fail!(e),
                            super::consume::Fed::More => unreachable!(),
                        };
                        self.push(r);
                        continue;
                    }
                    if inline && !entry {
                        // Resumed by the caller's FOR_ITER or next(): the value is the next item.
                        reload!();
                        self.push(v);
                        continue;
                    }
                    self.yielded = true;
                    return Ok(v);
                }
                op::FORMAT_SIMPLE => {
                    let v = self.pop();
                    if v.as_str().is_some() {
                        self.push(v);
                    } else {
                        let s = tri!(self.format_value(&v, ""));
                        self.push(s);
                    }
                }
                op::FORMAT_WITH_SPEC => {
                    let spec = self.pop();
                    let v = self.pop();
                    let s = tri!(self.format_value(&v, spec.as_str().unwrap_or("")));
                    self.push(s);
                }
                op::CONVERT_VALUE => {
                    let v = self.pop();
                    let s = match a {
                        2 => Value::str(tri!(self.repr(&v))),
                        3 => Value::str(crate::builtins::ascii_of(&tri!(self.repr(&v)))),
                        _ => tri!(self.to_str_value(&v)),
                    };
                    self.push(s);
                }
                op::BUILD_STRING => {
                    let parts = self.pop_n(a);
                    self.push(crate::objects::str::build_string(&parts));
                }
                op::RAISE_VARARGS => {
                    let exc = match a {
                        0 => {
                            let h = self.handled.clone();
                            if matches!(h, Value::None | Value::Null) {
                                fail!(self.error("RuntimeError", "No active exception to reraise"));
                            }
                            frame_mut!().lasti = start;
                            return Err((PyErr(h), true));
                        }
                        1 => {
                            let v = self.pop();
                            save!();
                            tri!(self.make_raisable(v))
                        }
                        _ => {
                            let cause = self.pop();
                            let v = self.pop();
                            save!();
                            let exc = tri!(self.make_raisable(v));
                            let cause = if matches!(cause, Value::None) {
                                cause
                            } else {
                                match self.make_raisable(cause) {
                                    Ok(c) => c,
                                    Err(_) => fail!(self.type_error("exception causes must derive from BaseException")),
                                }
                            };
                            if let Some(Payload::Instance(i)) = exc.payload() {
                                *i.exc().cause.borrow_mut() = cause;
                                i.exc().suppress_context.set(true);
                            }
                            exc
                        }
                    };
                    fail!(PyErr(exc));
                }
                op::RERAISE => {
                    let exc = self.pop();
                    let f = frame_mut!();
                    f.lasti = start;
                    f.pc = pc;
                    return Err((PyErr(exc), false));
                }
                op::PUSH_EXC_INFO => {
                    let exc = self.pop();
                    let prev = std::mem::replace(&mut self.handled, exc.clone());
                    self.push(if prev.is_null() { Value::None } else { prev });
                    self.push(exc);
                }
                op::POP_EXCEPT => {
                    let v = self.pop();
                    self.handled = v;
                }
                op::CHECK_EG_MATCH => {
                    let match_type = self.pop();
                    let exc = self.pop();
                    save!();
                    let (rest, matched) = tri!(self.check_eg_match(&exc, &match_type));
                    if !matches!(matched, Value::None) {
                        self.handled = matched.clone();
                    }
                    self.push(rest);
                    self.push(matched);
                }
                op::CALL_INTRINSIC_2 => {
                    let v2 = self.pop();
                    let v1 = self.pop();
                    let r = match a {
                        1 => {
                            save!();
                            tri!(self.prep_reraise_star(&v1, &v2))
                        }
                        _ => tri!(crate::modules::typing::intrinsic2(self, a, v1, v2)),
                    };
                    self.push(r);
                }
                op::CHECK_EXC_MATCH => {
                    let right = self.pop();
                    let left = self.top().clone();
                    let r = tri!(self.exception_matches(&left, &right));
                    self.push(Value::bool(r));
                }
                op::IMPORT_NAME => {
                    let fromlist = self.pop();
                    let level = self.pop();
                    let (name, _) = name_of(code, a);
                    let globals = self.frames[fi!()].globals.clone();
                    save!();
                    let m = tri!(self.import_name(&name, &globals, fromlist, level));
                    self.push(m);
                }
                op::IMPORT_FROM => {
                    let (_, name) = name_of(code, a);
                    let m = self.top().clone();
                    save!();
                    let v = tri!(self.import_from(&m, name));
                    self.push(v);
                }
                other => {
                    let name = krait_bytecode::opcode::name(other).unwrap_or("?");
                    fail!(self.error("SystemError", format!("krait does not run the opcode {name} yet")));
                }
            }
        }
    }

    /// The error for an empty cell at localsplus `i`: a cell of this frame's own variable is
    /// an unbound local (UnboundLocalError), a free variable's a NameError.
    fn unbound_deref(&self, code: &CodeInfo, i: usize) -> PyErr {
        if code.localspluskinds.get(i).is_some_and(|k| k & krait_bytecode::code::kind::FREE == 0) {
            return self.unbound_local(code, i);
        }
        let name = code.localsplusnames.get(i).cloned().unwrap_or_default();
        self.error("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    }

    fn unbound_local(&self, code: &CodeInfo, i: usize) -> PyErr {
        let name = code.localsplusnames.get(i).cloned().unwrap_or_default();
        self.error("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value"))
    }

    /// `except right` against the raised exception `left`.
    pub fn exception_matches(&mut self, left: &Value, right: &Value) -> Result<bool, PyErr> {
        let class = self.types.type_of(left);
        let base_exc = self.types.exception("BaseException");
        let check = |vm: &Vm, c: &Value| -> Result<bool, PyErr> {
            match c.as_obj() {
                Some(o) if matches!(o.payload, Payload::Type(_)) && crate::objects::types::is_subclass(o, &base_exc) => {
                    Ok(crate::objects::types::is_subclass(&class, o))
                }
                _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
            }
        };
        match right.payload() {
            Some(Payload::Tuple(items)) => {
                for c in items.iter() {
                    if check(self, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => check(self, right),
        }
    }

    /// `case cls(p0, p1, k=p2)`: the tuple of attributes to match, or None.
    fn match_class(&mut self, subject: &Value, class: &Value, npos: usize, names: &Value) -> PyResult {
        let Some(c) = class.as_obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        let sub_class = self.types.type_of(subject);
        if !crate::objects::types::is_subclass(&sub_class, c) {
            return Ok(Value::None);
        }
        let mut attrs = Vec::new();
        let class_name = self.repr(class)?.trim_start_matches("<class '").trim_end_matches("'>").rsplit('.').next().unwrap_or("").to_string();
        if npos > 0 {
            let kind = crate::objects::types::base_kind(c);
            let self_matching = !matches!(kind, crate::objects::types::Kind::Instance | crate::objects::types::Kind::Object | crate::objects::types::Kind::Native);
            if self_matching {
                if npos > 1 {
                    return Err(self.type_error(format!("{class_name}() accepts 1 positional sub-pattern ({npos} given)")));
                }
                attrs.push(subject.clone());
            } else {
                let match_args = match crate::objects::types::lookup(c, "__match_args__") {
                    Some(m) => self.seq_items(&m)?,
                    None => Vec::new(),
                };
                if npos > match_args.len() {
                    return Err(self.type_error(format!(
                        "{class_name}() accepts {} positional sub-pattern{} ({npos} given)",
                        match_args.len(),
                        if match_args.len() == 1 { "" } else { "s" }
                    )));
                }
                for name in match_args.iter().take(npos) {
                    let Some(n) = name.as_str().map(str::to_string) else {
                        return Err(self.type_error("__match_args__ elements must be strings"));
                    };
                    match self.getattr(subject, &n) {
                        Ok(v) => attrs.push(v),
                        Err(_) => return Ok(Value::None),
                    }
                }
            }
        }
        for name in self.seq_items(names)? {
            let n = name.as_str().unwrap_or("").to_string();
            match self.getattr(subject, &n) {
                Ok(v) => attrs.push(v),
                Err(_) => return Ok(Value::None),
            }
        }
        Ok(new_tuple(attrs))
    }
}
