//! What the built-in types' dicts hold: their methods and their special methods ("slots"),
//! as method descriptors, so that `list.append`, `int.__add__`, `super().__init__()` and
//! `dict.__setitem__(self, k, v)` work, and subclasses of built-in types inherit behaviour
//! through the MRO like any other class.
//!
//! A slot of a built-in data type (`int.__add__`, `list.__len__`) runs the VM's built-in
//! operation on the receiver, which the method-descriptor call has already unwrapped from a
//! subclass instance. The slots of `object`, `type` and `BaseException` are the default
//! behaviours themselves (`object.__repr__` is the `<X object at ...>` repr, never a
//! dispatch back to an override).

use super::{Args, Kwargs, builtin};
use crate::heap::Payload;
use crate::interp::ops::Unary;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::{Arity, BuiltinFn, BuiltinFunction, Direct};
use crate::objects::types::{self, Kind};
use crate::value::{ObjRef, Value};

/// Installs the methods and slots of every built-in type.
pub fn install(vm: &mut Vm) {
    for (kind, table, arities, directs) in super::methods::tables() {
        if let Some(ty) = vm.types.of_kind(kind) {
            for (((name, f), arity), direct) in table.iter().zip(arities).zip(directs) {
                add_method_with(&ty, name, *f, *arity, *direct);
            }
        }
    }
    for (kind, table, class) in super::methods::class_tables() {
        if let Some(ty) = vm.types.of_kind(kind) {
            for (name, f) in table {
                let b = builtin(name, *f);
                set(&ty, name, Value::new_obj(if class { Payload::ClassMethod(b) } else { Payload::StaticMethod(b) }));
            }
        }
    }
    for (kind, table) in super::methods::attr_tables() {
        if let Some(ty) = vm.types.of_kind(kind) {
            for (name, f) in table {
                let fget = builtin(name, *f);
                set(&ty, name, Value::new_obj(Payload::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None }));
            }
        }
    }
    // PEP 649: `type.__annotations__` and `type.__annotate__` (getset descriptors in
    // CPython, so `type.__dict__["__annotations__"].__get__` exists).
    for (name, get, put) in [
        ("__annotations__", type_annotations as BuiltinFn, type_set_annotations as BuiltinFn),
        ("__annotate__", type_annotate, type_set_annotate),
    ] {
        let p = Payload::Property { fget: builtin(name, get), fset: builtin(name, put), fdel: Value::None, doc: Value::None };
        set(&vm.types.type_.clone(), name, Value::new_obj(p));
    }
    // `type.__dict__["__mro__"]` and `["__dict__"]` (inspect reads them statically).
    for (name, get) in [("__mro__", type_mro_get as BuiltinFn), ("__dict__", type_dict_get)] {
        let p = Payload::Property { fget: builtin(name, get), fset: Value::None, fdel: Value::None, doc: Value::None };
        set(&vm.types.type_.clone(), name, Value::new_obj(p));
    }
    super::type_names::register(vm);
    let t = &vm.types;
    let numeric: &[(&'static str, BuiltinFn)] = &[
        ("__add__", binop::<0>),
        ("__radd__", rbinop::<0>),
        ("__sub__", binop::<10>),
        ("__rsub__", rbinop::<10>),
        ("__mul__", binop::<5>),
        ("__rmul__", rbinop::<5>),
        ("__truediv__", binop::<11>),
        ("__rtruediv__", rbinop::<11>),
        ("__floordiv__", binop::<2>),
        ("__rfloordiv__", rbinop::<2>),
        ("__mod__", binop::<6>),
        ("__rmod__", rbinop::<6>),
        ("__pow__", binop::<8>),
        ("__rpow__", rbinop::<8>),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", bool_),
        ("__int__", int),
        ("__float__", float),
        ("__hash__", hash),
        ("__divmod__", divmod),
    ];
    let bits: &[(&'static str, BuiltinFn)] = &[
        ("__and__", binop::<1>),
        ("__rand__", rbinop::<1>),
        ("__or__", binop::<7>),
        ("__ror__", rbinop::<7>),
        ("__xor__", binop::<12>),
        ("__rxor__", rbinop::<12>),
        ("__lshift__", binop::<3>),
        ("__rlshift__", rbinop::<3>),
        ("__rshift__", binop::<9>),
        ("__rrshift__", rbinop::<9>),
        ("__invert__", invert),
        ("__index__", int),
    ];
    let compare: &[(&'static str, BuiltinFn)] = &[
        ("__lt__", cmp::<0>),
        ("__le__", cmp::<1>),
        ("__eq__", cmp::<2>),
        ("__ne__", cmp::<3>),
        ("__gt__", cmp::<4>),
        ("__ge__", cmp::<5>),
        ("__repr__", repr),
    ];
    let sequence: &[(&'static str, BuiltinFn)] = &[
        ("__len__", len),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
    ];
    let concat: &[(&'static str, BuiltinFn)] = &[("__add__", binop::<0>), ("__mul__", binop::<5>), ("__rmul__", rbinop::<5>)];
    let mutable: &[(&'static str, BuiltinFn)] = &[("__setitem__", setitem), ("__delitem__", delitem), ("__init__", container_init)];
    let set_ops: &[(&'static str, BuiltinFn)] = &[
        ("__and__", binop::<1>),
        ("__rand__", rbinop::<1>),
        ("__or__", binop::<7>),
        ("__ror__", rbinop::<7>),
        ("__xor__", binop::<12>),
        ("__rxor__", rbinop::<12>),
        ("__sub__", binop::<10>),
        ("__rsub__", rbinop::<10>),
        ("__init__", container_init),
    ];
    let hashable: &[(&'static str, BuiltinFn)] = &[("__hash__", hash)];
    let unhashable = |ty: &ObjRef| set(ty, "__hash__", Value::None);
    let plan: Vec<(&ObjRef, Vec<SlotTable>)> = vec![
        (&t.int, vec![numeric, bits, compare]),
        (&t.float, vec![numeric, compare]),
        (&t.str_, vec![compare, sequence, concat, hashable, &[("__mod__", binop::<6>), ("__str__", str_)]]),
        (&t.tuple, vec![compare, sequence, concat, hashable]),
        (&t.list, vec![compare, sequence, concat, mutable, &[("__iadd__", iadd), ("__reversed__", reversed)]]),
        (&t.dict, vec![compare, sequence, mutable, &[("__or__", binop::<7>), ("__reversed__", reversed)]]),
        (&t.set, vec![compare, &sequence[..1], &sequence[2..], set_ops]),
        (&t.range, vec![compare, sequence, hashable]),
        (&t.frozenset, vec![compare, &sequence[..1], &sequence[2..], &set_ops[..8], hashable]),
        (&t.complex, vec![&numeric[..12], &numeric[15..17], &numeric[18..19], compare, hashable]),
        (&t.bytes, vec![compare, sequence, concat, hashable, &[("__mod__", binop::<6>)]]),
        (&t.bytearray, vec![compare, sequence, concat, mutable]),
        (&t.memoryview, vec![compare, sequence]),
    ];
    for (ty, tables) in plan {
        for table in tables {
            for (name, f) in table.iter() {
                add_method(ty, name, *f);
            }
        }
    }
    for ty in [&t.list, &t.dict, &t.set, &t.bytearray] {
        unhashable(ty);
    }
    for ty in [&t.set, &t.frozenset] {
        add_method(ty, "__reduce__", super::reduce::set_reduce);
    }
    add_method(&t.bytearray, "__reduce__", super::reduce::bytearray_reduce);
    add_method(&t.slice, "__reduce__", super::reduce::slice_reduce);
    add_method(&t.tuple, "__getnewargs__", super::reduce::tuple_getnewargs);
    for (i, ty) in t.dict_views.iter().enumerate() {
        let mut tables: Vec<SlotTable> = vec![&sequence[..1], &sequence[2..], &[("__reversed__", reversed)]];
        if i != 1 {
            tables.extend([&set_ops[..8], &compare[..6], super::methods::VIEW_METHODS]);
        }
        for table in tables {
            for (name, f) in table.iter() {
                add_method(ty, name, *f);
            }
        }
    }
    for (ty, f) in [(&t.int, new_native as BuiltinFn), (&t.float, new_native), (&t.str_, new_native), (&t.tuple, new_native)] {
        set(ty, "__new__", Value::new_obj(Payload::StaticMethod(builtin("__new__", f))));
    }
    for ty in [&t.list, &t.dict, &t.set, &t.frozenset, &t.complex, &t.bytes, &t.bytearray] {
        set(ty, "__new__", Value::new_obj(Payload::StaticMethod(builtin("__new__", new_native))));
    }
    // object
    let object = t.object.clone();
    for (name, f) in [
        ("__init__", object_init as BuiltinFn),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__getattribute__", object_getattribute),
        ("__format__", object_format),
        ("__dir__", object_dir),
        ("__reduce_ex__", super::reduce::object_reduce_ex),
        ("__reduce__", super::reduce::object_reduce),
        ("__getstate__", super::reduce::object_getstate),
    ] {
        add_method(&object, name, f);
    }
    set(&object, "__new__", Value::new_obj(Payload::StaticMethod(builtin("__new__", object_new))));
    for (name, f) in [("__init_subclass__", object_init_subclass as BuiltinFn), ("__subclasshook__", object_subclasshook)] {
        set(&object, name, Value::new_obj(Payload::ClassMethod(builtin(name, f))));
    }
    // type
    let type_ = t.type_.clone();
    for (name, f) in [
        ("__call__", type_call as BuiltinFn),
        ("__init__", type_init),
        ("mro", type_mro),
        ("__subclasses__", type_subclasses),
        ("__or__", type_or),
        ("__ror__", type_ror),
    ] {
        add_method(&type_, name, f);
    }
    set(&type_, "__new__", Value::new_obj(Payload::StaticMethod(builtin("__new__", type_new))));
    // property, staticmethod, classmethod: subclasses pass their arguments up.
    for ty in [&t.property, &t.staticmethod, &t.classmethod] {
        add_method(ty, "__init__", type_init);
    }
    // The descriptor protocol as methods: `f.__get__(obj, cls)`, `prop.__set__(obj, v)`.
    for ty in [&t.function, &t.method_descriptor, &t.property, &t.staticmethod, &t.classmethod] {
        add_method(ty, "__get__", descr_get);
    }
    // Calling through `__call__` (`f.__call__(x)`).
    for ty in [&t.function, &t.builtin_function, &t.method, &t.method_descriptor] {
        add_method(ty, "__call__", call_self);
    }
    add_method(&t.getset_descriptor, "__get__", descr_get);
    add_method(&t.getset_descriptor, "__set__", property_set);
    add_method(&t.property, "__set__", property_set);
    add_method(&t.property, "__delete__", property_delete);
    // generator
    let generator = t.generator.clone();
    for (name, f) in [
        ("send", gen_send as BuiltinFn),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__next__", gen_next),
        ("__iter__", iter_self),
    ] {
        add_method(&generator, name, f);
    }
    // The built-in iterators: `it.__next__()`, `iter(it) is it`.
    add_method(&t.iterator, "__next__", iter_next);
    add_method(&t.iterator, "__iter__", iter_self);
    let coroutine = t.coroutine.clone();
    for (name, f) in [
        ("send", gen_send as BuiltinFn),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__await__", crate::interp::coroutines::coro_await),
    ] {
        add_method(&coroutine, name, f);
    }
    let agen = t.async_generator.clone();
    for (name, f) in [
        ("asend", crate::interp::coroutines::agen_asend as BuiltinFn),
        ("athrow", crate::interp::coroutines::agen_athrow),
        ("aclose", crate::interp::coroutines::agen_aclose),
        ("__anext__", crate::interp::coroutines::agen_anext),
        ("__aiter__", crate::interp::coroutines::agen_aiter),
    ] {
        add_method(&agen, name, f);
    }
    super::exc_group::install(vm);
    let t = &vm.types;
    // BaseException
    let base_exc = t.exception("BaseException");
    for (name, f) in [
        ("__init__", super::exception_init as BuiltinFn),
        ("__repr__", exception_repr),
        ("__str__", exception_str),
        ("with_traceback", exception_with_traceback),
        ("__reduce__", exception_reduce),
        ("add_note", exception_add_note),
    ] {
        add_method(&base_exc, name, f);
    }
}

/// `callable.__call__(*args, **kwargs)`.
fn call_self(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let mut it = args.into_iter();
    let Some(f) = it.next() else { return Err(vm.type_error("__call__ needs a receiver")) };
    vm.call(f, it.collect(), kwargs)
}

/// A list of (slot name, implementation).
type SlotTable<'a> = &'a [(&'static str, BuiltinFn)];

fn set(ty: &ObjRef, name: &str, v: Value) {
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str(name, v);
    }
}

fn add_method(ty: &ObjRef, name: &'static str, func: BuiltinFn) {
    add_method_with(ty, name, func, Arity::Any, Direct::None);
}

fn add_method_with(ty: &ObjRef, name: &'static str, func: BuiltinFn, arity: Arity, direct: Direct) {
    set(ty, name, Value::new_obj(Payload::MethodDescr { func: BuiltinFunction { name, func, one: None }, owner: ty.clone(), arity, direct }));
}

/// The receiver and the one argument of a binary slot.
fn two(vm: &Vm, args: &[Value], _name: &str) -> Result<(Value, Value), PyErr> {
    match args {
        [a, b] => Ok((a.clone(), unwrap_native(b))),
        _ => Err(vm.type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1)))),
    }
}

fn one(vm: &Vm, args: &[Value]) -> Result<Value, PyErr> {
    match args {
        [a] => Ok(a.clone()),
        _ => Err(vm.type_error(format!("expected 0 arguments, got {}", args.len().saturating_sub(1)))),
    }
}

/// The built-in value inside an instance of a subclass of a built-in type, else `v`.
pub fn unwrap_native(v: &Value) -> Value {
    if let Some(Payload::Instance(i)) = v.payload() {
        let n = i.native.borrow();
        if !n.is_null() {
            return n.clone();
        }
    }
    v.clone()
}

fn not_implemented(_vm: &Vm) -> Value {
    Value::not_implemented()
}

fn binop<const OP: usize>(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (a, b) = two(vm, &args, "op")?;
    Ok(vm.builtin_binary(OP, &a, &b)?.unwrap_or_else(|| not_implemented(vm)))
}

fn rbinop<const OP: usize>(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (a, b) = two(vm, &args, "op")?;
    Ok(vm.builtin_binary(OP, &b, &a)?.unwrap_or_else(|| not_implemented(vm)))
}

fn iadd(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (a, b) = two(vm, &args, "__iadd__")?;
    let items = vm.seq_items(&b)?;
    if let Some(Payload::List(l)) = a.payload() {
        l.borrow_mut().extend(items);
    }
    Ok(args[0].clone())
}

fn cmp<const OP: u32>(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (a, b) = two(vm, &args, "comparison")?;
    // A memoryview compares with any buffer (bytes, bytearray, array.array, views).
    if (OP == 2 || OP == 3) && (matches!(a.payload(), Some(Payload::MemoryView(_))) || matches!(b.payload(), Some(Payload::MemoryView(_)))) {
        // The other operand as given (an array.array's state is not a buffer by itself).
        let b = args.get(1).cloned().unwrap_or(b);
        return Ok(match crate::builtins::methods::memview_equal(&a, &b) {
            Some(eq) => Value::Bool(eq == (OP == 2)),
            None => not_implemented(vm),
        });
    }
    // `==`/`!=` between unrelated built-in types is NotImplemented (the other side decides).
    if (OP == 2 || OP == 3) && !comparable(&a, &b) {
        return Ok(not_implemented(vm));
    }
    Ok(match vm.builtin_compare(OP, &a, &b)? {
        Some(r) => Value::Bool(r),
        None => not_implemented(vm),
    })
}

/// Can the built-in comparison of `a` and `b` decide equality (same kind, numbers, bytes,
/// sets and their views)?
fn comparable(a: &Value, b: &Value) -> bool {
    let num = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) || matches!(v.payload(), Some(Payload::BigInt(_) | Payload::Complex { .. }));
    let bytes = |v: &Value| matches!(v.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)));
    let setlike = |v: &Value| matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { .. }));
    match (a.payload(), b.payload()) {
        _ if num(a) && num(b) => true,
        _ if bytes(a) && bytes(b) => true,
        _ if setlike(a) && setlike(b) => true,
        (Some(x), Some(y)) => std::mem::discriminant(x) == std::mem::discriminant(y),
        (None, None) => std::mem::discriminant(a) == std::mem::discriminant(b),
        _ => false,
    }
}

fn neg(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    vm.unary_op(Unary::Neg, &v)
}

fn pos(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    vm.unary_op(Unary::Pos, &v)
}

fn invert(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    vm.unary_op(Unary::Invert, &v)
}

fn abs(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    super::abs_one(vm, &v)
}

fn divmod(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    super::divmod(vm, args, k)
}

fn bool_(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    Ok(Value::Bool(vm.truthy(&v)?))
}

fn int(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    let int_type = Value::Obj(vm.types.int.clone());
    super::construct_builtin(vm, &int_type, Kind::Int, smallvec::smallvec![v], vec![])
}

fn float(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    let float_type = Value::Obj(vm.types.float.clone());
    super::construct_builtin(vm, &float_type, Kind::Float, smallvec::smallvec![v], vec![])
}

fn hash(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    Ok(Value::Int(vm.hash(&v)? as i64))
}

fn repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    Ok(Value::str(vm.repr(&v)?))
}

fn str_(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    Ok(Value::str(vm.to_str(&v)?))
}

fn len(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    Ok(Value::Int(super::length(vm, &v)? as i64))
}

fn getitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (a, b) = two(vm, &args, "__getitem__")?;
    vm.getitem(&a, &b)
}

fn setitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    match args.as_slice() {
        [a, k, v] => {
            vm.setitem(a, k, v.clone())?;
            Ok(Value::None)
        }
        _ => Err(vm.type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1)))),
    }
}

