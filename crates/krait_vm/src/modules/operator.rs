//! `_operator`: the operator functions that are plain operations (`add`, `matmul`, `iadd`,
//! `lt`, `not_`, `getitem`, ...) as built-in functions running the VM's own operations, so
//! `operator.add` is a `<built-in function add>` and avoids a Python frame per call, and
//! the callable classes `itemgetter`, `attrgetter` (dotted names) and `methodcaller` with
//! CPython's reprs, `__reduce__` and errors. The rest comes from operator.py.

use super::util::positional;
use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::interp::ops::Unary;
use crate::interp::{PyResult, Vm};
use crate::interp::PyErr;
use crate::interp::call::new_tuple;
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::Value;

/// (name, BINARY_OP argument) of the binary operators; in-place forms add 13.
const BINARY: [(&str, &str, u32); 13] = [
    ("add", "iadd", 0),
    ("and_", "iand", 1),
    ("floordiv", "ifloordiv", 2),
    ("lshift", "ilshift", 3),
    ("matmul", "imatmul", 4),
    ("mul", "imul", 5),
    ("mod", "imod", 6),
    ("or_", "ior", 7),
    ("pow", "ipow", 8),
    ("rshift", "irshift", 9),
    ("sub", "isub", 10),
    ("truediv", "itruediv", 11),
    ("xor", "ixor", 12),
];

fn binary<const OP: u32>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let base = if OP >= 13 { OP - 13 } else { OP };
    let (n, i, _) = BINARY[base as usize];
    positional(vm, if OP >= 13 { i } else { n }, &args, &kwargs, 2, 2)?;
    vm.binary_op(OP, &args[0], &args[1])
}

fn compare<const OP: u32>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    const NAMES: [&str; 6] = ["lt", "le", "eq", "ne", "gt", "ge"];
    positional(vm, NAMES[OP as usize], &args, &kwargs, 2, 2)?;
    vm.compare(OP, &args[0], &args[1])
}

fn unary<const K: u8>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    const NAMES: [&str; 4] = ["neg", "pos", "invert", "inv"];
    super::util::exactly_one_in(vm, "_operator", NAMES[K as usize], &args, &kwargs)?;
    let op = match K {
        0 => Unary::Neg,
        1 => Unary::Pos,
        _ => Unary::Invert,
    };
    vm.unary_op(op, &args[0])
}

fn not_(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.not_", &args, &kwargs)?;
    Ok(Value::Bool(!vm.truthy(&args[0])?))
}

fn truth(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.truth", &args, &kwargs)?;
    Ok(Value::Bool(vm.truthy(&args[0])?))
}

fn is_(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "is_", &args, &kwargs, 2, 2)?;
    Ok(Value::Bool(args[0].is(&args[1])))
}

fn is_not(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "is_not", &args, &kwargs, 2, 2)?;
    Ok(Value::Bool(!args[0].is(&args[1])))
}

fn is_none(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.is_none", &args, &kwargs)?;
    Ok(Value::Bool(matches!(args[0], Value::None)))
}

fn is_not_none(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.is_not_none", &args, &kwargs)?;
    Ok(Value::Bool(!matches!(args[0], Value::None)))
}

fn contains(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "contains", &args, &kwargs, 2, 2)?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

fn getitem(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "getitem", &args, &kwargs, 2, 2)?;
    vm.getitem(&args[0], &args[1])
}

fn setitem(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "setitem", &args, &kwargs, 3, 3)?;
    vm.setitem(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "delitem", &args, &kwargs, 2, 2)?;
    vm.delitem(&args[0], &args[1])?;
    Ok(Value::None)
}

fn index(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.index", &args, &kwargs)?;
    Ok(crate::objects::int::from_big(super::util::index_arg(vm, &args[0])?))
}

/// What an itemgetter, attrgetter or methodcaller holds.
enum Getter {
    Items(Vec<Value>),
    /// Each attribute as its dotted parts.
    Attrs(Vec<Value>, Vec<Vec<String>>),
    Method(Value, Vec<Value>, Kwargs),
}

fn getter(vm: &Vm, v: Option<&Value>) -> Result<Getter, PyErr> {
    v.and_then(|v| {
        native::with_state::<Getter, _>(v, |g| match g {
            Getter::Items(i) => Getter::Items(i.clone()),
            Getter::Attrs(a, p) => Getter::Attrs(a.clone(), p.clone()),
            Getter::Method(n, a, k) => Getter::Method(n.clone(), a.clone(), k.clone()),
        })
    })
    .ok_or_else(|| vm.type_error("descriptor requires an operator getter object"))
}

fn itemgetter_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    let Some(cls) = args[0].as_obj() else { return Err(vm.type_error("not a type")) };
    Ok(native::wrap(cls, Getter::Items(args[1..].to_vec())))
}

fn attrgetter_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut parts = Vec::new();
    for a in &args[1..] {
        let Some(s) = a.as_str() else { return Err(vm.type_error("attribute name must be a string")) };
        parts.push(s.split('.').map(str::to_string).collect());
    }
    let Some(cls) = args[0].as_obj() else { return Err(vm.type_error("not a type")) };
    Ok(native::wrap(cls, Getter::Attrs(args[1..].to_vec(), parts)))
}

fn methodcaller_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    if args[1].as_str().is_none() {
        return Err(vm.type_error("method name must be a string"));
    }
    let Some(cls) = args[0].as_obj() else { return Err(vm.type_error("not a type")) };
    Ok(native::wrap(cls, Getter::Method(args[1].clone(), args[2..].to_vec(), kwargs)))
}

