//! The methods of `set` and `frozenset`, and the set operators (`|`, `&`, `-`, `^` and the
//! subset comparisons) shared with dict keys and items views.

use super::{Args, Kwargs, Table, bind_args, key_error};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::dict::Dict;
use crate::value::Value;
use std::cell::RefCell;

pub const METHODS: Table = &[
    ("add", add),
    ("clear", clear),
    ("copy", copy),
    ("difference", difference),
    ("difference_update", difference_update),
    ("discard", discard),
    ("intersection", intersection),
    ("intersection_update", intersection_update),
    ("isdisjoint", isdisjoint),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("pop", pop),
    ("remove", remove),
    ("symmetric_difference", symmetric_difference),
    ("symmetric_difference_update", symmetric_difference_update),
    ("union", union),
    ("update", update),
    ("__ior__", ior),
    ("__iand__", iand),
    ("__isub__", isub),
    ("__ixor__", ixor),
];

pub const FROZEN_METHODS: Table = &[
    ("copy", copy),
    ("difference", difference),
    ("intersection", intersection),
    ("isdisjoint", isdisjoint),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("symmetric_difference", symmetric_difference),
    ("union", union),
];

/// The element storage of a set or frozenset.
pub fn storage(v: &Value) -> Option<&RefCell<Dict>> {
    match v.payload() {
        Some(Payload::Set(d) | Payload::FrozenSet(d)) => Some(d),
        _ => None,
    }
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

/// A new set (or frozenset) holding `d`.
pub fn new_set(d: Dict, frozen: bool) -> Value {
    Value::new_obj(if frozen { Payload::FrozenSet(RefCell::new(d)) } else { Payload::Set(RefCell::new(d)) })
}

/// Adds `k` to a set storage, with CPython's message for an unhashable element.
pub fn set_insert(vm: &mut Vm, d: &RefCell<Dict>, k: Value) -> Result<(), PyErr> {
    vm.dict_set(d, k, Value::None).map_err(|e| vm.as_set_error(e))
}

/// `keys_view.isdisjoint(other)` and the set form.
fn view_isdisjoint(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "isdisjoint", &args, &kwargs, &["other"], 1)?;
    let mine = as_storage(vm, &args[0])?;
    for k in vm.seq_items(p[0].as_ref().unwrap_or(&Value::None))? {
        if has(vm, &mine, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub const VIEW_METHODS: Table = &[("isdisjoint", view_isdisjoint)];

fn keys_of(d: &RefCell<Dict>) -> Vec<Value> {
    d.borrow().iter().map(|(k, _)| k.clone()).collect()
}

/// The elements of any iterable, as a set storage (sets are reused without copying keys
/// through the VM).
fn as_storage(vm: &mut Vm, v: &Value) -> Result<RefCell<Dict>, PyErr> {
    if let Some(d) = storage(v) {
        return Ok(RefCell::new(d.borrow().clone()));
    }
    let out = RefCell::new(Dict::new());
    for k in vm.seq_items(v)? {
        set_insert(vm, &out, k)?;
    }
    Ok(out)
}

fn has(vm: &mut Vm, d: &RefCell<Dict>, k: &Value) -> Result<bool, PyErr> {
    Ok(vm.dict_get(d, k).map_err(|e| vm.as_set_error(e))?.is_some())
}

/// Does set operation `op` keep an element of its left operand, given whether the right
/// one has it? (Its right operand's elements count, for `|` and `^`, when the left lacks
/// them.)
fn keeps_left(op: usize, in_right: bool) -> bool {
    match op {
        1 => in_right,
        10 | 12 => !in_right,
        _ => true,
    }
}

/// The set operation `op` (1 `&`, 7 `|`, 10 `-`, 12 `^`) of two storages.
fn combine(vm: &mut Vm, op: usize, x: &RefCell<Dict>, y: &RefCell<Dict>) -> Result<Dict, PyErr> {
    let out = RefCell::new(Dict::new());
    let xs = keys_of(x);
    for k in &xs {
        if keeps_left(op, has(vm, y, k)?) {
            vm.dict_set(&out, k.clone(), Value::None)?;
        }
    }
    if matches!(op, 7 | 12) {
        for k in keys_of(y) {
            if op == 7 || !has(vm, x, &k)? {
                vm.dict_set(&out, k, Value::None)?;
            }
        }
    }
    Ok(out.into_inner())
}

/// The key a set's `in`, `remove` and `discard` look `x` up by: a set stands for the
/// frozenset of its elements (CPython's `set_contains_key` and friends retry so), anything
/// else for itself.
pub fn probe_key(x: &Value) -> std::borrow::Cow<'_, Value> {
    match x.payload() {
        Some(Payload::Set(d)) => std::borrow::Cow::Owned(Value::new_obj(Payload::FrozenSet(RefCell::new(d.borrow().clone())))),
        _ => std::borrow::Cow::Borrowed(x),
    }
}

/// Is this a set, a frozenset, or a dict keys/items view (the operands of set operators)?
pub fn is_setlike(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { view: 0 | 2, .. }))
}

