//! `_bisect`: `bisect_left`/`bisect_right` and `insort_left`/`insort_right` over any
//! sequence (`len` and `[]`), with `lo`, `hi` and `key` as CPython's, comparing with `<`
//! only; insort calls the sequence's `insert`. Errors are CPython's.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;

struct Call {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Value,
}

fn parse(vm: &mut Vm, name: &str, args: Args, kwargs: Kwargs) -> Result<Call, PyErr> {
    for (i, arg) in ["a", "x"].iter().enumerate() {
        if args.len() <= i && !kwargs.iter().any(|(k, _)| k == arg) {
            return Err(vm.type_error(format!("{name}() missing required argument '{arg}' (pos {})", i + 1)));
        }
    }
    let mut with_receiver = vec![Value::None];
    with_receiver.extend(args);
    let p = crate::builtins::methods::bind_args(vm, name, &with_receiver, &kwargs, &["a", "x", "lo", "hi", "key"], 2)?;
    let get = |i: usize| p.get(i).cloned().flatten();
    let lo = match get(2) {
        Some(v) => super::util::index_i64(vm, &v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.error("ValueError", "lo must be non-negative"));
    }
    let hi = match get(3) {
        Some(Value::None) | None => None,
        Some(v) => Some(super::util::index_i64(vm, &v)?),
    };
    Ok(Call { a: get(0).unwrap_or(Value::None), x: get(1).unwrap_or(Value::None), lo, hi, key: get(4).unwrap_or(Value::None) })
}

fn search(vm: &mut Vm, c: &Call, right: bool) -> Result<i64, PyErr> {
    let mut hi = match c.hi {
        Some(h) => h,
        None => match c.a.payload() {
            Some(Payload::List(l)) => l.borrow().len() as i64,
            _ => {
                let b = vm.builtins_module();
                let len = vm.getattr(&b, "len")?;
                let n = vm.call(len, vec![c.a.clone()], vec![])?;
                super::util::index_i64(vm, &n)?
            }
        },
    };
    let mut lo = c.lo;
    let x = c.x.clone();
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let direct = match c.a.payload() {
            Some(Payload::List(l)) => l.borrow().get(mid as usize).cloned(),
            _ => None,
        };
        let mut item = match direct {
            Some(v) => v,
            None => vm.getitem(&c.a, &Value::Int(mid))?,
        };
        if !matches!(c.key, Value::None) {
            item = vm.call(c.key.clone(), vec![item], vec![])?;
        }
        let less = if right {
            let r = vm.compare(0, &x, &item)?;
            vm.truthy(&r)?
        } else {
            let r = vm.compare(0, &item, &x)?;
            !vm.truthy(&r)?
        };
        if less {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect<const RIGHT: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let c = parse(vm, if RIGHT { "bisect_right" } else { "bisect_left" }, args, kwargs)?;
    Ok(Value::Int(search(vm, &c, RIGHT)?))
}

fn insort<const RIGHT: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let mut c = parse(vm, if RIGHT { "insort_right" } else { "insort_left" }, args, kwargs)?;
    let item = c.x.clone();
    if !matches!(c.key, Value::None) {
        c.x = vm.call(c.key.clone(), vec![item.clone()], vec![])?;
    }
    let i = search(vm, &c, RIGHT)?;
    let insert = vm.getattr(&c.a, "insert")?;
    vm.call(insert, vec![Value::Int(i), item], vec![])?;
    Ok(Value::None)
}

/// The `_bisect` module.
pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] =
        &[("bisect_right", bisect::<true>), ("bisect_left", bisect::<false>), ("insort_right", insort::<true>), ("insort_left", insort::<false>)];
    let items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    module("_bisect", items)
}
