//! The methods and attributes of `tuple`, `range` and `slice`.

use super::{Args, Kwargs, Table, bind_args, index_value};
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::int::from_big;
use crate::objects::range::Parts;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub const TUPLE_METHODS: Table = &[("index", tuple_index), ("count", tuple_count)];

pub const RANGE_METHODS: Table = &[("index", range_index), ("count", range_count), ("__reversed__", range_reversed)];

pub const RANGE_ATTRS: Table = &[("start", range_start), ("stop", range_stop), ("step", range_step)];

pub const SLICE_METHODS: Table = &[("indices", slice_indices)];

pub const SLICE_ATTRS: Table = &[("start", slice_start), ("stop", slice_stop), ("step", slice_step)];

fn tuple_index(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::list::index_impl(vm, &args, &kwargs, "tuple")
}

fn tuple_count(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::list::count_impl(vm, &args, &kwargs)
}

fn range_parts(vm: &Vm, v: &Value) -> Result<Parts, PyErr> {
    crate::objects::range::parts(v).ok_or_else(|| vm.type_error(format!("descriptor requires a 'range' object but received '{}'", vm.type_name(v))))
}

/// The int `x` as a big int when it is an exact int or a bool (CPython's fast path for
/// `in`, `index` and `count`; other values are compared by iteration).
fn exact_int(x: &Value) -> Option<BigInt> {
    crate::objects::int::to_big(x)
}

fn range_index(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "index", &args, &kwargs, &["value"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    let r = range_parts(vm, &args[0])?;
    if let Some(b) = exact_int(&x) {
        return match r.position(&b) {
            Some(i) => Ok(from_big(i)),
            None => Err(vm.error("ValueError", "range.index(x): x not in range")),
        };
    }
    let it = vm.get_iter(&args[0])?;
    let mut i: i64 = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &x)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.error("ValueError", "sequence.index(x): x not in sequence"))
}

fn range_count(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "count", &args, &kwargs, &["value"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    let r = range_parts(vm, &args[0])?;
    if let Some(b) = exact_int(&x) {
        return Ok(Value::Int(i64::from(r.position(&b).is_some())));
    }
    let it = vm.get_iter(&args[0])?;
    let mut n: i64 = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_reversed(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let r = range_parts(vm, &args[0])?;
    Ok(Value::new_obj(Payload::Iter(std::cell::RefCell::new(r.reversed()))))
}

fn range_start(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(from_big(range_parts(vm, &args[0])?.start))
}

fn range_stop(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(from_big(range_parts(vm, &args[0])?.stop))
}

fn range_step(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(from_big(range_parts(vm, &args[0])?.step))
}

/// A slice bound through `__index__` (None stays None).
fn slice_bound(vm: &mut Vm, v: &Value) -> Result<Option<BigInt>, PyErr> {
    if matches!(v, Value::None) {
        return Ok(None);
    }
    match vm.index_int(v)? {
        Some(i) => Ok(crate::objects::int::to_big(&i)),
        None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// `range(...)[a:b:c]`: another range.
pub fn range_slice(vm: &mut Vm, range: &Value, s: (&Value, &Value, &Value)) -> PyResult {
    let r = range_parts(vm, range)?;
    let step = slice_bound(vm, s.2)?;
    if step.as_ref().is_some_and(Zero::is_zero) {
        return Err(vm.error("ValueError", "slice step cannot be zero"));
    }
    let start = slice_bound(vm, s.0)?;
    let stop = slice_bound(vm, s.1)?;
    Ok(crate::objects::range::slice(&r, start, stop, step))
}

/// `range[i]` on the big-int path (a big range or a big index).
pub fn range_item(vm: &mut Vm, range: &Value, key: &Value) -> PyResult {
    let r = range_parts(vm, range)?;
    let i = match vm.index_int(key)? {
        Some(i) => crate::objects::int::to_big(&i).unwrap_or_default(),
        None => return Err(vm.type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key)))),
    };
    let i = if i.is_negative() { i + &r.len } else { i };
    if i.is_negative() || i >= r.len {
        return Err(vm.error("IndexError", "range object index out of range"));
    }
    Ok(from_big(r.item(&i)))
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, slicelength) for a sequence of
/// length `n`.
pub fn slice_adjust(vm: &mut Vm, s: (&Value, &Value, &Value), n: i64) -> Result<(i64, i64, i64, i64), PyErr> {
    let step = match s.2 {
        Value::None => 1,
        v => index_value(vm, v)?,
    };
    if step == 0 {
        return Err(vm.error("ValueError", "slice step cannot be zero"));
    }
    let fix = |vm: &mut Vm, v: &Value, default: i64| -> Result<i64, PyErr> {
        if matches!(v, Value::None) {
            return Ok(default);
        }
        let i = index_value(vm, v)?;
        Ok(if i < 0 {
            let j = i.saturating_add(n);
            if j < 0 { if step < 0 { -1 } else { 0 } } else { j }
        } else if i >= n {
            if step < 0 { n - 1 } else { n }
        } else {
            i
        })
    };
    let (start, stop) = if step > 0 { (fix(vm, s.0, 0)?, fix(vm, s.1, n)?) } else { (fix(vm, s.0, n - 1)?, fix(vm, s.1, -1)?) };
    let len = if step > 0 {
        if stop > start { (stop - start - 1) / step + 1 } else { 0 }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, len))
}

fn slice_parts(v: &Value) -> (Value, Value, Value) {
    match v.payload() {
        Some(Payload::Slice(a, b, c)) => (a.clone(), b.clone(), c.clone()),
        _ => (Value::None, Value::None, Value::None),
    }
}

fn slice_start(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(slice_parts(&args[0]).0)
}

fn slice_stop(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(slice_parts(&args[0]).1)
}

fn slice_step(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(slice_parts(&args[0]).2)
}

fn slice_indices(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "indices", &args, &kwargs, &["length"], 1)?;
    let n = index_value(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(vm.error("ValueError", "length should not be negative"));
    }
    let (a, b, c) = slice_parts(&args[0]);
    let (start, stop, step, _) = slice_adjust(vm, (&a, &b, &c), n)?;
    Ok(new_tuple([Value::Int(start), Value::Int(stop), Value::Int(step)]))
}
