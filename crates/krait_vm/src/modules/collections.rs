//! `_collections`: `deque` (a native type over a `VecDeque`, with maxlen, rotation,
//! indexing, CPython's repr and comparisons), `defaultdict` (a Python-level subclass of
//! dict whose `__getitem__` falls back to `__missing__`, which calls `default_factory`) and
//! `_count_elements` (what `Counter.update` uses).
//!
//! Methods that call back into Python (comparisons, `count`, `remove`) work on a snapshot of
//! the items, so no borrow of the deque is held while Python code runs.

use super::util::{index_arg, is_callable, no_more_kwargs, take_kwarg};
use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_list;
use crate::interp::exceptions::new_exception;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::{BuiltinFn, BuiltinFunction};
use crate::objects::iter::IterState;
use crate::objects::native;
use crate::objects::types;
use crate::value::{ObjRef, Value};
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;
use std::collections::VecDeque;

/// A deque's state.
pub struct Deque {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
}

impl Deque {
    fn push_back(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| self.items.len() >= m) {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }

    fn push_front(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| self.items.len() >= m) {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }
}

fn me(vm: &Vm, args: &[Value]) -> Result<Value, PyErr> {
    args.first().cloned().ok_or_else(|| vm.type_error("descriptor needs a 'collections.deque' receiver"))
}

fn with<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Deque) -> R) -> Result<R, PyErr> {
    native::with_state::<Deque, R>(v, f).ok_or_else(|| vm.type_error("descriptor requires a 'collections.deque' object"))
}

fn items(vm: &Vm, v: &Value) -> Result<Vec<Value>, PyErr> {
    with(vm, v, |d| d.items.iter().cloned().collect())
}

/// The checks of a method that takes no keywords and `n` arguments, in CPython's order
/// (keywords first) with its messages.
fn no_keywords_args(vm: &Vm, args: &[Value], kwargs: &Kwargs, name: &str, n: usize) -> Result<(), PyErr> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    arg(vm, args, name, n)
}

fn arg(vm: &Vm, args: &[Value], name: &str, n: usize) -> Result<(), PyErr> {
    let given = args.len().saturating_sub(1);
    if given == n {
        return Ok(());
    }
    Err(vm.type_error(match n {
        0 => format!("deque.{name}() takes no arguments ({given} given)"),
        1 => format!("deque.{name}() takes exactly one argument ({given} given)"),
        _ => format!("{name} expected {n} arguments, got {given}"),
    }))
}

fn deque_new(vm: &mut Vm, mut args: Args, _kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("deque.__new__(): not enough arguments"));
    }
    let cls = args.remove(0);
    let Some(class) = cls.as_obj().filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    Ok(native::wrap(&class, Deque { items: VecDeque::new(), maxlen: None }))
}

fn deque_init(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let this = me(vm, &args)?;
    args.remove(0);
    let iterable = take_kwarg(&mut kwargs, "iterable");
    let maxlen = take_kwarg(&mut kwargs, "maxlen");
    no_more_kwargs(vm, "deque", &kwargs)?;
    if let Some(i) = iterable {
        args.insert(0, i);
    }
    if let Some(m) = maxlen {
        if args.is_empty() {
            args.push(Value::None);
        }
        args.push(m);
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("deque expected at most 2 arguments, got {}", args.len())));
    }
    let maxlen = match args.get(1) {
        None | Some(Value::None) => None,
        Some(m) => {
            let m = index_arg(vm, m)?;
            if m.is_negative() {
                return Err(vm.error("ValueError", "maxlen must be non-negative"));
            }
            Some(m.to_usize().unwrap_or(usize::MAX))
        }
    };
    let new_items = match args.first() {
        Some(Value::None) | None => Vec::new(),
        Some(i) => vm.seq_items(i)?,
    };
    with(vm, &this, |d| {
        d.maxlen = maxlen;
        d.items.clear();
        for v in new_items {
            d.push_back(v);
        }
    })?;
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "append", 1)?;
    append_direct(vm, &args[0], &args[1])
}

fn appendleft(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "appendleft", 1)?;
    appendleft_direct(vm, &args[0], &args[1])
}

fn pop(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "pop", 0)?;
    pop_direct(vm, &args[0])
}

fn popleft(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "popleft", 0)?;
    popleft_direct(vm, &args[0])
}

// The direct forms CALL runs for `d.append(x)`, `d.popleft()`... on an exact deque (the
// general forms check the call, then run these).
fn append_direct(vm: &mut Vm, d: &Value, v: &Value) -> PyResult {
    with(vm, d, |d| d.push_back(v.clone()))?;
    Ok(Value::None)
}