fn delitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (a, b) = two(vm, &args, "__delitem__")?;
    vm.delitem(&a, &b)?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (a, b) = two(vm, &args, "__contains__")?;
    Ok(Value::Bool(vm.contains(&a, &b)?))
}

fn iter(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    vm.get_iter(&v)
}

fn reversed(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    let mut items = vm.seq_items(&v)?;
    items.reverse();
    Ok(Value::new_obj(Payload::Iter(std::cell::RefCell::new(crate::objects::iter::IterState::Values { items, pos: 0, kind: crate::objects::iter::K_LIST_REVERSED }))))
}

/// `list.__init__(self, iterable=())`, `dict.__init__(self, *args, **kw)`, `set.__init__`:
/// refills the receiver from what the constructor would build.
fn container_init(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    }
    let this = args.remove(0);
    let kind = match this.payload() {
        Some(Payload::List(_)) => Kind::List,
        Some(Payload::Dict(_)) => Kind::Dict,
        Some(Payload::Set(_)) => Kind::Set,
        Some(Payload::ByteArray(_)) => Kind::ByteArray,
        _ => return Ok(Value::None),
    };
    let ty = Value::Obj(vm.types.type_of(&this));
    let fresh = super::construct_builtin(vm, &ty, kind, args, kwargs)?;
    match (this.payload(), fresh.payload()) {
        (Some(Payload::List(a)), Some(Payload::List(b))) => {
            let items = std::mem::take(&mut *b.borrow_mut());
            *a.borrow_mut() = items;
        }
        (Some(Payload::Dict(a)), Some(Payload::Dict(b))) | (Some(Payload::Set(a)), Some(Payload::Set(b))) => {
            let d = std::mem::take(&mut *b.borrow_mut());
            if kind == Kind::Dict {
                // dict.__init__ updates rather than replaces.
                let mut a = a.borrow_mut();
                for (k, v) in d.iter() {
                    let _ = a.set(k.clone(), v.clone());
                }
            } else {
                *a.borrow_mut() = d;
            }
        }
        (Some(Payload::ByteArray(a)), Some(Payload::ByteArray(b))) => {
            let items = std::mem::take(&mut *b.borrow_mut());
            *a.borrow_mut() = items;
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `int.__new__(cls, x)` (and float, str, tuple, list, dict, set): the built-in value for
/// the built-in type itself, an instance wrapping one for a subclass.
fn new_native(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("__new__(): not enough arguments"));
    }
    let cls = args.remove(0);
    let Some(class) = cls.as_obj().filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error(format!("__new__(X): X is not a type object ({})", vm.type_name(&cls))));
    };
    vm.new_object(&class, args.into_vec(), kwargs)
}

