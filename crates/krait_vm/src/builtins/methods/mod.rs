//! Methods of the built-in types, one file per type: each takes its receiver as the first
//! argument (already unwrapped from a subclass instance by the method-descriptor call).
//! Plain attributes (`int.real`, `range.start`) are properties whose getter is a built-in.

mod bytes;
mod code;
mod dict;
pub(crate) mod list;
mod memview;
pub mod module;
mod num;
mod seq;
mod set;
mod str;
pub mod str_proxy;

pub use bytes::{byte_value, bytes_like, bytes_repr, construct_bytes, decode_bytes, encode_str, new_bytes};
pub use dict::dict_update_from;
pub use memview::{construct as construct_memoryview, equal as memview_equal, getitem as memview_getitem, iter_items as memview_items, length as memview_len, setitem as memview_setitem};
pub use num::{as_complex, complex_binary, complex_hash, complex_parts, complex_repr, construct_complex, float_to_int, new_complex, round_float};
pub use seq::{range_item, range_slice, slice_adjust};
pub use str::{ascii_digits, is_alpha_char, is_decimal_char, is_numeric_char, is_printable_char, py_isspace};
pub use set::{VIEW_METHODS, is_setlike, set_binop, set_compare, set_insert};

use crate::heap::Payload;
use crate::interp::{PyErr, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::types::Kind;
use crate::value::Value;

use crate::objects::function::{Args, Kwargs};

/// A table of (name, implementation).
pub type Table = &'static [(&'static str, BuiltinFn)];

/// The method tables of the built-in types, installed in their type dicts as method
/// descriptors (`crate::builtins::slots`).
pub fn tables() -> Vec<(Kind, Table)> {
    vec![
        (Kind::Str, str::METHODS),
        (Kind::List, list::METHODS),
        (Kind::Dict, dict::METHODS),
        (Kind::Set, set::METHODS),
        (Kind::FrozenSet, set::FROZEN_METHODS),
        (Kind::Tuple, seq::TUPLE_METHODS),
        (Kind::Range, seq::RANGE_METHODS),
        (Kind::Slice, seq::SLICE_METHODS),
        (Kind::Int, num::INT_METHODS),
        (Kind::Float, num::FLOAT_METHODS),
        (Kind::Complex, num::COMPLEX_METHODS),
        (Kind::Bytes, bytes::BYTES_METHODS),
        (Kind::ByteArray, bytes::BYTEARRAY_METHODS),
        (Kind::MemoryView, memview::MEMORYVIEW_METHODS),
        (Kind::Code, code::CODE_METHODS),
        (Kind::Module, module::MODULE_METHODS),
    ]
}

/// Class methods and static methods of the built-in types (`dict.fromkeys`).
pub fn class_tables() -> Vec<(Kind, Table, bool)> {
    vec![
        (Kind::Dict, dict::CLASS_METHODS, true),
        (Kind::Int, num::INT_CLASS_METHODS, true),
        (Kind::Float, num::FLOAT_CLASS_METHODS, true),
        (Kind::Str, str::STATIC_METHODS, false),
        (Kind::Bytes, bytes::CLASS_METHODS, true),
        (Kind::ByteArray, bytes::CLASS_METHODS, true),
        (Kind::Bytes, bytes::STATIC_METHODS, false),
        (Kind::ByteArray, bytes::STATIC_METHODS, false),
    ]
}

/// Read-only attributes (getters) of the built-in types.
pub fn attr_tables() -> Vec<(Kind, Table)> {
    vec![
        (Kind::Int, num::INT_ATTRS),
        (Kind::Float, num::FLOAT_ATTRS),
        (Kind::Complex, num::COMPLEX_ATTRS),
        (Kind::Range, seq::RANGE_ATTRS),
        (Kind::Slice, seq::SLICE_ATTRS),
        (Kind::MemoryView, memview::MEMORYVIEW_ATTRS),
    ]
}