fn appendleft_direct(vm: &mut Vm, d: &Value, v: &Value) -> PyResult {
    with(vm, d, |d| d.push_front(v.clone()))?;
    Ok(Value::None)
}

fn pop_direct(vm: &mut Vm, d: &Value) -> PyResult {
    with(vm, d, |d| d.items.pop_back())?.ok_or_else(|| vm.error("IndexError", "pop from an empty deque"))
}

fn popleft_direct(vm: &mut Vm, d: &Value) -> PyResult {
    with(vm, d, |d| d.items.pop_front())?.ok_or_else(|| vm.error("IndexError", "pop from an empty deque"))
}

fn extend(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "extend", 1)?;
    let new_items = vm.seq_items(&args[1])?;
    with(vm, &args[0], |d| new_items.into_iter().for_each(|v| d.push_back(v)))?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "extendleft", 1)?;
    let new_items = vm.seq_items(&args[1])?;
    with(vm, &args[0], |d| new_items.into_iter().for_each(|v| d.push_front(v)))?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "clear", 0)?;
    let old = with(vm, &args[0], |d| std::mem::take(&mut d.items))?;
    drop(old);
    Ok(Value::None)
}

fn new_like(vm: &mut Vm, this: &Value, new_items: Vec<Value>) -> PyResult {
    let maxlen = with(vm, this, |d| d.maxlen)?;
    let class = vm.types.type_of(this);
    let mut st = Deque { items: VecDeque::new(), maxlen };
    for v in new_items {
        st.push_back(v);
    }
    Ok(native::wrap(&class, st))
}

fn copy(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "copy", 0)?;
    let its = items(vm, &args[0])?;
    new_like(vm, &args[0], its)
}

fn count(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "count", 1)?;
    let mut n = 0;
    for v in items(vm, &args[0])? {
        if v.is(&args[1]) || vm.eq(&v, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn clamp_index(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> Result<usize, PyErr> {
    let Some(v) = v else { return Ok(default) };
    let i = index_arg(vm, v)?.to_i64().unwrap_or(i64::MAX);
    let n = len as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    Ok(i as usize)
}

fn index(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() < 2 || args.len() > 4 {
        return Err(vm.type_error(format!("index expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let its = items(vm, &args[0])?;
    let start = clamp_index(vm, args.get(2), its.len(), 0)?;
    let stop = clamp_index(vm, args.get(3), its.len(), its.len())?;
    for (i, v) in its.iter().enumerate().take(stop).skip(start) {
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.error("ValueError", "deque.index(x): x not in deque"))
}

fn insert(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "insert", 2)?;
    let (len, maxlen) = with(vm, &args[0], |d| (d.items.len(), d.maxlen))?;
    if maxlen == Some(len) {
        return Err(vm.error("IndexError", "deque already at its maximum size"));
    }
    let i = clamp_index(vm, Some(&args[1]), len, 0)?;
    let v = args[2].clone();
    with(vm, &args[0], |d| d.items.insert(i, v))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "remove", 1)?;
    let its = items(vm, &args[0])?;
    for (i, v) in its.iter().enumerate() {
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            with(vm, &args[0], |d| {
                if d.items.get(i).is_some_and(|x| x.is(v)) {
                    d.items.remove(i);
                }
            })?;
            return Ok(Value::None);
        }
    }
    Err(vm.error("ValueError", "deque.remove(x): x not in deque"))
}

fn reverse(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    no_keywords_args(vm, &args, &k, "reverse", 0)?;
    with(vm, &args[0], |d| d.items.make_contiguous().reverse())?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() > 2 {
        return Err(vm.type_error(format!("rotate expected at most 1 argument, got {}", args.len() - 1)));
    }
    let n = match args.get(1) {
        Some(n) => index_arg(vm, n)?,
        None => 1.into(),
    };
    with(vm, &args[0], |d| {
        let len = d.items.len();
        if len > 1 {
            let k = (n % num_bigint::BigInt::from(len)).to_i64().unwrap_or(0);
            let k = if k < 0 { k + len as i64 } else { k } as usize;
            d.items.rotate_right(k % len);
        }
    })?;
    Ok(Value::None)
}

fn maxlen_get(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = with(vm, &me(vm, &args)?, |d| d.maxlen)?;
    Ok(m.map_or(Value::None, |m| Value::Int(m as i64)))
}

fn len(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(with(vm, &me(vm, &args)?, |d| d.items.len())? as i64))
}

fn iter(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let its = items(vm, &me(vm, &args)?)?;
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Values { items: its, pos: 0, kind: crate::objects::iter::K_DEQUE }))))
}