fn object_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    }
    let cls = args.remove(0);
    let Some(class) = cls.as_obj().filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({})", vm.type_name(&cls))));
    };
    // A built-in type other than object needs its own __new__.
    if let Payload::Type(t) = &class.payload
        && !matches!(t.kind, Kind::Object | Kind::Instance)
        && !vm.is_exception_class(&class)
    {
        let name = types::type_name(&class);
        return Err(vm.type_error(format!("object.__new__({name}) is not safe, use {name}.__new__()")));
    }
    // A class whose `__abstractmethods__` is non-empty (abc.ABCMeta sets it) cannot be
    // instantiated.
    if let Some(abstract_) = types::lookup(&class, "__abstractmethods__")
        && !matches!(abstract_, Value::None)
    {
        let mut names: Vec<String> = vm.seq_items(&abstract_)?.iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
        if !names.is_empty() {
            names.sort();
            let list = names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
            return Err(vm.type_error(format!(
                "Can't instantiate abstract class {} without an implementation for abstract method{} {list}",
                types::type_name(&class),
                if names.len() == 1 { "" } else { "s" }
            )));
        }
    }
    if (!args.is_empty() || !kwargs.is_empty()) && !vm.is_exception_class(&class) {
        if !is_object_slot(vm, &class, "__new__") {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if is_object_slot(vm, &class, "__init__") {
            return Err(vm.type_error(format!("{}() takes no arguments", types::type_name(&class))));
        }
    }
    vm.new_object(&class, args.into_vec(), kwargs)
}

