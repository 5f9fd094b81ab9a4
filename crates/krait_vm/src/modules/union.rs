//! `types.UnionType`, which is also `typing.Union` (3.14): the value of `int | str`,
//! `int | None`, `list[int] | None` and `Union[int, str]`. Arguments are flattened (a union
//! inside a union contributes its own arguments), `None` becomes `NoneType`, duplicates are
//! dropped keeping the first, and a single remaining argument is returned as itself.
//! Equality and hash ignore order; the repr is CPython's (`int | str`); `isinstance` and
//! `issubclass` accept unions through [`args_of`]. `X | Y` for classes reaches [`or`] from
//! the VM's binary operator (`type.__or__`), returning None when an operand cannot take part
//! (so the other operand's `__ror__` is tried, as CPython's NotImplemented).

use super::{Args, Kwargs};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// The state of one union: its arguments, in order, without duplicates.
struct UnionState {
    args: Vec<Value>,
}

thread_local! {
    static UNION: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// The `typing.Union` class (made once per thread).
pub fn union_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = UNION.with(|u| u.borrow().clone()) {
        return t;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("__repr__", union_repr),
        ("__eq__", union_eq),
        ("__ne__", union_ne),
        ("__or__", union_or),
        ("__ror__", union_ror),
        ("__getitem__", union_getitem),
        ("__mro_entries__", union_mro_entries),
        ("__instancecheck__", union_instancecheck),
        ("__subclasscheck__", union_subclasscheck),
    ];
    let ty = native::new_type("Union", "typing", &vm.types.object, methods, &[("__class_getitem__", union_class_getitem)], Some(union_new));
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        // A plain builtin so that hash() calls it (a method descriptor would hash the state).
        d.set_str("__hash__", builtin("__hash__", union_hash));
        for (name, f) in [
            ("__args__", union_args as BuiltinFn),
            ("__parameters__", union_parameters),
            ("__origin__", union_origin),
            ("__name__", union_name),
            ("__qualname__", union_name),
        ] {
            d.set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
        d.set_str("__doc__", Value::str("Represent a union type\n\nE.g. for int | str"));
    }
    UNION.with(|u| *u.borrow_mut() = Some(ty.clone()));
    ty
}

/// The arguments of `v` when it is a union.
pub fn args_of(v: &Value) -> Option<Vec<Value>> {
    native::with_state::<UnionState, _>(v, |s| s.args.clone())
}

/// Can `v` be an operand of `|` between types (None, a class, a generic alias, a union,
/// a `type X = ...` alias)?
pub fn is_unionable(v: &Value) -> bool {
    matches!(v, Value::None)
        || matches!(v.payload(), Some(Payload::Type(_)))
        || args_of(v).is_some()
        || super::generic_alias::is_alias(v)
        || super::typing::is_type_alias(v)
}

/// `a | b` when both are unionable (None otherwise: the caller tries the reflected operand).
pub fn or(vm: &mut Vm, a: &Value, b: &Value) -> Result<Option<Value>, PyErr> {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(None);
    }
    let mut out = Vec::new();
    add(vm, &mut out, a, false)?;
    add(vm, &mut out, b, false)?;
    make(vm, out).map(Some)
}

/// `Union[args]`: a tuple is several arguments; each is checked by `typing._type_check`
/// unless it is obviously a type.
pub fn from_items(vm: &mut Vm, item: &Value) -> PyResult {
    let items = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![item.clone()],
    };
    let mut out = Vec::new();
    for it in &items {
        add(vm, &mut out, it, true)?;
    }
    make(vm, out)
}

/// Adds one argument to `out`: unions are flattened, None becomes NoneType, duplicates go.
fn add(vm: &mut Vm, out: &mut Vec<Value>, arg: &Value, checked: bool) -> Result<(), PyErr> {
    let arg = if matches!(arg, Value::None) { Value::Obj(vm.types.none.clone()) } else { arg.clone() };
    if let Some(inner) = args_of(&arg) {
        for a in inner {
            add(vm, out, &a, checked)?;
        }
        return Ok(());
    }
    let arg = if checked && !is_unionable(&arg) {
        let typing = vm.import_module("typing")?;
        let check = vm.getattr(&typing, "_type_check")?;
        vm.call(check, vec![arg, Value::str("Union[arg, ...]: each arg must be a type.")], vec![])?
    } else {
        arg
    };
    for have in out.iter() {
        if have.is(&arg) || vm.eq(have, &arg)? {
            return Ok(());
        }
    }
    out.push(arg);
    Ok(())
}

fn make(vm: &mut Vm, mut args: Vec<Value>) -> PyResult {
    match args.len() {
        0 => Err(vm.type_error("Cannot take a Union of no types.")),
        1 => Ok(args.remove(0)),
        _ => {
            let ty = union_type(vm);
            Ok(native::wrap(&ty, UnionState { args }))
        }
    }
}

