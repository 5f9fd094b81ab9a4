//! `_functools._lru_cache_wrapper(func, maxsize, typed, CacheInfo)`: the object behind
//! `functools.lru_cache`/`cache`. Keys are CPython's (`args`, or the single str/int
//! argument itself, plus a marker and the keyword items, plus the argument types when
//! `typed`); the cache is a dict whose insertion order is the recency order (a hit moves its
//! key to the end, a full cache drops the first). `cache_info()`, `cache_clear()`, method
//! binding and `copy` returning the wrapper itself are as CPython's. The wrapped function
//! may recurse into the wrapper: no state is borrowed while it runs.

use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

struct Lru {
    func: Value,
    /// None: unbounded.
    maxsize: Option<usize>,
    maxsize_value: Value,
    typed: bool,
    info_type: Value,
    cache: Value,
    hits: i64,
    misses: i64,
}

thread_local! {
    static CLASS: RefCell<Option<(ObjRef, Value)>> = const { RefCell::new(None) };
}

/// The wrapper class and the keyword marker of keys.
fn class(vm: &mut Vm) -> (ObjRef, Value) {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("__call__", call),
        ("cache_info", cache_info),
        ("cache_clear", cache_clear),
        ("__get__", get),
        ("__copy__", copy),
        ("__deepcopy__", copy),
        ("__reduce__", reduce),
    ];
    let ty = native::new_type("_lru_cache_wrapper", "functools", &vm.types.object, methods, &[], Some(new));
    let object = Value::Obj(vm.types.object.clone());
    let mark = vm.call(object, vec![], vec![]).unwrap_or(Value::None);
    CLASS.with(|c| *c.borrow_mut() = Some((ty.clone(), mark.clone())));
    (ty, mark)
}

/// The `_lru_cache_wrapper` class.
pub fn wrapper_type(vm: &mut Vm) -> Value {
    Value::Obj(class(vm).0)
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)` (`args[0]` the class).
fn new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let args = args.get(1..).unwrap_or(&[]).to_vec();
    super::util::positional(vm, "_lru_cache_wrapper", &args, &kwargs, 4, 4)?;
    let [func, maxsize, typed, info] = args.as_slice() else { return Err(vm.type_error("_lru_cache_wrapper expected 4 arguments")) };
    if !super::util::is_callable(func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let limit = match maxsize {
        Value::None => None,
        v => match crate::objects::int::to_big(v) {
            Some(n) => Some(num_traits::ToPrimitive::to_usize(&n).unwrap_or(if n.sign() == num_bigint::Sign::Minus { 0 } else { usize::MAX })),
            None => return Err(vm.type_error("maxsize should be integer or None")),
        },
    };
    let typed = vm.truthy(typed)?;
    let (cls, _) = class(vm);
    let cache = vm.new_dict();
    Ok(native::wrap(
        &cls,
        Lru { func: func.clone(), maxsize: limit, maxsize_value: maxsize.clone(), typed, info_type: info.clone(), cache, hits: 0, misses: 0 },
    ))
}

fn with<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Lru) -> R) -> Result<R, PyErr> {
    native::with_state::<Lru, _>(v, f).ok_or_else(|| vm.type_error("descriptor requires a 'functools._lru_cache_wrapper' object"))
}

fn make_key(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, typed: bool) -> Value {
    if !typed && kwargs.is_empty() {
        if let [one] = args
            && (matches!(one, Value::Int(_)) || matches!(one.payload(), Some(Payload::Str(_) | Payload::BigInt(_))))
        {
            return one.clone();
        }
        return new_tuple(args.to_vec());
    }
    let mut key = args.to_vec();
    if !kwargs.is_empty() {
        key.push(class(vm).1);
        for (k, v) in kwargs {
            key.push(Value::str(k));
            key.push(v.clone());
        }
    }
    if typed {
        for a in args {
            key.push(Value::Obj(vm.types.type_of(a)));
        }
        for (_, v) in kwargs {
            key.push(Value::Obj(vm.types.type_of(v)));
        }
    }
    new_tuple(key)
}

fn call(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    let this = args.remove(0);
    let (func, maxsize, typed, cache) = with(vm, &this, |s| (s.func.clone(), s.maxsize, s.typed, s.cache.clone()))?;
    if maxsize == Some(0) {
        with(vm, &this, |s| s.misses += 1)?;
        return vm.call(func, args.into_vec(), kwargs);
    }
    let Some(Payload::Dict(d)) = cache.payload() else { return vm.call(func, args.into_vec(), kwargs) };
    let key = make_key(vm, &args, &kwargs, typed);
    if let Some(v) = vm.dict_get(d, &key)? {
        with(vm, &this, |s| s.hits += 1)?;
        if maxsize.is_some() {
            // Most recently used: to the end of the order.
            vm.dict_remove(d, &key)?;
            vm.dict_set(d, key, v.clone())?;
        }
        return Ok(v);
    }
    with(vm, &this, |s| s.misses += 1)?;
    let result = vm.call(func, args.into_vec(), kwargs)?;
    if let Some(limit) = maxsize {
        if vm.dict_get(d, &key)?.is_some() {
            // The call itself cached this key (recursion): keep that entry.
            return Ok(result);
        }
        if d.borrow().len() >= limit {
            let oldest = d.borrow().iter().next().map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                vm.dict_remove(d, &k)?;
            }
        }
    }
    vm.dict_set(d, key, result.clone())?;
    Ok(result)
}

fn cache_info(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (info, hits, misses, maxsize, cache) = with(vm, &this, |s| (s.info_type.clone(), s.hits, s.misses, s.maxsize_value.clone(), s.cache.clone()))?;
    let size = match cache.payload() {
        Some(Payload::Dict(d)) => d.borrow().len() as i64,
        _ => 0,
    };
    vm.call(info, vec![Value::Int(hits), Value::Int(misses), maxsize, Value::Int(size)], vec![])
}

fn cache_clear(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let fresh = vm.new_dict();
    with(vm, &this, |s| {
        s.hits = 0;
        s.misses = 0;
        s.cache = fresh;
    })?;
    Ok(Value::None)
}

/// Cached functions bind as methods.
fn get(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    with(vm, &this, |_| ())?;
    match args.get(1) {
        None | Some(Value::None) => Ok(this),
        Some(obj) => Ok(Value::new_obj(Payload::BoundMethod { receiver: obj.clone(), func: this })),
    }
}

fn copy(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    args.first().cloned().ok_or_else(|| vm.type_error("__copy__ needs an argument"))
}

fn reduce(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    vm.getattr(&this, "__qualname__")
}