/// Is `class.name` object's own `name` (not overridden anywhere in the MRO)?
pub(crate) fn is_object_slot(vm: &Vm, class: &ObjRef, name: &str) -> bool {
    match (types::lookup(class, name), types::lookup(&vm.types.object, name)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

fn object_init(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.len() > 1 || !kwargs.is_empty() {
        let ty = vm.types.type_of(&args[0]);
        if !vm.is_exception_class(&ty) {
            if !is_object_slot(vm, &ty, "__init__") {
                return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
            }
            if is_object_slot(vm, &ty, "__new__") {
                return Err(vm.type_error(format!("{}() takes no arguments", types::type_name(&ty))));
            }
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    Ok(Value::str(vm.default_repr(&v)))
}

fn object_str(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    Ok(Value::str(vm.repr(&v)?))
}

fn object_eq(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (a, b) = two(vm, &args, "__eq__")?;
    Ok(if a.is(&args[1]) || a.is(&b) { Value::Bool(true) } else { not_implemented(vm) })
}

fn object_ne(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (a, b) = two(vm, &args, "__ne__")?;
    match vm.call_dunder(&a, "__eq__", vec![b]) {
        Some(r) => {
            let r = r?;
            if matches!(r.payload(), Some(Payload::NotImplemented)) {
                return Ok(r);
            }
            Ok(Value::Bool(!vm.truthy(&r)?))
        }
        None => Ok(not_implemented(vm)),
    }
}

fn object_hash(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    Ok(Value::Int(crate::objects::dict::identity_hash(&v) as i64))
}

fn attr_name(vm: &Vm, v: &Value) -> Result<String, PyErr> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

fn object_setattr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let [obj, name, value] = args.as_slice() else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1))));
    };
    let name = attr_name(vm, name)?;
    let ty = vm.types.type_of(obj);
    vm.generic_setattr(obj, &name, Some(value.clone()), &ty)?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (obj, name) = two(vm, &args, "__delattr__")?;
    let name = attr_name(vm, &name)?;
    let ty = vm.types.type_of(&obj);
    vm.generic_setattr(&obj, &name, None, &ty)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (obj, name) = two(vm, &args, "__getattribute__")?;
    let name = attr_name(vm, &name)?;
    let ty = vm.types.type_of(&obj);
    match vm.generic_getattr(&obj, &name, &ty)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&obj, &name)),
    }
}

