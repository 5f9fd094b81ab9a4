//! `_functools`: `reduce` (the loop without a Python frame per item) and `partial` with
//! 3.14's `Placeholder` (merging nested partials, CPython's repr, `__reduce__`/`__setstate__`
//! for copy and pickle, binding as a method), so a partial call costs one Rust call instead
//! of a Python frame, and `cmp_to_key` (its `KeyWrapper` compares by calling the
//! comparison function); `_lru_cache_wrapper` lives in lru_cache.rs.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// A partial: the function, the frozen positional arguments (Placeholders included) and the
/// keywords dict (mutable through `p.keywords`, as CPython's).
struct Partial {
    func: Value,
    args: Vec<Value>,
    keywords: Value,
}

/// `cmp_to_key(cmp)` (no object yet) or `cmp_to_key(cmp)(obj)`.
struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}

#[derive(Clone)]
struct Classes {
    key_wrapper: ObjRef,
    partial: ObjRef,
    placeholder_type: ObjRef,
    placeholder: Value,
}

thread_local! {
    static CLASSES: RefCell<Option<Classes>> = const { RefCell::new(None) };
}

fn classes(vm: &mut Vm) -> Classes {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("__call__", partial_call),
        ("__repr__", partial_repr),
        ("__get__", partial_get),
        ("__reduce__", partial_reduce),
        ("__setstate__", partial_setstate),
    ];
    let partial = native::new_type("partial", "functools", &vm.types.object, methods, &[], Some(partial_new));
    if let Payload::Type(t) = &partial.payload {
        let mut d = t.dict_mut();
        for (name, f) in [("func", p_func as BuiltinFn), ("args", p_args), ("keywords", p_keywords)] {
            d.set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
        d.set_str("__class_getitem__", Value::new_obj(Payload::ClassMethod(builtin("__class_getitem__", class_getitem))));
    }
    let ph_methods: &[(&'static str, BuiltinFn)] = &[("__repr__", placeholder_repr), ("__reduce__", placeholder_repr)];
    let placeholder_type = native::new_type("_PlaceholderType", "functools", &vm.types.object, ph_methods, &[], Some(placeholder_new));
    let placeholder = native::wrap(&placeholder_type, ());
    let kw_methods: &[(&'static str, BuiltinFn)] = &[
        ("__call__", key_call),
        ("__lt__", key_cmp::<0>),
        ("__le__", key_cmp::<1>),
        ("__eq__", key_cmp::<2>),
        ("__ne__", key_cmp::<3>),
        ("__gt__", key_cmp::<4>),
        ("__ge__", key_cmp::<5>),
    ];
    let key_wrapper = native::new_type("KeyWrapper", "functools", &vm.types.object, kw_methods, &[], None);
    if let Payload::Type(t) = &key_wrapper.payload {
        let mut d = t.dict_mut();
        d.set_str("__hash__", Value::None);
        d.set_str("obj", Value::new_obj(Payload::Property { fget: builtin("obj", key_obj), fset: Value::None, fdel: Value::None, doc: Value::None }));
    }
    let c = Classes { key_wrapper, partial, placeholder_type, placeholder };
    CLASSES.with(|s| *s.borrow_mut() = Some(c.clone()));
    c
}

fn cmp_to_key(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let cmp = match (args.first(), super::util::take_kwarg(&mut kwargs, "mycmp")) {
        (Some(c), None) if args.len() == 1 => c.clone(),
        (None, Some(c)) if args.is_empty() => c,
        (None, None) => return Err(vm.type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)")),
        _ => return Err(vm.type_error(format!("cmp_to_key() takes at most 1 argument ({} given)", args.len() + kwargs.len() + 1))),
    };
    super::util::no_more_kwargs(vm, "cmp_to_key", &kwargs)?;
    let cls = classes(vm).key_wrapper;
    Ok(native::wrap(&cls, KeyWrapper { cmp, obj: None }))
}

fn key_state(vm: &Vm, v: Option<&Value>) -> Result<(Value, Option<Value>), PyErr> {
    v.and_then(|v| native::with_state::<KeyWrapper, _>(v, |k| (k.cmp.clone(), k.obj.clone())))
        .ok_or_else(|| vm.type_error("other argument must be K instance"))
}

fn key_call(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let (cmp, _) = key_state(vm, args.first())?;
    let obj = match (args.get(1), super::util::take_kwarg(&mut kwargs, "obj")) {
        (Some(o), None) if args.len() == 2 => o.clone(),
        (None, Some(o)) => o,
        (None, None) => return Err(vm.type_error("K() missing required argument 'obj' (pos 1)")),
        _ => return Err(vm.type_error(format!("K() takes at most 1 argument ({} given)", args.len().saturating_sub(1) + kwargs.len() + 1))),
    };
    super::util::no_more_kwargs(vm, "K", &kwargs)?;
    let cls = classes(vm).key_wrapper;
    Ok(native::wrap(&cls, KeyWrapper { cmp, obj: Some(obj) }))
}

fn key_obj(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    match key_state(vm, args.first())?.1 {
        Some(o) => Ok(o),
        None => Err(vm.error("AttributeError", "obj")),
    }
}

/// `cmp(a.obj, b.obj) OP 0`.
fn key_cmp<const OP: u32>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (cmp, a) = key_state(vm, args.first())?;
    let (_, b) = key_state(vm, args.get(1))?;
    let r = vm.call(cmp, vec![a.unwrap_or(Value::None), b.unwrap_or(Value::None)], vec![])?;
    vm.compare(OP, &r, &Value::Int(0))
}

fn placeholder_repr(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::str("Placeholder"))
}

fn placeholder_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.len() > 1 || !kwargs.is_empty() {
        return Err(vm.type_error("_PlaceholderType takes no arguments"));
    }
    Ok(classes(vm).placeholder)
}