/// `a op b` for set-like operands (None when they are not both set-like): the result has
/// the type of the left operand (a view gives a set).
pub fn set_binop(vm: &mut Vm, op: usize, a: &Value, b: &Value) -> Result<Option<Value>, PyErr> {
    // A keys or items view takes any iterable on the other side (CPython's dictviews_sub
    // and friends build a set from it).
    let view = |v: &Value| matches!(v.payload(), Some(Payload::DictView { view: 0 | 2, .. }));
    if !matches!(op, 1 | 7 | 10 | 12) || !((is_setlike(a) && is_setlike(b)) || view(a) || view(b)) {
        return Ok(None);
    }
    if let (Some(x), Some(y)) = (storage(a), storage(b))
        && let Some(d) = combine_plain(op, &x.borrow(), &y.borrow())
    {
        return Ok(Some(new_set(d, is_frozen(a))));
    }
    let x = as_storage(vm, a)?;
    let y = as_storage(vm, b)?;
    let d = combine(vm, op, &x, &y)?;
    Ok(Some(new_set(d, is_frozen(a))))
}

/// [`combine`] for two storages whose elements all compare without Python code (no
/// instance of a class, see [`Dict::has_vm_keys`]): read in place with the stored hashes,
/// nothing copied or hashed again. None when either storage needs the VM.
fn combine_plain(op: usize, x: &Dict, y: &Dict) -> Option<Dict> {
    if x.has_vm_keys() || y.has_vm_keys() {
        return None;
    }
    let mut out = Dict::new();
    for (_, h, k) in x.iter_hashed() {
        if keeps_left(op, y.position(k, h).is_some()) {
            out.insert_new(h, k.clone(), Value::None);
        }
    }
    if matches!(op, 7 | 12) {
        for (_, h, k) in y.iter_hashed() {
            if x.position(k, h).is_none() {
                out.insert_new(h, k.clone(), Value::None);
            }
        }
    }
    Some(out)
}

