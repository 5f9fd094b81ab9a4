//! The methods of `list` (and `tuple.index`/`count`, which share the search helpers).

use super::{Args, Kwargs, Table, adjust_range, bind_args, opt_index};
use crate::heap::Payload;
use crate::interp::call::new_list;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;

pub const METHODS: Table = &[
    ("append", append),
    ("clear", clear),
    ("copy", copy),
    ("count", count),
    ("extend", extend),
    ("index", index),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("sort", sort),
];

fn with_list<R>(args: &[Value], f: impl FnOnce(&mut Vec<Value>) -> R) -> Option<R> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Some(f(&mut l.borrow_mut())),
        _ => None,
    }
}

/// `list.append`, which CALL recognises (`Vm::list_append_from_stack`).
pub(crate) const APPEND: crate::objects::function::BuiltinFn = append;

fn append(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    let v = super::single_arg(vm, "list.append", &mut args, &kwargs)?;
    with_list(&args, |l| l.push(v));
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    pop_impl(vm, &args, &kwargs)
}

/// `l.pop([index])` called without keywords (the direct form).
pub(super) fn pop_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    pop_impl(vm, args, crate::objects::function::NO_KWARGS)
}

fn pop_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> PyResult {
    let p = super::bind_positional(vm, "list", "pop", args, kwargs, 1, 0)?;
    let idx = opt_index(vm, &p[0])?;
    let r = with_list(args, |l| {
        if l.is_empty() {
            return Err("pop from empty list");
        }
        let n = l.len() as i64;
        let i = idx.unwrap_or(-1);
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err("pop index out of range");
        }
        Ok(l.remove(j as usize))
    });
    match r {
        Some(Ok(v)) => Ok(v),
        Some(Err(m)) => Err(vm.error("IndexError", m)),
        None => Ok(Value::None),
    }
}

fn extend(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "list.extend", &args, &kwargs, &["iterable"], 1)?;
    let src = p[0].clone().unwrap_or(Value::None);
    let items = match vm.seq_items(&src) {
        Ok(v) => v,
        Err(_) if vm.get_iter(&src).is_err() => {
            return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(&src))));
        }
        Err(e) => return Err(e),
    };
    with_list(&args, |l| l.extend(items));
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = super::bind_positional(vm, "list", "insert", &args, &kwargs, 2, 2)?;
    let i = opt_index(vm, &p[0])?.unwrap_or(0);
    let v = p[1].clone().unwrap_or(Value::None);
    with_list(&args, |l| {
        let n = l.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.insert(j as usize, v);
    });
    Ok(Value::None)
}

/// The position of `x` in `items[start:stop]`, comparing with `==`.
pub fn search(vm: &mut Vm, items: &[Value], x: &Value, start: Option<i64>, stop: Option<i64>) -> Result<Option<usize>, PyErr> {
    let (a, b) = adjust_range(start, stop, items.len());
    for (i, v) in items.iter().enumerate().take(b).skip(a) {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `seq.index(x[, start[, stop]])` for lists and tuples.
pub fn index_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, what: &str) -> PyResult {
    let p = super::bind_positional(vm, what, "index", args, kwargs, 3, 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    // The bounds are slice indices (CPython's _PyEval_SliceIndexNotNone).
    let bound = |vm: &mut Vm, v: &Option<Value>| -> Result<Option<i64>, PyErr> {
        match v {
            None => Ok(None),
            Some(b) if crate::objects::int::is_int(b) || vm.index_int(b)?.is_some() => opt_index(vm, v),
            Some(_) => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
        }
    };
    let (start, stop) = (bound(vm, &p[1])?, bound(vm, &p[2])?);
    let items = vm.seq_items(&args[0])?;
    match search(vm, &items, &x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None if what == "list" => Err(vm.error("ValueError", "list.index(x): x not in list")),
        None => Err(vm.error("ValueError", "tuple.index(x): x not in tuple")),
    }
}

/// `seq.count(x)` for lists and tuples.
pub fn count_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> PyResult {
    let fname = if matches!(args.first().and_then(Value::payload), Some(Payload::Tuple(_))) { "tuple.count" } else { "list.count" };
    let p = bind_args(vm, fname, args, kwargs, &["value"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    let items = vm.seq_items(&args[0])?;
    let mut n = 0;
    for v in &items {
        if v.is(&x) || vm.eq(v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    index_impl(vm, &args, &kwargs, "list")
}

fn count(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    count_impl(vm, &args, &kwargs)
}

fn remove(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "list.remove", &args, &kwargs, &["value"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    let items = vm.seq_items(&args[0])?;
    match search(vm, &items, &x, None, None)? {
        Some(i) => {
            with_list(&args, |l| {
                if i < l.len() {
                    l.remove(i);
                }
            });
            Ok(Value::None)
        }
        None => Err(vm.error("ValueError", "list.remove(x): x not in list")),
    }
}

fn sort(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let key = crate::builtins::kwarg(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let reverse = match crate::builtins::kwarg(&mut kwargs, "reverse") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if let Some((k, _)) = kwargs.first() {
        return Err(super::unexpected_keyword(vm, "sort", k, &["key".to_string(), "reverse".to_string()]));
    }
    // CPython empties the list while sorting.
    let mut items = with_list(&args, std::mem::take).unwrap_or_default();
    let r = crate::builtins::sort_values(vm, &mut items, key, reverse);
    let modified = with_list(&args, |l| {
        let m = !l.is_empty();
        *l = std::mem::take(&mut items);
        m
    });
    r?;
    if modified == Some(true) {
        return Err(vm.error("ValueError", "list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with_list(&args, |l| l.reverse());
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_list(with_list(&args, |l| l.clone()).unwrap_or_default()))
}

fn clear(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with_list(&args, Vec::clear);
    Ok(Value::None)
}