fn class_getitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (Some(cls), Some(item)) = (args.first(), args.get(1)) else { return Err(vm.type_error("expected 1 argument")) };
    Ok(super::generic_alias::new_alias(vm, cls.clone(), item, false))
}

fn state(vm: &Vm, v: Option<&Value>) -> Result<(Value, Vec<Value>, Value), PyErr> {
    v.and_then(|v| native::with_state::<Partial, _>(v, |p| (p.func.clone(), p.args.clone(), p.keywords.clone())))
        .ok_or_else(|| vm.type_error("descriptor requires a 'functools.partial' object"))
}

fn dict_items(v: &Value) -> Vec<(Value, Value)> {
    match v.payload() {
        Some(Payload::Dict(d)) => d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    }
}

fn partial_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some(cls) = args.first().and_then(Value::as_obj).cloned() else { return Err(vm.type_error("partial.__new__ needs a type")) };
    let Some(mut func) = args.get(1).cloned() else { return Err(vm.type_error("type 'partial' takes at least one argument")) };
    if !super::util::is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let ph = classes(vm).placeholder;
    let mut new_args: Vec<Value> = args[2..].to_vec();
    if new_args.last().is_some_and(|a| a.is(&ph)) {
        return Err(vm.type_error("trailing Placeholders are not allowed"));
    }
    if kwargs.iter().any(|(_, v)| v.is(&ph)) {
        return Err(vm.type_error("Placeholder cannot be passed as a keyword argument"));
    }
    let mut keywords: Vec<(Value, Value)> = Vec::new();
    // A plain partial of a partial merges into one (its own attributes would be lost).
    let inner = native::with_state::<Partial, _>(&func, |p| (p.func.clone(), p.args.clone(), p.keywords.clone()));
    let plain = matches!(func.payload(), Some(Payload::Instance(i)) if i.attrs().borrow().is_empty());
    if let Some((f, pargs, pkw)) = inner.filter(|_| plain) {
        let mut merged = Vec::with_capacity(pargs.len() + new_args.len());
        let mut fill = new_args.into_iter();
        for a in pargs {
            if a.is(&ph) {
                merged.push(fill.next().unwrap_or(a));
            } else {
                merged.push(a);
            }
        }
        merged.extend(fill);
        new_args = merged;
        keywords = dict_items(&pkw);
        func = f;
    }
    let kw = vm.new_dict();
    if let Some(Payload::Dict(d)) = kw.payload() {
        for (k, v) in keywords {
            vm.dict_set(d, k, v)?;
        }
        for (k, v) in kwargs {
            vm.dict_set(d, Value::str(k), v)?;
        }
    }
    Ok(native::wrap(&cls, Partial { func, args: new_args, keywords: kw }))
}

fn partial_call(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'functools.partial' object needs an argument"));
    }
    let this = args.remove(0);
    let (func, pargs, kw) = state(vm, Some(&this))?;
    let ph = classes(vm).placeholder;
    let holes = pargs.iter().filter(|a| a.is(&ph)).count();
    if args.len() < holes {
        return Err(vm.type_error(format!("missing positional arguments in 'partial' call; expected at least {holes}, got {}", args.len())));
    }
    let mut call_args = Vec::with_capacity(pargs.len() + args.len());
    let mut rest = args.into_iter();
    for a in pargs {
        if a.is(&ph) {
            call_args.push(rest.next().unwrap_or(a));
        } else {
            call_args.push(a);
        }
    }
    call_args.extend(rest);
    let mut call_kw: Kwargs = Vec::new();
    for (k, v) in dict_items(&kw) {
        let Some(name) = k.as_str().map(str::to_string) else { return Err(vm.type_error("keywords must be strings")) };
        call_kw.push((name, v));
    }
    for (k, v) in kwargs {
        match call_kw.iter_mut().find(|(n, _)| *n == k) {
            Some(slot) => slot.1 = v,
            None => call_kw.push((k, v)),
        }
    }
    vm.call(func, call_args, call_kw)
}