/// `a <op> b` (0 `<` ... 5 `>=`) for two set-like values.
pub fn set_compare(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> Result<Option<bool>, PyErr> {
    if !is_setlike(a) || !is_setlike(b) {
        return Ok(None);
    }
    let x = as_storage(vm, a)?;
    let y = as_storage(vm, b)?;
    let (nx, ny) = (x.borrow().len(), y.borrow().len());
    let sub = |vm: &mut Vm, p: &RefCell<Dict>, q: &RefCell<Dict>| -> Result<bool, PyErr> {
        for k in keys_of(p) {
            if !has(vm, q, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(Some(match op {
        0 => nx < ny && sub(vm, &x, &y)?,
        1 => nx <= ny && sub(vm, &x, &y)?,
        2 => nx == ny && sub(vm, &x, &y)?,
        3 => !(nx == ny && sub(vm, &x, &y)?),
        4 => nx > ny && sub(vm, &y, &x)?,
        _ => nx >= ny && sub(vm, &y, &x)?,
    }))
}

fn others(args: &[Value]) -> &[Value] {
    args.get(1..).unwrap_or(&[])
}

fn multi(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, fname: &str, op: usize) -> PyResult {
    if let Some((k, _)) = kwargs.first() {
        return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
    }
    let frozen = is_frozen(&args[0]);
    let mut acc = as_storage(vm, &args[0])?;
    for o in others(args) {
        let y = as_storage(vm, o)?;
        acc = RefCell::new(combine(vm, op, &acc, &y)?);
    }
    Ok(new_set(acc.into_inner(), frozen))
}

fn union(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    multi(vm, &args, &kwargs, "union", 7)
}

fn intersection(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    multi(vm, &args, &kwargs, "intersection", 1)
}

fn difference(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    multi(vm, &args, &kwargs, "difference", 10)
}

fn symmetric_difference(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "symmetric_difference", &args, &kwargs, &["other"], 1)?;
    let _ = p;
    multi(vm, &args, &kwargs, "symmetric_difference", 12)
}

fn replace_contents(target: &Value, d: Dict) {
    if let Some(s) = storage(target) {
        *s.borrow_mut() = d;
    }
}

fn multi_update(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, fname: &str, op: usize) -> PyResult {
    let r = multi(vm, args, kwargs, fname, op)?;
    if let Some(d) = storage(&r) {
        let d = std::mem::take(&mut *d.borrow_mut());
        replace_contents(&args[0], d);
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if let Some((k, _)) = kwargs.first() {
        return Err(vm.type_error(format!("update() got an unexpected keyword argument '{k}'")));
    }
    let Some(d) = storage(&args[0]) else { return Ok(Value::None) };
    for o in others(&args) {
        for k in vm.seq_items(o)? {
            set_insert(vm, d, k)?;
        }
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    multi_update(vm, &args, &kwargs, "intersection_update", 1)
}

fn difference_update(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    multi_update(vm, &args, &kwargs, "difference_update", 10)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    bind_args(vm, "symmetric_difference_update", &args, &kwargs, &["other"], 1)?;
    multi_update(vm, &args, &kwargs, "symmetric_difference_update", 12)
}

fn inplace(vm: &mut Vm, args: &[Value], op: usize) -> PyResult {
    let Some(other) = args.get(1) else { return Err(vm.type_error("expected 1 argument")) };
    let other = crate::builtins::slots::unwrap_native(other);
    if !is_setlike(&other) {
        return Ok(Value::not_implemented());
    }
    let x = as_storage(vm, &args[0])?;
    let y = as_storage(vm, &other)?;
    let d = combine(vm, op, &x, &y)?;
    replace_contents(&args[0], d);
    Ok(args[0].clone())
}

fn ior(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    inplace(vm, &args, 7)
}

fn iand(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    inplace(vm, &args, 1)
}

fn isub(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    inplace(vm, &args, 10)
}

fn ixor(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    inplace(vm, &args, 12)
}

fn relation(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, fname: &str, op: u32) -> PyResult {
    let p = bind_args(vm, fname, args, kwargs, &["other"], 1)?;
    let other = p[0].clone().unwrap_or(Value::None);
    let y = new_set(as_storage(vm, &other)?.into_inner(), true);
    Ok(Value::Bool(set_compare(vm, op, &args[0], &y)?.unwrap_or(false)))
}

fn issubset(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    relation(vm, &args, &kwargs, "issubset", 1)
}

fn issuperset(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    relation(vm, &args, &kwargs, "issuperset", 5)
}

fn isdisjoint(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "isdisjoint", &args, &kwargs, &["other"], 1)?;
    let other = p[0].clone().unwrap_or(Value::None);
    let Some(d) = storage(&args[0]) else { return Ok(Value::Bool(true)) };
    for k in vm.seq_items(&other)? {
        if has(vm, d, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn add(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    let x = super::single_arg(vm, "set.add", &mut args, &kwargs)?;
    add_direct(vm, &args[0], &x)
}

/// `s.add(x)` (the direct form, `Direct::One`).
pub(super) fn add_direct(vm: &mut Vm, s: &Value, x: &Value) -> PyResult {
    if let Some(d) = storage(s) {
        set_insert(vm, d, x.clone())?;
    }
    Ok(Value::None)
}

/// `s.remove(x)` and `s.discard(x)` (`strict` raises KeyError for a missing element).
fn remove_value(vm: &mut Vm, s: &Value, x: &Value, strict: bool) -> PyResult {
    let removed = match storage(s) {
        Some(d) => vm.dict_remove(d, &probe_key(x)).map_err(|e| vm.as_set_error(e))?,
        None => None,
    };
    if removed.is_none() && strict {
        return Err(key_error(vm, x.clone()));
    }
    Ok(Value::None)
}

pub(super) fn remove_direct(vm: &mut Vm, s: &Value, x: &Value) -> PyResult {
    remove_value(vm, s, x, true)
}

pub(super) fn discard_direct(vm: &mut Vm, s: &Value, x: &Value) -> PyResult {
    remove_value(vm, s, x, false)
}

fn remove_impl(vm: &mut Vm, mut args: Args, kwargs: &Kwargs, fname: &str, strict: bool) -> PyResult {
    let x = super::single_arg(vm, fname, &mut args, kwargs)?;
    remove_value(vm, &args[0], &x, strict)
}

fn remove(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    remove_impl(vm, args, &kwargs, "set.remove", true)
}

fn discard(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    remove_impl(vm, args, &kwargs, "set.discard", false)
}

fn pop(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    bind_args(vm, "pop", &args, &kwargs, &[], 0)?;
    let Some(d) = storage(&args[0]) else { return Ok(Value::None) };
    let first = crate::objects::set::iteration_order(&d.borrow()).into_iter().next();
    match first {
        Some(k) => {
            vm.dict_remove(d, &k).map_err(|e| vm.as_set_error(e))?;
            Ok(k)
        }
        None => Err(key_error(vm, Value::str("pop from an empty set"))),
    }
}

fn clear(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    replace_contents(&args[0], Dict::new());
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if is_frozen(&args[0]) {
        return Ok(args[0].clone());
    }
    let d = storage(&args[0]).map(|d| d.borrow().clone()).unwrap_or_default();
    Ok(new_set(d, false))
}