fn object_format(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (obj, spec) = two(vm, &args, "__format__")?;
    if spec.as_str().is_some_and(|s| !s.is_empty()) {
        return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(&obj))));
    }
    vm.to_str_value(&obj)
}

fn object_dir(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let obj = one(vm, &args)?;
    let mut names: Vec<String> = Vec::new();
    if let Some(Payload::Instance(i)) = obj.payload() {
        names.extend(i.attrs().borrow().iter().filter_map(|(k, _)| k.as_str().map(str::to_string)));
    }
    for c in types::mro_of(&vm.types.type_of(&obj)) {
        if let Payload::Type(t) = &c.payload {
            names.extend(t.dict.borrow().iter().filter_map(|(k, _)| k.as_str().map(str::to_string)));
        }
    }
    names.sort();
    names.dedup();
    Ok(crate::interp::call::new_list(names.into_iter().map(Value::str).collect()))
}

fn object_init_subclass(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if let Some((k, _)) = kwargs.first() {
        let cls = args.first().map(|c| vm.repr(c).unwrap_or_default()).unwrap_or_default();
        let name = cls.trim_start_matches("<class '").trim_end_matches("'>").rsplit('.').next().unwrap_or("").to_string();
        let _ = k;
        return Err(vm.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn object_subclasshook(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(not_implemented(vm))
}

fn type_call(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let cls = args.remove(0);
    let Some(class) = cls.as_obj().filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    vm.construct(&class, args.into_vec(), kwargs)
}

/// `descr.__get__(instance, owner=None)` for the built-in descriptors.
fn descr_get(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (descr, inst, owner) = match args.as_slice() {
        [d, i] => (d, i, None),
        [d, i, o] => (d, i, Some(o)),
        _ => return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", args.len().saturating_sub(1)))),
    };
    let obj = (!matches!(inst, Value::None)).then_some(inst);
    let owner = match owner.and_then(|o| o.as_obj().filter(|c| matches!(c.payload, Payload::Type(_)))) {
        Some(o) => o.clone(),
        None if obj.is_some() => vm.types.type_of(inst),
        None => return Err(vm.type_error("__get__(None, None) is invalid")),
    };
    vm.descr_get(unwrap_native(descr), obj, &owner, "")
}

/// The fset/fdel of a property (or of a property subclass instance).
fn property_accessor(vm: &Vm, prop: &Value, set: bool) -> Result<Value, PyErr> {
    match unwrap_native(prop).payload() {
        Some(Payload::Property { fset, fdel, .. }) => {
            let f = if set { fset } else { fdel };
            if matches!(f, Value::None) {
                let what = if set { "setter" } else { "deleter" };
                return Err(vm.error("AttributeError", format!("property has no {what}")));
            }
            Ok(f.clone())
        }
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn property_set(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let [prop, obj, value] = args.as_slice() else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1))));
    };
    let f = property_accessor(vm, prop, true)?;
    vm.call(f, vec![obj.clone(), value.clone()], vec![])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let [prop, obj] = args.as_slice() else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
    };
    let f = property_accessor(vm, prop, false)?;
    vm.call(f, vec![obj.clone()], vec![])?;
    Ok(Value::None)
}