fn partial_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (func, pargs, kw) = state(vm, Some(&this))?;
    let mut s = vm.repr(&func)?;
    for a in &pargs {
        s.push_str(", ");
        s.push_str(&vm.repr(a)?);
    }
    for (k, v) in dict_items(&kw) {
        let k = vm.to_str(&k)?;
        let v = vm.repr(&v)?;
        s.push_str(&format!(", {k}={v}"));
    }
    let cls = vm.types.type_of(&this);
    let (module, qualname) = match &cls.payload {
        Payload::Type(t) => {
            let m = t.dict.borrow().get_str("__module__");
            (m.and_then(|m| m.as_str().map(str::to_string)).unwrap_or_else(|| "builtins".to_string()), t.qualname.borrow().clone())
        }
        _ => ("functools".to_string(), "partial".to_string()),
    };
    Ok(Value::str(format!("{module}.{qualname}({s})")))
}

/// Partials bind like functions (3.14): `obj.attr` with a partial class attribute is a method.
fn partial_get(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    state(vm, Some(&this))?;
    match args.get(1) {
        None | Some(Value::None) => Ok(this),
        Some(obj) => Ok(Value::new_obj(Payload::BoundMethod { receiver: obj.clone(), func: this })),
    }
}

fn partial_reduce(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (func, pargs, kw) = state(vm, Some(&this))?;
    let dict = match this.payload() {
        Some(Payload::Instance(i)) if !i.attrs().borrow().is_empty() => Value::Obj(i.dict_obj().clone()),
        _ => Value::None,
    };
    let cls = Value::Obj(vm.types.type_of(&this));
    Ok(new_tuple([cls, new_tuple([func.clone()]), new_tuple([func, new_tuple(pargs), kw, dict])]))
}

fn partial_setstate(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [this, st] = args.as_slice() else { return Err(vm.type_error("__setstate__ expected 1 argument")) };
    state(vm, Some(this))?;
    let bad = |vm: &Vm| vm.type_error("invalid partial state");
    let Some(Payload::Tuple(parts)) = st.payload() else { return Err(bad(vm)) };
    let [func, fargs, kw, dict] = &parts[..] else { return Err(bad(vm)) };
    let Some(Payload::Tuple(fargs)) = fargs.payload() else { return Err(bad(vm)) };
    if !super::util::is_callable(func)
        || !matches!(kw, Value::None) && !matches!(kw.payload(), Some(Payload::Dict(_)))
        || !matches!(dict, Value::None) && !matches!(dict.payload(), Some(Payload::Dict(_)))
    {
        return Err(bad(vm));
    }
    let ph = classes(vm).placeholder;
    if fargs.last().is_some_and(|a| a.is(&ph)) {
        return Err(vm.type_error("trailing Placeholders are not allowed"));
    }
    let kw_copy = vm.new_dict();
    if let Some(Payload::Dict(d)) = kw_copy.payload() {
        for (k, v) in dict_items(kw) {
            vm.dict_set(d, k, v)?;
        }
    }
    let (func, fargs) = (func.clone(), fargs.to_vec());
    native::with_state::<Partial, _>(this, |p| {
        p.func = func;
        p.args = fargs;
        p.keywords = kw_copy;
    });
    if let (Some(Payload::Instance(i)), Some(Payload::Dict(src))) = (this.payload(), dict.payload()) {
        let items: Vec<(Value, Value)> = src.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            let _ = i.attrs().borrow_mut().set(k, v);
        }
    }
    Ok(Value::None)
}

fn p_func(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(state(vm, args.first())?.0)
}

fn p_args(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_tuple(state(vm, args.first())?.1))
}

fn p_keywords(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(state(vm, args.first())?.2)
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let initial = super::util::take_kwarg(&mut kwargs, "initial");
    super::util::no_more_kwargs(vm, "reduce", &kwargs)?;
    if initial.is_some() && args.len() > 2 {
        return Err(vm.type_error("reduce() got multiple values for argument 'initial'"));
    }
    if args.len() < 2 {
        return Err(vm.type_error(format!("reduce() takes at least 2 positional arguments ({} given)", args.len())));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!("reduce() takes at most 3 arguments ({} given)", args.len())));
    }
    let mut acc = if args.len() == 3 { args.pop() } else { initial };
    let seq = args.pop().unwrap_or(Value::None);
    let func = args.pop().unwrap_or(Value::None);
    let it = match vm.try_get_iter(&seq)? {
        Some(it) => it,
        None => return Err(vm.type_error("reduce() arg 2 must support iteration")),
    };
    while let Some(v) = vm.next(&it)? {
        acc = Some(match acc {
            None => v,
            Some(a) => vm.call(func.clone(), vec![a, v], vec![])?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

/// The `_functools` module.
pub fn make(vm: &mut Vm) -> Value {
    let c = classes(vm);
    module(
        "_functools",
        vec![
            ("reduce", builtin("reduce", reduce)),
            ("cmp_to_key", builtin("cmp_to_key", cmp_to_key)),
            ("partial", Value::Obj(c.partial)),
            ("Placeholder", c.placeholder),
            ("_PlaceholderType", Value::Obj(c.placeholder_type)),
            ("_lru_cache_wrapper", super::lru_cache::wrapper_type(vm)),
        ],
    )
}