/// CPython's `_Py_typing_type_repr`: `int`, `mod.Class`, `None`, `...`, or the repr of
/// anything that looks like a generic alias or is not a class.
pub fn type_repr(vm: &mut Vm, p: &Value) -> Result<String, PyErr> {
    if matches!(p.payload(), Some(Payload::Ellipsis)) {
        return Ok("...".to_string());
    }
    if let Some(o) = p.as_obj()
        && std::rc::Rc::ptr_eq(o, &vm.types.none)
    {
        return Ok("None".to_string());
    }
    if vm.getattr_opt(p, "__origin__")?.is_some() && vm.getattr_opt(p, "__args__")?.is_some() {
        return vm.repr(p);
    }
    let Some(qualname) = vm.getattr_opt(p, "__qualname__")? else { return vm.repr(p) };
    let module = match vm.getattr_opt(p, "__module__")? {
        None | Some(Value::None) => return vm.repr(p),
        Some(m) => m,
    };
    let q = vm.to_str(&qualname)?;
    if module.as_str() == Some("builtins") {
        return Ok(q);
    }
    let m = vm.to_str(&module)?;
    Ok(format!("{m}.{q}"))
}

fn this(vm: &Vm, args: &[Value]) -> Result<Vec<Value>, PyErr> {
    args.first().and_then(args_of).ok_or_else(|| vm.type_error("descriptor requires a 'typing.Union' object"))
}

fn union_new(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.type_error("cannot create 'typing.Union' instances"))
}

fn union_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let items = this(vm, &args)?;
    let mut parts = Vec::with_capacity(items.len());
    for it in &items {
        parts.push(type_repr(vm, it)?);
    }
    Ok(Value::str(parts.join(" | ")))
}

/// Both unions hold the same arguments, in any order.
fn same_args(vm: &mut Vm, a: &[Value], b: &[Value]) -> Result<bool, PyErr> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in [(a, b), (b, a)] {
        for it in x {
            let mut found = false;
            for other in y {
                if it.is(other) || vm.eq(it, other)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn union_eq(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let Some(b) = args.get(1).and_then(args_of) else { return Ok(Value::not_implemented()) };
    Ok(Value::Bool(same_args(vm, &a, &b)?))
}

fn union_ne(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let a = this(vm, &args)?;
    let Some(b) = args.get(1).and_then(args_of) else { return Ok(Value::not_implemented()) };
    Ok(Value::Bool(!same_args(vm, &a, &b)?))
}

/// `hash(frozenset(args))`, so that equal unions hash alike.
fn union_hash(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let items = this(vm, &args)?;
    let frozenset = Value::Obj(vm.types.frozenset.clone());
    let set = vm.call(frozenset, vec![new_tuple(items)], vec![])?;
    let h = vm.hash(&set)?;
    Ok(Value::Int(h as i64))
}

fn union_or(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    binary(vm, a, b)
}

fn union_ror(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    binary(vm, b, a)
}

/// A union's own `|`: the other operand is checked as `Union[...]` checks it, so
/// `(int | str) | "x"` raises as CPython does; operands typing cannot use give
/// NotImplemented.
fn binary(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if let Some(r) = or(vm, a, b)? {
        return Ok(r);
    }
    let mut out = Vec::new();
    add(vm, &mut out, a, true)?;
    add(vm, &mut out, b, true)?;
    make(vm, out)
}

fn union_args(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_tuple(this(vm, &args)?))
}

fn union_parameters(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let items = this(vm, &args)?;
    super::generic_alias::make_parameters(vm, &items)
}

fn union_origin(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Obj(union_type(vm)))
}

fn union_name(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::str("Union"))
}

fn union_getitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let items = this(vm, &args)?;
    let (Some(me), Some(key)) = (args.first(), args.get(1)) else { return Err(vm.type_error("expected 1 argument")) };
    let params = super::generic_alias::make_parameters(vm, &items)?;
    let params = vm.seq_items(&params)?;
    let newargs = super::generic_alias::subs_parameters(vm, me, &items, &params, key)?;
    from_items(vm, &new_tuple(newargs))
}

fn union_class_getitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(item) = args.get(1) else { return Err(vm.type_error("expected 1 argument")) };
    from_items(vm, item)
}

fn union_mro_entries(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let r = vm.repr(args.first().unwrap_or(&Value::None))?;
    Err(vm.type_error(format!("Cannot subclass {r}")))
}

fn union_instancecheck(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (Some(me), Some(obj)) = (args.first(), args.get(1)) else { return Err(vm.type_error("expected 1 argument")) };
    let b = vm.builtins_module();
    let f = vm.getattr(&b, "isinstance")?;
    vm.call(f, vec![obj.clone(), me.clone()], vec![])
}

fn union_subclasscheck(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (Some(me), Some(obj)) = (args.first(), args.get(1)) else { return Err(vm.type_error("expected 1 argument")) };
    let b = vm.builtins_module();
    let f = vm.getattr(&b, "issubclass")?;
    vm.call(f, vec![obj.clone(), me.clone()], vec![])
}
