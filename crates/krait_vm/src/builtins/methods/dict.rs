//! The methods of `dict` (views' set operations live with the set operators in
//! `interp/ops.rs`, which treat a keys or items view as the set of its elements).

use super::{Args, Kwargs, Table, bind_args, key_error};
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;

pub const METHODS: Table = &[
    ("clear", clear),
    ("copy", copy),
    ("get", get),
    ("items", items),
    ("keys", keys),
    ("pop", pop),
    ("popitem", popitem),
    ("setdefault", setdefault),
    ("update", update),
    ("values", values),
    ("__ior__", ior),
];

pub const CLASS_METHODS: Table = &[("fromkeys", fromkeys)];

fn pairs_of(v: &Value) -> Vec<(Value, Value)> {
    match v.payload() {
        Some(Payload::Dict(d)) => d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    }
}

fn storage(v: &Value) -> Option<&std::cell::RefCell<crate::objects::dict::Dict>> {
    match v.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

/// The key and the optional default of `get`, `pop` and `setdefault`, which CPython takes
/// positionally only: `dict.get() takes no keyword arguments`, `get expected at most 2
/// arguments, got 3`.
fn key_and_default<'a>(vm: &Vm, name: &str, args: &'a [Value], kwargs: &Kwargs) -> Result<(&'a Value, Option<&'a Value>), PyErr> {
    match args {
        [_, key] if kwargs.is_empty() => Ok((key, None)),
        [_, key, default] if kwargs.is_empty() => Ok((key, Some(default))),
        _ => Err(super::positional_error(vm, "dict", name, args.len().saturating_sub(1), !kwargs.is_empty(), 2, 1)),
    }
}

fn get(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    get_impl(vm, &args, &kwargs)
}

/// `d.get(key[, default])` called without keywords (the direct form).
pub(super) fn get_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    get_impl(vm, args, crate::objects::function::NO_KWARGS)
}

fn get_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> PyResult {
    let (key, default) = key_and_default(vm, "get", args, kwargs)?;
    let r = match storage(&args[0]) {
        Some(d) => vm.dict_get(d, key)?,
        None => None,
    };
    Ok(r.unwrap_or_else(|| default.cloned().unwrap_or(Value::None)))
}

fn view(args: &[Value], view: u8) -> Value {
    Value::new_obj(Payload::DictView { dict: args.first().cloned().unwrap_or(Value::None), view })
}

pub(super) fn keys_direct(_vm: &mut Vm, d: &Value) -> PyResult {
    Ok(view(std::slice::from_ref(d), 0))
}

pub(super) fn values_direct(_vm: &mut Vm, d: &Value) -> PyResult {
    Ok(view(std::slice::from_ref(d), 1))
}

pub(super) fn items_direct(_vm: &mut Vm, d: &Value) -> PyResult {
    Ok(view(std::slice::from_ref(d), 2))
}

fn keys(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(view(&args, 0))
}

fn values(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(view(&args, 1))
}

fn items(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(view(&args, 2))
}

fn pop(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (key, default) = key_and_default(vm, "pop", &args, &kwargs)?;
    let r = match storage(&args[0]) {
        Some(d) => vm.dict_remove(d, key)?,
        None => None,
    };
    match (r, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(key_error(vm, key.clone())),
    }
}

