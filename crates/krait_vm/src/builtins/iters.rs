//! The built-in iterator types (`list_iterator`, `zip`, `map`, `reversed`...): native types
//! whose instances are `Payload::Iter` states, each with `__iter__` and `__next__`. The lazy
//! builtins `zip`, `map`, `filter`, `enumerate` and `reversed` are these types, called
//! through their `__new__`; the others cannot be created from Python, as in CPython.

use super::{Args, Kwargs};
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};

/// Creates the iterator type called `name` (`module.name` for types of other modules).
pub fn make_type(name: &str, object: &ObjRef) -> ObjRef {
    let (module, short) = name.rsplit_once('.').unwrap_or(("builtins", name));
    let new: Option<BuiltinFn> = match short {
        "zip" => Some(zip_new),
        "map" => Some(map_new),
        "filter" => Some(filter_new),
        "enumerate" => Some(enumerate_new),
        "reversed" => Some(reversed_new),
        _ => None,
    };
    native::new_type(short, module, object, &[("__iter__", iter_self), ("__next__", iter_next), ("__length_hint__", length_hint)], &[], new)
}

/// The arguments after the class of a `__new__` call.
fn after_class(args: Args) -> Args {
    args.into_iter().skip(1).collect()
}

fn zip_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::zip(vm, after_class(args), kwargs)
}

fn map_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::map(vm, after_class(args), kwargs)
}

fn filter_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::filter(vm, after_class(args), kwargs)
}

fn enumerate_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::enumerate(vm, after_class(args), kwargs)
}

fn reversed_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::reversed(vm, after_class(args), kwargs)
}

/// `it.__iter__()`: the iterator itself.
fn iter_self(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    args.into_iter().next().ok_or_else(|| vm.type_error("descriptor '__iter__' needs an argument"))
}

/// `it.__next__()`: the next item, or StopIteration.
fn iter_next(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let it = args.first().cloned().ok_or_else(|| vm.type_error("descriptor '__next__' needs an argument"))?;
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `it.__length_hint__()`: how many items remain, NotImplemented when unknown.
fn length_hint(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    use crate::heap::Payload;
    use crate::objects::iter::IterState;
    let Some(Payload::Iter(st)) = args.first().and_then(Value::payload) else { return Ok(Value::not_implemented()) };
    let n = match &*st.borrow() {
        IterState::Range { next, stop, step } => crate::interp::ops::range_len(*next, *stop, *step).max(0) as usize,
        IterState::BigRange(r) => num_traits::ToPrimitive::to_usize(&r.left).unwrap_or(usize::MAX),
        IterState::Seq { seq, pos } => match seq.payload() {
            Some(Payload::List(l)) => l.borrow().len().saturating_sub(*pos),
            Some(Payload::Tuple(t)) => t.len().saturating_sub(*pos),
            Some(Payload::Str(s)) => s.get(*pos..).map_or(0, crate::objects::str::char_len),
            _ => 0,
        },
        IterState::Values { items, pos, .. } | IterState::Set { items, pos, .. } => items.len().saturating_sub(*pos),
        IterState::DictKeys { dict, pos, .. } => match dict.payload() {
            Some(Payload::Dict(d)) => d.borrow().len().saturating_sub(*pos),
            _ => 0,
        },
        IterState::Reversed { idx, .. } => usize::try_from(*idx + 1).unwrap_or(0),
        _ => return Ok(Value::not_implemented()),
    };
    let _ = vm;
    Ok(Value::Int(n as i64))
}