fn getter_call(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let g = getter(vm, args.first())?;
    let what = match g {
        Getter::Items(_) => "itemgetter",
        Getter::Attrs(..) => "attrgetter",
        Getter::Method(..) => "methodcaller",
    };
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{what}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!("{what} expected 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let obj = &args[1];
    match g {
        Getter::Items(items) => {
            if let [one] = items.as_slice() {
                return vm.getitem(obj, one);
            }
            let mut out = Vec::with_capacity(items.len());
            for i in &items {
                out.push(vm.getitem(obj, i)?);
            }
            Ok(new_tuple(out))
        }
        Getter::Attrs(_, parts) => {
            let mut out = Vec::with_capacity(parts.len());
            for dotted in &parts {
                let mut v = obj.clone();
                for name in dotted {
                    v = vm.getattr(&v, name)?;
                }
                out.push(v);
            }
            if out.len() == 1 { Ok(out.remove(0)) } else { Ok(new_tuple(out)) }
        }
        Getter::Method(name, margs, mkw) => {
            let name = vm.to_str(&name)?;
            let m = vm.getattr(obj, &name)?;
            vm.call(m, margs, mkw)
        }
    }
}

fn getter_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let g = getter(vm, Some(&this))?;
    let mut parts = Vec::new();
    match g {
        Getter::Items(items) | Getter::Attrs(items, _) => {
            for i in &items {
                parts.push(vm.repr(i)?);
            }
        }
        Getter::Method(name, margs, mkw) => {
            parts.push(vm.repr(&name)?);
            for a in &margs {
                parts.push(vm.repr(a)?);
            }
            for (k, v) in &mkw {
                parts.push(format!("{k}={}", vm.repr(v)?));
            }
        }
    }
    let name = vm.type_name(&this);
    Ok(Value::str(format!("operator.{name}({})", parts.join(", "))))
}

fn getter_reduce(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let cls = Value::Obj(vm.types.type_of(&this));
    match getter(vm, Some(&this))? {
        Getter::Items(items) | Getter::Attrs(items, _) => Ok(new_tuple([cls, new_tuple(items)])),
        Getter::Method(name, margs, mkw) => {
            if mkw.is_empty() {
                let mut all = vec![name];
                all.extend(margs);
                return Ok(new_tuple([cls, new_tuple(all)]));
            }
            let functools = vm.import_module("functools")?;
            let partial = vm.getattr(&functools, "partial")?;
            let p = vm.call(partial, vec![cls, name], mkw)?;
            Ok(new_tuple([p, new_tuple(margs)]))
        }
    }
}

/// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-like values, taking
/// time that depends on the length of `b` only (every byte is looked at).
fn compare_digest(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("_compare_digest expected 2 arguments, got {}", args.len())));
    }
    let (a, b) = (&args[0], &args[1]);
    let bytes_like = crate::builtins::methods::bytes_like;
    let (x, y) = match (a.as_str(), b.as_str()) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(vm.type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        _ => {
            let (bx, by) = (bytes_like(a), bytes_like(b));
            if bx.is_none() && by.is_none() {
                return Err(vm.type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    vm.type_name(a),
                    vm.type_name(b)
                )));
            }
            match (bx, by) {
                (Some(x), Some(y)) => (x, y),
                (None, _) => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(a)))),
                (_, None) => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(b)))),
            }
        }
    };
    // Walk all of `b` whatever the lengths, folding differences into one accumulator.
    let mut diff = u8::from(x.len() != y.len());
    for (i, &yb) in y.iter().enumerate() {
        diff |= x.get(i).copied().unwrap_or(!yb) ^ yb;
    }
    Ok(Value::Bool(diff == 0))
}

/// The `_operator` module.
pub fn make(vm: &mut Vm) -> Value {
    let bin: [BuiltinFn; 13] = [
        binary::<0>, binary::<1>, binary::<2>, binary::<3>, binary::<4>, binary::<5>, binary::<6>, binary::<7>, binary::<8>, binary::<9>,
        binary::<10>, binary::<11>, binary::<12>,
    ];
    let ibin: [BuiltinFn; 13] = [
        binary::<13>, binary::<14>, binary::<15>, binary::<16>, binary::<17>, binary::<18>, binary::<19>, binary::<20>, binary::<21>,
        binary::<22>, binary::<23>, binary::<24>, binary::<25>,
    ];
    let mut items: Vec<(&'static str, Value)> = vec![("__doc__", Value::str("Operator interface."))];
    for (k, (name, iname, _)) in BINARY.iter().enumerate() {
        items.push((name, builtin(name, bin[k])));
        items.push((iname, builtin(iname, ibin[k])));
    }
    let rest: &[(&'static str, BuiltinFn)] = &[
        ("lt", compare::<0>),
        ("le", compare::<1>),
        ("eq", compare::<2>),
        ("ne", compare::<3>),
        ("gt", compare::<4>),
        ("ge", compare::<5>),
        ("neg", unary::<0>),
        ("pos", unary::<1>),
        ("invert", unary::<2>),
        ("inv", unary::<3>),
        ("not_", not_),
        ("truth", truth),
        ("is_", is_),
        ("is_not", is_not),
        ("is_none", is_none),
        ("is_not_none", is_not_none),
        ("contains", contains),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("index", index),
        ("_compare_digest", compare_digest),
    ];
    for (n, f) in rest {
        items.push((n, builtin(n, *f)));
    }
    let methods: &[(&'static str, BuiltinFn)] = &[("__call__", getter_call), ("__repr__", getter_repr), ("__reduce__", getter_reduce)];
    for (name, new) in [("itemgetter", itemgetter_new as BuiltinFn), ("attrgetter", attrgetter_new), ("methodcaller", methodcaller_new)] {
        let ty = native::new_type(name, "operator", &vm.types.object, methods, &[], Some(new));
        items.push((name, Value::Obj(ty)));
    }
    module("_operator", items)
}