/// `type.__or__`: `int | str` (a union, or NotImplemented for operands unions cannot hold).
fn type_or(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    Ok(crate::modules::union::or(vm, a, b)?.unwrap_or_else(Value::not_implemented))
}

/// `type.__ror__`: `None | int`.
fn type_ror(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    Ok(crate::modules::union::or(vm, b, a)?.unwrap_or_else(Value::not_implemented))
}

fn type_init(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn type_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let [meta, name, bases, ns] = args.as_slice() else {
        if args.len() == 2 {
            return Ok(Value::Obj(vm.types.type_of(&args[1])));
        }
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    };
    let Some(meta) = meta.as_obj().filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    vm.type_new(&meta, name, bases, ns, kwargs)
}

fn type_mro(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    let Some(c) = v.as_obj() else { return Err(vm.type_error("mro() needs a type")) };
    Ok(crate::interp::call::new_list(types::mro_of(c).into_iter().map(Value::Obj).collect()))
}

/// `cls.__subclasses__()`: the live classes naming `cls` as a base, oldest first.
fn type_subclasses(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let subs = match args.first().and_then(Value::payload) {
        Some(Payload::Type(t)) => t.subclasses.borrow().iter().filter_map(std::rc::Weak::upgrade).map(Value::Obj).collect(),
        _ => return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object")),
    };
    Ok(crate::interp::call::new_list(subs))
}