fn popitem(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    bind_args(vm, "popitem", &args, &kwargs, &[], 0)?;
    let Some(d) = storage(&args[0]) else { return Ok(Value::None) };
    let last = d.borrow().iter().last().map(|(k, v)| (k.clone(), v.clone()));
    match last {
        Some((k, v)) => {
            vm.dict_remove(d, &k)?;
            Ok(new_tuple([k, v]))
        }
        None => Err(key_error(vm, Value::str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    setdefault_impl(vm, &args, &kwargs)
}

/// `d.setdefault(key[, default])` called without keywords (the direct form).
pub(super) fn setdefault_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    setdefault_impl(vm, args, crate::objects::function::NO_KWARGS)
}

fn setdefault_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> PyResult {
    let (key, default) = key_and_default(vm, "setdefault", args, kwargs)?;
    let default = default.cloned().unwrap_or(Value::None);
    let Some(d) = storage(&args[0]) else { return Ok(Value::None) };
    match vm.dict_get(d, key)? {
        Some(v) => Ok(v),
        None => {
            vm.dict_set(d, key.clone(), default.clone())?;
            Ok(default)
        }
    }
}

/// The dict a merge reads `v`'s items from directly, without calling its `keys()`: `v`
/// itself when it is a dict, the dict inside an instance of a dict subclass that keeps
/// dict's `__iter__` (CPython's `PyDict_Check(b) && tp_iter == dict_iter` in dict_merge).
pub fn merge_source(v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::Dict(_)) => Some(v.clone()),
        Some(Payload::Instance(i)) => {
            let n = i.native.borrow().clone();
            if !matches!(n.payload(), Some(Payload::Dict(_))) {
                return None;
            }
            match crate::objects::types::lookup(&i.class(), "__iter__").as_ref().and_then(Value::payload) {
                Some(Payload::MethodDescr { .. }) => Some(n),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Merges the dict `src` (as [`merge_source`] gives it) into the dict `target` when both
/// are distinct exact dicts whose keys no Python code hashes or compares, entry by entry
/// with the stored hashes; with `refuse_repeats` (`f(**a, **b)`) only when no key is in
/// both (the general path raises for that). False, with nothing done, otherwise.
pub fn merge_plain(target: &Value, src: &Value, refuse_repeats: bool) -> bool {
    let (Some(Payload::Dict(t)), Some(Payload::Dict(s))) = (target.payload(), src.payload()) else { return false };
    if target.is(src) {
        return false;
    }
    let s = s.borrow();
    let mut t = t.borrow_mut();
    if s.has_vm_keys() || t.has_vm_keys() || (refuse_repeats && t.shares_key_with(&s)) {
        return false;
    }
    t.update_plain(&s);
    true
}

/// `target.update(src)`: from a dict, an object with `keys()`, or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, target: &Value, src: &Value) -> Result<(), PyErr> {
    let direct = merge_source(src);
    let src = direct.as_ref().unwrap_or(src);
    if merge_plain(target, src, false) {
        return Ok(());
    }
    if let Some(Payload::Dict(_)) = src.payload() {
        for (k, v) in pairs_of(src) {
            vm.setitem(target, &k, v)?;
        }
        return Ok(());
    }
    if let Some(keys) = vm.getattr_opt(src, "keys")? {
        let ks = vm.call(keys, vec![], vec![])?;
        for k in vm.seq_items(&ks)? {
            let v = vm.getitem(src, &k)?;
            vm.setitem(target, &k, v)?;
        }
        return Ok(());
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(_) => return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(src)))),
    };
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        let kv = match vm.seq_items(&item) {
            Ok(kv) => kv,
            Err(_) => return Err(vm.type_error("object is not iterable")),
        };
        if kv.len() != 2 {
            return Err(vm.error(
                "ValueError",
                format!("dictionary update sequence element #{n} has length {}; 2 is required", kv.len()),
            ));
        }
        vm.setitem(target, &kv[0], kv[1].clone())?;
        n += 1;
    }
    Ok(())
}

fn update(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.len() > 2 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", args.len() - 1)));
    }
    if let Some(src) = args.get(1) {
        dict_update_from(vm, &args[0], src)?;
    }
    for (k, v) in kwargs {
        vm.setitem(&args[0], &Value::str(k), v)?;
    }
    Ok(Value::None)
}

fn ior(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    // A slot wrapper in CPython, with its messages.
    if !kwargs.is_empty() {
        return Err(vm.type_error("wrapper __ior__() takes no keyword arguments"));
    }
    let [_, src] = &args[..] else { return Err(vm.type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1)))) };
    let src = src.clone();
    dict_update_from(vm, &args[0], &src)?;
    Ok(args[0].clone())
}

fn copy(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let d = vm.new_dict();
    if let (Some(Payload::Dict(dst)), Some(Payload::Dict(src))) = (d.payload(), args[0].payload()) {
        *dst.borrow_mut() = src.borrow().clone();
    }
    Ok(d)
}

fn clear(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if let Some(d) = storage(&args[0]) {
        *d.borrow_mut() = crate::objects::dict::Dict::new();
    }
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = super::bind_positional(vm, "dict", "fromkeys", &args, &kwargs, 2, 1)?;
    let cls = args[0].clone();
    let value = p[1].clone().unwrap_or(Value::None);
    let d = vm.call(cls, vec![], vec![])?;
    let keys = vm.seq_items(p[0].as_ref().unwrap_or(&Value::None))?;
    for k in keys {
        vm.setitem(&d, &k, value.clone())?;
    }
    Ok(d)
}