fn reversed(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let mut its = items(vm, &me(vm, &args)?)?;
    its.reverse();
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Values { items: its, pos: 0, kind: crate::objects::iter::K_DEQUE_REVERSED }))))
}

fn position(vm: &mut Vm, this: &Value, key: &Value) -> Result<usize, PyErr> {
    if !crate::objects::int::is_int(key) && !matches!(key.payload(), Some(Payload::Instance(_))) {
        return Err(vm.type_error(format!("sequence index must be integer, not '{}'", vm.type_name(key))));
    }
    let i = index_arg(vm, key)?.to_i64().unwrap_or(i64::MAX);
    let n = with(vm, this, |d| d.items.len())? as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.error("IndexError", "deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    arg(vm, &args, "__getitem__", 1)?;
    let i = position(vm, &args[0], &args[1])?;
    with(vm, &args[0], |d| d.items.get(i).cloned())?.ok_or_else(|| vm.error("IndexError", "deque index out of range"))
}

fn setitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    arg(vm, &args, "__setitem__", 2)?;
    let i = position(vm, &args[0], &args[1])?;
    let v = args[2].clone();
    let old = with(vm, &args[0], |d| d.items.get_mut(i).map(|s| std::mem::replace(s, v)))?;
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    arg(vm, &args, "__delitem__", 1)?;
    let i = position(vm, &args[0], &args[1])?;
    let old = with(vm, &args[0], |d| d.items.remove(i))?;
    drop(old);
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    arg(vm, &args, "__contains__", 1)?;
    for v in items(vm, &args[0])? {
        if v.is(&args[1]) || vm.eq(&v, &args[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = me(vm, &args)?;
    let (its, maxlen) = with(vm, &this, |d| (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen))?;
    let name = vm.type_name(&this);
    let list = vm.repr(&new_list(its))?;
    Ok(Value::str(match maxlen {
        Some(m) => format!("{name}({list}, maxlen={m})"),
        None => format!("{name}({list})"),
    }))
}

fn is_deque(v: &Value) -> bool {
    native::with_state::<Deque, ()>(v, |_| ()).is_some()
}

fn compare<const OP: u32>(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    arg(vm, &args, "comparison", 1)?;
    if !is_deque(&args[1]) {
        return Ok(Value::not_implemented());
    }
    let a = new_list(items(vm, &args[0])?);
    let b = new_list(items(vm, &args[1])?);
    vm.compare(OP, &a, &b)
}

fn add(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    arg(vm, &args, "__add__", 1)?;
    if !is_deque(&args[1]) {
        return Err(vm.type_error(format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(&args[1]))));
    }
    let mut its = items(vm, &args[0])?;
    its.extend(items(vm, &args[1])?);
    new_like(vm, &args[0], its)
}

fn iadd(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    extend(vm, args.clone(), k)?;
    Ok(args[0].clone())
}

fn mul(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    arg(vm, &args, "__mul__", 1)?;
    if !crate::objects::int::is_int(&args[1]) {
        return Ok(Value::not_implemented());
    }
    let n = index_arg(vm, &args[1])?.to_i64().unwrap_or(0).max(0) as usize;
    let its = items(vm, &args[0])?;
    let mut out = Vec::with_capacity(its.len() * n);
    for _ in 0..n {
        out.extend(its.iter().cloned());
    }
    new_like(vm, &args[0], out)
}

fn imul(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    let r = mul(vm, args.clone(), k)?;
    let its = items(vm, &r)?;
    with(vm, &args[0], |d| {
        d.items.clear();
        its.into_iter().for_each(|v| d.push_back(v));
    })?;
    Ok(args[0].clone())
}

// ----- defaultdict

fn dd_factory(vm: &mut Vm, this: &Value) -> Result<Value, PyErr> {
    Ok(vm.getattr_opt(this, "default_factory")?.unwrap_or(Value::None))
}

fn dd_init(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("defaultdict.__init__ needs an argument"));
    }
    let this = args.remove(0);
    let factory = if args.is_empty() { Value::None } else { args.remove(0) };
    if !matches!(factory, Value::None) && !is_callable(&factory) {
        return Err(vm.type_error("first argument must be callable or None"));
    }
    vm.setattr(&this, "default_factory", factory)?;
    let dict = vm.types.dict.clone();
    if let Some(init) = types::lookup(&dict, "__init__") {
        let mut full = vec![this];
        full.extend(args);
        vm.call(init, full, kwargs)?;
    }
    Ok(Value::None)
}

