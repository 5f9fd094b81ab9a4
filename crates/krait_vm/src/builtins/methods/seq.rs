//! The methods and attributes of `tuple`, `range` and `slice`.

use super::{Args, Kwargs, Table, bind_args, index_value};
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::ops::range_len;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;

pub const TUPLE_METHODS: Table = &[("index", tuple_index), ("count", tuple_count)];

pub const RANGE_METHODS: Table = &[("index", range_index), ("count", range_count)];

pub const RANGE_ATTRS: Table = &[("start", range_start), ("stop", range_stop), ("step", range_step)];

pub const SLICE_METHODS: Table = &[("indices", slice_indices)];

pub const SLICE_ATTRS: Table = &[("start", slice_start), ("stop", slice_stop), ("step", slice_step)];

fn tuple_index(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::list::index_impl(vm, &args, &kwargs, "tuple")
}

fn tuple_count(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::list::count_impl(vm, &args, &kwargs)
}

fn range_of(v: &Value) -> (i64, i64, i64) {
    match crate::builtins::slots::unwrap_native(v).payload() {
        Some(Payload::Range { start, stop, step }) => (*start, *stop, *step),
        _ => (0, 0, 1),
    }
}

fn range_pos(args: &Args, x: &Value) -> Option<i64> {
    let (start, stop, step) = range_of(&args[0]);
    let i = match x {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ => return None,
    };
    let inside = if step > 0 { start <= i && i < stop } else { stop < i && i <= start };
    if inside && (i - start) % step == 0 { Some((i - start) / step) } else { None }
}

fn range_index(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "index", &args, &kwargs, &["value"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    if crate::objects::int::is_int(&x) {
        return match range_pos(&args, &x) {
            Some(i) => Ok(Value::Int(i)),
            None => Err(vm.error("ValueError", "range.index(x): x not in range")),
        };
    }
    let items = vm.seq_items(&args[0])?;
    match super::list::search(vm, &items, &x, None, None)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.error("ValueError", "sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "count", &args, &kwargs, &["value"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    if crate::objects::int::is_int(&x) {
        return Ok(Value::Int(i64::from(range_pos(&args, &x).is_some())));
    }
    super::list::count_impl(vm, &args, &kwargs)
}

fn range_start(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(range_of(&args[0]).0))
}

fn range_stop(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(range_of(&args[0]).1))
}

fn range_step(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(range_of(&args[0]).2))
}

/// `range(...)[a:b:c]`: another range.
pub fn range_slice(vm: &mut Vm, r: (i64, i64, i64), s: (&Value, &Value, &Value)) -> PyResult {
    let (start, stop, step) = r;
    let n = range_len(start, stop, step);
    let (a, b, c, _) = slice_adjust(vm, s, n)?;
    let new_start = start + a * step;
    let new_step = step * c;
    let new_stop = start + b * step;
    Ok(Value::new_obj(Payload::Range { start: new_start, stop: new_stop, step: new_step }))
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
    Ok(new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}