fn exception_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    let Some(Payload::Instance(i)) = v.payload() else { return Ok(Value::str(vm.default_repr(&v))) };
    let a = i.exc().args.borrow().clone();
    let name = vm.type_name(&v);
    Ok(Value::str(match a.payload() {
        Some(Payload::Tuple(t)) if t.len() == 1 => format!("{name}({})", vm.repr(&t[0])?),
        _ => format!("{name}{}", vm.repr(&a)?),
    }))
}

fn exception_str(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = one(vm, &args)?;
    if let Some(s) = vm.syntax_error_str(&v) {
        return Ok(Value::str(s));
    }
    if let Some(s) = super::exc_attrs::special_str(vm, &v) {
        return Ok(Value::str(s));
    }
    Ok(Value::str(vm.exception_args_str(&v)))
}

fn exception_with_traceback(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (e, tb) = two(vm, &args, "with_traceback")?;
    vm.setattr(&e, "__traceback__", tb)?;
    Ok(e)
}

/// `BaseException.__reduce__`: (type, args) and the instance dict when it has one.
fn exception_reduce(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let e = one(vm, &args)?;
    let Some(Payload::Instance(i)) = e.payload() else { return Err(vm.type_error("__reduce__ needs an exception")) };
    let class = Value::Obj(i.class_obj());
    let a = i.exc().args.borrow().clone();
    if i.attrs().borrow().is_empty() {
        return Ok(crate::interp::call::new_tuple([class, a]));
    }
    Ok(crate::interp::call::new_tuple([class, a, Value::Obj(i.dict_obj().clone())]))
}