/// The one argument of a method that takes exactly one, positionally (CPython's METH_O:
/// `list.append`, `set.add`), moved out of `args`, which keeps the receiver.
#[inline]
pub(crate) fn single_arg(vm: &Vm, fname: &str, args: &mut Args, kwargs: &Kwargs) -> Result<Value, PyErr> {
    if kwargs.is_empty() && args.len() == 2
        && let Some(v) = args.pop()
    {
        return Ok(v);
    }
    Err(single_arg_error(vm, fname, args.len(), kwargs))
}

#[cold]
fn single_arg_error(vm: &Vm, fname: &str, given: usize, kwargs: &Kwargs) -> PyErr {
    if kwargs.is_empty() {
        vm.type_error(format!("{fname}() takes exactly one argument ({} given)", given.saturating_sub(1)))
    } else {
        vm.type_error(format!("{fname}() takes no keyword arguments"))
    }
}

/// A built-in method's parameters after binding (most have at most four: no allocation).
pub(crate) type BoundArgs = smallvec::SmallVec<[Option<Value>; 4]>;

/// The positional and keyword arguments after the receiver, bound to `names`; at least
/// `required` must be given.
pub(crate) fn bind_args(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwargs: &Kwargs,
    names: &[&str],
    required: usize,
) -> Result<BoundArgs, PyErr> {
    let pos = args.get(1..).unwrap_or(&[]);
    // The common call: positional arguments only, enough of them, few parameters.
    if kwargs.is_empty() && names.len() <= 4 && pos.len() <= names.len() && pos.len() >= required {
        let mut buf: [Option<Value>; 4] = [None, None, None, None];
        for (slot, v) in buf.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        return Ok(BoundArgs::from_buf_and_len(buf, names.len()));
    }
    if pos.len() > names.len() {
        return Err(vm.type_error(if names.len() == 1 && required == 1 {
            format!("{fname}() takes exactly one argument ({} given)", pos.len())
        } else if names.is_empty() {
            format!("{fname}() takes no arguments ({} given)", pos.len())
        } else {
            format!("{fname}() takes at most {} argument{} ({} given)", names.len(), if names.len() == 1 { "" } else { "s" }, pos.len())
        }));
    }
    let mut out: BoundArgs = pos.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kwargs {
        match names.iter().position(|n| n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(_) => return Err(vm.type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", names.iter().position(|n| n == k).unwrap_or(0) + 1))),
            None => return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{k}'"))),
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        let given = out.iter().filter(|v| v.is_some()).count();
        return Err(vm.type_error(if required == 1 && names.len() == 1 {
            format!("{fname}() takes exactly one argument ({given} given)")
        } else if required == names.len() {
            format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)
        } else {
            format!("{fname} expected at least {required} argument{}, got {given}", if required == 1 { "" } else { "s" })
        }));
    }
    Ok(out)
}

/// An index argument (`int` or `__index__`), None for a missing or None argument.
pub(crate) fn opt_index(vm: &mut Vm, v: &Option<Value>) -> Result<Option<i64>, PyErr> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => index_value(vm, v).map(Some),
    }
}

/// The integer of an index-like value (int, bool, an object with `__index__`), clamped to
/// i64 for big ints.
pub(crate) fn index_value(vm: &mut Vm, v: &Value) -> Result<i64, PyErr> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ => {
            if let Some(Payload::BigInt(b)) = v.payload() {
                use num_traits::Signed;
                return Ok(if b.is_negative() { i64::MIN } else { i64::MAX });
            }
            if let Some(r) = vm.call_dunder(v, "__index__", vec![]) {
                let r = r?;
                if let Value::Int(i) = r {
                    return Ok(i);
                }
            }
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
        }
    }
}

/// CPython's slice-style adjustment of `start`/`end` arguments to `0..=len`.
pub(crate) fn adjust_range(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let n = len as i64;
    let fix = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let s = start.map_or(0, fix);
    let e = end.map_or(n, fix);
    (s as usize, e as usize)
}

/// A KeyError carrying `key`.
pub(crate) fn key_error(vm: &Vm, key: Value) -> PyErr {
    PyErr(crate::interp::exceptions::new_exception(vm.types.exception("KeyError"), vec![key]))
}