fn dd_missing(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error("__missing__ expected 1 argument"));
    }
    let factory = dd_factory(vm, &args[0])?;
    if matches!(factory, Value::None) {
        return Err(PyErr(new_exception(vm.types.exception("KeyError"), vec![args[1].clone()])));
    }
    let v = vm.call(factory, vec![], vec![])?;
    vm.setitem(&args[0], &args[1], v.clone())?;
    Ok(v)
}

fn dd_getitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error("__getitem__ expected 1 argument"));
    }
    let inner = crate::builtins::slots::unwrap_native(&args[0]);
    if let Some(Payload::Dict(d)) = inner.payload()
        && let Some(v) = vm.dict_get(d, &args[1])?
    {
        return Ok(v);
    }
    match vm.call_dunder(&args[0], "__missing__", vec![args[1].clone()]) {
        Some(r) => r,
        None => Err(PyErr(new_exception(vm.types.exception("KeyError"), vec![args[1].clone()]))),
    }
}

fn dd_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = me(vm, &args)?;
    let factory = dd_factory(vm, &this)?;
    let f = vm.repr(&factory)?;
    let inner = crate::builtins::slots::unwrap_native(&this);
    let d = vm.repr(&inner)?;
    Ok(Value::str(format!("{}({f}, {d})", vm.type_name(&this))))
}

fn dd_copy(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = me(vm, &args)?;
    let factory = dd_factory(vm, &this)?;
    let class = vm.types.type_of(&this);
    let inner = crate::builtins::slots::unwrap_native(&this);
    vm.instantiate(&class, vec![factory, inner], vec![])
}

fn count_elements(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("_count_elements expected 2 arguments, got {}", args.len())));
    }
    let mapping = &args[0];
    let get = vm.getattr(mapping, "get")?;
    let it = vm.get_iter(&args[1])?;
    while let Some(elem) = vm.next(&it)? {
        let old = vm.call(get.clone(), vec![elem.clone(), Value::Int(0)], vec![])?;
        let new = vm.binary_op(0, &old, &Value::Int(1))?;
        vm.setitem(mapping, &elem, new)?;
    }
    Ok(Value::None)
}

fn set_in(ty: &ObjRef, name: &'static str, v: Value) {
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str(name, v);
    }
}

pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types.object.clone();
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("__init__", deque_init),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("rotate", rotate),
        ("__len__", len),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__eq__", compare::<2>),
        ("__ne__", compare::<3>),
        ("__lt__", compare::<0>),
        ("__le__", compare::<1>),
        ("__gt__", compare::<4>),
        ("__ge__", compare::<5>),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
    ];
    let deque = native::new_type("deque", "collections", &object, methods, &[], Some(deque_new));
    {
        use crate::objects::function::Direct;
        native::set_direct(&deque, "append", Direct::One(append_direct));
        native::set_direct(&deque, "appendleft", Direct::One(appendleft_direct));
        native::set_direct(&deque, "pop", Direct::NoArgs(pop_direct));
        native::set_direct(&deque, "popleft", Direct::NoArgs(popleft_direct));
    }
    set_in(&deque, "__hash__", Value::None);
    set_in(
        &deque,
        "maxlen",
        Value::new_obj(Payload::Property { fget: builtin("maxlen", maxlen_get), fset: Value::None, fdel: Value::None, doc: Value::None }),
    );
    let mut items: Vec<(&'static str, Value)> = vec![("deque", Value::Obj(deque))];
    if let Ok(dd) = crate::interp::types::new_class("defaultdict", vec![vm.types.dict.clone()], None) {
        set_in(&dd, "__module__", Value::str("collections"));
        for (n, f) in [
            ("__init__", dd_init as BuiltinFn),
            ("__missing__", dd_missing),
            ("__getitem__", dd_getitem),
            ("__repr__", dd_repr),
            ("__str__", dd_repr),
            ("copy", dd_copy),
            ("__copy__", dd_copy),
        ] {
            set_in(&dd, n, Value::new_obj(Payload::MethodDescr { func: BuiltinFunction { name: n, func: f, one: None }, owner: dd.clone(), arity: crate::objects::function::Arity::Any, direct: crate::objects::function::Direct::None }));
        }
        items.push(("defaultdict", Value::Obj(dd)));
    }
    items.push(("_count_elements", builtin("_count_elements", count_elements)));
    items.push(("_tuplegetter", super::tuplegetter::class(vm)));
    module("_collections", items)
}