fn exception_add_note(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (e, note) = two(vm, &args, "add_note")?;
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("add_note() argument must be str, not {}", vm.type_name(&note))));
    }
    let notes = match vm.getattr_opt(&e, "__notes__")? {
        Some(n) => n,
        None => {
            let l = crate::interp::call::new_list(Vec::new());
            vm.setattr(&e, "__notes__", l.clone())?;
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.borrow_mut().push(note),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn gen_send(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let [g, v] = args.as_slice() else {
        return Err(vm.type_error(format!("generator.send() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    };
    match vm.gen_resume(g, crate::interp::generators::Resume::Send(v.clone()))? {
        crate::interp::generators::GenOutcome::Yielded(v) => Ok(v),
        crate::interp::generators::GenOutcome::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let g = one(vm, &args)?;
    match vm.gen_resume(&g, crate::interp::generators::Resume::Send(Value::None))? {
        crate::interp::generators::GenOutcome::Yielded(v) => Ok(v),
        crate::interp::generators::GenOutcome::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn iter_next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let it = one(vm, &args)?;
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_self(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    one(vm, &args)
}

fn gen_throw(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    crate::interp::coroutines::throw_arity(vm, "throw", &args)?;
    let g = args[0].clone();
    let exc = match (args[1].payload(), args.get(2)) {
        (Some(Payload::Type(_)), Some(v)) if !matches!(v, Value::None) => {
            if vm.is_exception_instance(v) {
                v.clone()
            } else {
                let a = match v.payload() {
                    Some(Payload::Tuple(t)) => t.to_vec(),
                    _ => vec![v.clone()],
                };
                vm.call(args[1].clone(), a, vec![])?
            }
        }
        _ => vm.make_raisable(args[1].clone())?,
    };
    if !vm.is_exception_instance(&exc) {
        return Err(vm.type_error("exceptions must be classes or instances deriving from BaseException, not ".to_string() + &vm.type_name(&exc)));
    }
    match vm.gen_resume(&g, crate::interp::generators::Resume::Throw(PyErr(exc)))? {
        crate::interp::generators::GenOutcome::Yielded(v) => Ok(v),
        crate::interp::generators::GenOutcome::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_close(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let g = one(vm, &args)?;
    vm.gen_close(&g)
}

/// The class dict of a class written in Python (None for built-in types, which have no
/// annotations), or AttributeError.
fn heap_class_dict(vm: &Vm, cls: &Value, name: &str) -> Result<ObjRef, PyErr> {
    match cls.payload() {
        Some(Payload::Type(t)) if t.kind == Kind::Instance => Ok(cls.as_obj().cloned().unwrap_or_else(|| vm.types.object.clone())),
        Some(Payload::Type(t)) => Err(vm.error("AttributeError", format!("type object '{}' has no attribute '{name}'", t.name))),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'type' objects doesn't apply to a '{}' object", vm.type_name(cls)))),
    }
}

fn class_dict_get(cls: &ObjRef, key: &str) -> Option<Value> {
    match &cls.payload {
        Payload::Type(t) => t.dict.borrow().get_str(key),
        _ => None,
    }
}

fn class_dict_set(cls: &ObjRef, key: &str, v: Option<Value>) {
    if let Payload::Type(t) = &cls.payload {
        let mut d = t.dict_mut();
        match v {
            Some(v) => d.set_str(key, v),
            None => {
                let _ = d.remove(&Value::str(key));
            }
        }
    }
}

/// `cls.__annotate__`: the class's annotate function or None.
fn type_annotate(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let cls = args.first().cloned().unwrap_or(Value::None);
    let c = heap_class_dict(vm, &cls, "__annotate__")?;
    if let Some(f) = class_dict_get(&c, "__annotate__").or_else(|| class_dict_get(&c, "__annotate_func__")) {
        return Ok(f);
    }
    class_dict_set(&c, "__annotate_func__", Some(Value::None));
    Ok(Value::None)
}

fn type_set_annotate(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let cls = args.first().cloned().unwrap_or(Value::None);
    let c = heap_class_dict(vm, &cls, "__annotate__")?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    if !matches!(v, Value::None) && !crate::modules::util::is_callable(&v) {
        return Err(vm.type_error("__annotate__ must be callable or None"));
    }
    let clear = !matches!(v, Value::None);
    class_dict_set(&c, "__annotate_func__", Some(v));
    if clear {
        class_dict_set(&c, "__annotations_cache__", None);
    }
    Ok(Value::None)
}

/// `cls.__annotations__`: the class dict's `__annotations__`, or what `__annotate__(1)`
/// returns (cached), or an empty dict.
/// The getter of a type's `__mro__` / `__dict__` descriptor.
fn type_native_getter(vm: &mut Vm, args: &[Value], name: &str) -> PyResult {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => match vm.type_native_attr(o, name) {
            Some(v) => Ok(v),
            None => {
                let obj = Value::Obj(o.clone());
                Err(vm.attribute_error(&obj, format!("type object has no attribute '{name}'"), name))
            }
        },
        Some(other) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("descriptor '{name}' for 'type' objects doesn't apply to a '{tn}' object")))
        }
        None => Err(vm.type_error(format!("descriptor '{name}' of 'type' object needs an argument"))),
    }
}

fn type_mro_get(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    type_native_getter(vm, &args, "__mro__")
}

fn type_dict_get(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    type_native_getter(vm, &args, "__dict__")
}

fn type_annotations(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let cls = args.first().cloned().unwrap_or(Value::None);
    let c = heap_class_dict(vm, &cls, "__annotations__")?;
    if let Some(a) = class_dict_get(&c, "__annotations__").or_else(|| class_dict_get(&c, "__annotations_cache__")) {
        return Ok(a);
    }
    let annotate = vm.getattr(&cls, "__annotate__")?;
    let ann = if crate::modules::util::is_callable(&annotate) {
        let r = vm.call(annotate, vec![Value::Int(1)], vec![])?;
        if !matches!(r.payload(), Some(Payload::Dict(_))) {
            return Err(vm.type_error(format!("__annotate__ returned non-dict of type '{}'", vm.type_name(&r))));
        }
        r
    } else {
        vm.new_dict()
    };
    class_dict_set(&c, "__annotations_cache__", Some(ann.clone()));
    Ok(ann)
}

fn type_set_annotations(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let cls = args.first().cloned().unwrap_or(Value::None);
    let c = heap_class_dict(vm, &cls, "__annotations__")?;
    let v = args.get(1).cloned();
    let has_own = class_dict_get(&c, "__annotations__").is_some();
    class_dict_set(&c, if has_own { "__annotations__" } else { "__annotations_cache__" }, v);
    class_dict_set(&c, "__annotate_func__", Some(Value::None));
    Ok(Value::None)
}
