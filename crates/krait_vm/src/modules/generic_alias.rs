//! `types.GenericAlias` (PEP 585): the value of `list[int]`, `dict[str, list[T]]`,
//! `tuple[int, ...]`. It keeps `__origin__` and `__args__` (always a tuple), computes
//! `__parameters__` (the type variables among the arguments, as CPython's
//! `_Py_make_parameters`), substitutes them on subscription (`list[T][int]` is `list[int]`),
//! compares and hashes by origin and arguments, prints CPython's repr, and calling it calls
//! the origin (setting `__orig_class__` when the result allows). Other attributes are read
//! from the origin (`list[int].__name__` is `'list'`), as CPython's `ga_getattro`.

use super::{Args, Kwargs};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::objects::types::{OVERRIDES_GETATTRIBUTE, lookup};
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// One alias: `origin[args]`, or `*origin[args]` when starred.
struct AliasState {
    origin: Value,
    args: Vec<Value>,
    starred: bool,
}

thread_local! {
    static ALIAS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// Attribute names an alias answers itself; any other name is read from the origin.
const OWN: &[&str] = &[
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__bases__", "__copy__", "__deepcopy__",
];

/// The `types.GenericAlias` class (made once per thread).
pub fn alias_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = ALIAS.with(|u| u.borrow().clone()) {
        return t;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("__repr__", ga_repr),
        ("__eq__", ga_eq),
        ("__ne__", ga_ne),
        ("__or__", ga_or),
        ("__ror__", ga_ror),
        ("__call__", ga_call),
        ("__getitem__", ga_getitem),
        ("__getattribute__", ga_getattribute),
        ("__mro_entries__", ga_mro_entries),
        ("__instancecheck__", ga_instancecheck),
        ("__subclasscheck__", ga_subclasscheck),
        ("__reduce__", ga_reduce),
        ("__iter__", ga_iter),
    ];
    let ty = native::new_type("GenericAlias", "types", &vm.types.object, methods, &[], Some(ga_new));
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        d.set_str("__hash__", builtin("__hash__", ga_hash));
        for (name, f) in [
            ("__origin__", ga_origin as BuiltinFn),
            ("__args__", ga_args),
            ("__parameters__", ga_parameters),
            ("__unpacked__", ga_unpacked),
            ("__typing_unpacked_tuple_args__", ga_unpacked_tuple_args),
        ] {
            d.set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
        t.overrides.set(t.overrides.get() | OVERRIDES_GETATTRIBUTE);
    }
    ALIAS.with(|u| *u.borrow_mut() = Some(ty.clone()));
    ty
}

/// Is `v` a `types.GenericAlias`?
pub fn is_alias(v: &Value) -> bool {
    native::with_state::<AliasState, _>(v, |_| ()).is_some()
}

fn state(v: &Value) -> Option<(Value, Vec<Value>, bool)> {
    native::with_state::<AliasState, _>(v, |s| (s.origin.clone(), s.args.clone(), s.starred))
}

impl Vm {
    /// `types.GenericAlias`, the class (for `__class_getitem__` of Rust-defined types).
    pub fn generic_alias_type(&mut self) -> Result<Value, PyErr> {
        Ok(Value::Obj(alias_type(self)))
    }
}

/// `GenericAlias(origin, args)` of class `cls`.
pub fn new_alias(vm: &mut Vm, origin: Value, args: &Value, starred: bool) -> Value {
    let args = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let ty = alias_type(vm);
    native::wrap(&ty, AliasState { origin, args, starred })
}

fn this(vm: &Vm, args: &[Value]) -> Result<(Value, Vec<Value>, bool), PyErr> {
    args.first().and_then(state).ok_or_else(|| vm.type_error("descriptor requires a 'types.GenericAlias' object"))
}

fn ga_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let [_, origin, params] = args.as_slice() else {
        return Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {}", args.len().saturating_sub(1))));
    };
    Ok(new_alias(vm, origin.clone(), params, false))
}

fn ga_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (origin, items, starred) = this(vm, &args)?;
    let mut s = String::new();
    if starred {
        s.push('*');
    }
    s.push_str(&super::union::type_repr(vm, &origin)?);
    s.push('[');
    for (i, p) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(Payload::List(l)) = p.payload() {
            let inner = l.borrow().clone();
            let mut parts = Vec::with_capacity(inner.len());
            for it in &inner {
                parts.push(super::union::type_repr(vm, it)?);
            }
            s.push_str(&format!("[{}]", parts.join(", ")));
        } else {
            s.push_str(&super::union::type_repr(vm, p)?);
        }
    }
    if items.is_empty() {
        s.push_str("()");
    }
    s.push(']');
    Ok(Value::str(s))
}

fn equal(vm: &mut Vm, args: &[Value]) -> Result<Option<bool>, PyErr> {
    let (o1, a1, s1) = this(vm, args)?;
    let Some((o2, a2, s2)) = args.get(1).and_then(state) else { return Ok(None) };
    if s1 != s2 || !vm.eq(&o1, &o2)? {
        return Ok(Some(false));
    }
    Ok(Some(vm.eq(&new_tuple(a1), &new_tuple(a2))?))
}

fn ga_eq(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(equal(vm, &args)?.map_or_else(Value::not_implemented, Value::Bool))
}

fn ga_ne(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(equal(vm, &args)?.map_or_else(Value::not_implemented, |b| Value::Bool(!b)))
}

fn ga_hash(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (origin, items, _) = this(vm, &args)?;
    let h = vm.hash(&origin)? ^ vm.hash(&new_tuple(items))?;
    Ok(Value::Int(h as i64))
}

fn ga_or(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    Ok(super::union::or(vm, a, b)?.unwrap_or_else(Value::not_implemented))
}

fn ga_ror(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    Ok(super::union::or(vm, b, a)?.unwrap_or_else(Value::not_implemented))
}

fn ga_call(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    let me = args.remove(0);
    let (origin, _, _) = this(vm, std::slice::from_ref(&me))?;
    let obj = vm.call(origin, args.into_vec(), kwargs)?;
    if let Err(e) = vm.setattr(&obj, "__orig_class__", me)
        && !vm.is_instance_of(&e.0, "AttributeError")
        && !vm.is_instance_of(&e.0, "TypeError")
    {
        return Err(e);
    }
    Ok(obj)
}

fn ga_getattribute(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [me, name] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    let name = vm.to_str(name)?;
    if !OWN.contains(&name.as_str())
        && let Some((origin, _, _)) = state(me)
    {
        return vm.getattr(&origin, &name);
    }
    let ty = vm.types.type_of(me);
    match vm.generic_getattr(me, &name, &ty)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(me, &name)),
    }
}

fn ga_mro_entries(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (origin, _, _) = this(vm, &args)?;
    Ok(new_tuple([origin]))
}

fn ga_instancecheck(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_reduce(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (origin, items, starred) = this(vm, &args)?;
    if starred {
        let plain = new_alias(vm, origin, &new_tuple(items), false);
        let it = vm.get_iter(&plain)?;
        let b = vm.builtins_module();
        let next = vm.getattr(&b, "next")?;
        return Ok(new_tuple([next, new_tuple([it])]));
    }
    let ty = alias_type(vm);
    Ok(new_tuple([Value::Obj(ty), new_tuple([origin, new_tuple(items)])]))
}

/// `iter(list[int])` yields `*list[int]` once (PEP 646).
fn ga_iter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (origin, items, _) = this(vm, &args)?;
    let starred = new_alias(vm, origin, &new_tuple(items), true);
    let list = Value::new_obj(Payload::List(RefCell::new(vec![starred])));
    vm.get_iter(&list)
}

fn ga_origin(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(this(vm, &args)?.0)
}

fn ga_args(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_tuple(this(vm, &args)?.1))
}

fn ga_unpacked(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Bool(this(vm, &args)?.2))
}

fn ga_unpacked_tuple_args(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (origin, items, starred) = this(vm, &args)?;
    let is_tuple = origin.as_obj().is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.types.tuple));
    Ok(if starred && is_tuple { new_tuple(items) } else { Value::None })
}

fn ga_parameters(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items, _) = this(vm, &args)?;
    make_parameters(vm, &items)
}

fn ga_getitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (origin, items, starred) = this(vm, &args)?;
    let (Some(me), Some(key)) = (args.first(), args.get(1)) else { return Err(vm.type_error("expected 1 argument")) };
    let params = make_parameters(vm, &items)?;
    let params = vm.seq_items(&params)?;
    let newargs = subs_parameters(vm, me, &items, &params, key)?;
    Ok(new_alias(vm, origin, &new_tuple(newargs), starred))
}

/// The type variables among `args` (`__parameters__`): objects with `__typing_subst__`,
/// and the `__parameters__` of the others (lists and tuples searched recursively).
pub fn make_parameters(vm: &mut Vm, args: &[Value]) -> PyResult {
    let mut out: Vec<Value> = Vec::new();
    let add = |out: &mut Vec<Value>, v: Value| {
        if !out.iter().any(|o| o.is(&v)) {
            out.push(v);
        }
    };
    for t in args {
        if matches!(t.payload(), Some(Payload::Type(_))) {
            continue;
        }
        if vm.getattr_opt(t, "__typing_subst__")?.is_some() {
            add(&mut out, t.clone());
            continue;
        }
        let sub = match vm.getattr_opt(t, "__parameters__")? {
            Some(p) => Some(p),
            None => match t.payload() {
                Some(Payload::Tuple(_) | Payload::List(_)) => {
                    let inner = vm.seq_items(t)?;
                    Some(make_parameters(vm, &inner)?)
                }
                _ => None,
            },
        };
        if let Some(sub) = sub
            && let Some(Payload::Tuple(items)) = sub.payload()
        {
            for it in items.iter() {
                add(&mut out, it.clone());
            }
        }
    }
    Ok(new_tuple(out))
}

/// The arguments of an unpacked tuple (`*tuple[int, str]`), if `v` is one of fixed length.
fn unpacked_tuple_args(vm: &mut Vm, v: &Value) -> Result<Option<Vec<Value>>, PyErr> {
    if matches!(v.payload(), Some(Payload::Type(_))) {
        return Ok(None);
    }
    let Some(r) = vm.getattr_opt(v, "__typing_unpacked_tuple_args__")? else { return Ok(None) };
    match r.payload() {
        Some(Payload::Tuple(t)) if !matches!(t.last().and_then(Value::payload), Some(Payload::Ellipsis)) => Ok(Some(t.to_vec())),
        _ => Ok(None),
    }
}

/// `_Py_subs_parameters`: `args` with each of `params` replaced by the matching item of
/// `item` (one value or a tuple), through the parameters' `__typing_subst__`.
pub fn subs_parameters(vm: &mut Vm, me: &Value, args: &[Value], params: &[Value], item: &Value) -> Result<Vec<Value>, PyErr> {
    if params.is_empty() {
        let r = vm.repr(me)?;
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let raw = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![item.clone()],
    };
    let mut items = Vec::with_capacity(raw.len());
    for it in raw {
        match unpacked_tuple_args(vm, &it)? {
            Some(sub) => items.extend(sub),
            None => items.push(it),
        }
    }
    let mut item = new_tuple(items);
    for p in params {
        if let Some(prepare) = vm.getattr_opt(p, "__typing_prepare_subst__")?
            && !matches!(prepare, Value::None)
        {
            item = vm.call(prepare, vec![me.clone(), item], vec![])?;
        }
    }
    let items = vm.seq_items(&item)?;
    if items.len() != params.len() {
        let r = vm.repr(me)?;
        let which = if items.len() > params.len() { "many" } else { "few" };
        return Err(vm.type_error(format!("Too {which} arguments for {r}; actual {}, expected {}", items.len(), params.len())));
    }
    subs_args(vm, args, params, &items)
}

fn subs_args(vm: &mut Vm, args: &[Value], params: &[Value], items: &[Value]) -> Result<Vec<Value>, PyErr> {
    let mut out = Vec::with_capacity(args.len());
    for arg in args {
        if matches!(arg.payload(), Some(Payload::Type(_))) {
            out.push(arg.clone());
            continue;
        }
        if let Some(Payload::Tuple(_) | Payload::List(_)) = arg.payload() {
            let inner = vm.seq_items(arg)?;
            let sub = subs_args(vm, &inner, params, items)?;
            out.push(if matches!(arg.payload(), Some(Payload::List(_))) {
                Value::new_obj(Payload::List(RefCell::new(sub)))
            } else {
                new_tuple(sub)
            });
            continue;
        }
        let unpack = match vm.getattr_opt(arg, "__typing_is_unpacked_typevartuple__")? {
            Some(v) => vm.truthy(&v)?,
            None => false,
        };
        let new = if let Some(subst) = vm.getattr_opt(arg, "__typing_subst__")? {
            let i = params.iter().position(|p| p.is(arg)).unwrap_or(0);
            let x = items.get(i).cloned().unwrap_or(Value::None);
            vm.call(subst, vec![x], vec![])?
        } else {
            subs_tvars(vm, arg, params, items)?
        };
        if unpack {
            let Some(Payload::Tuple(t)) = new.payload() else {
                let (a, b) = (vm.type_name(arg), vm.type_name(&new));
                return Err(vm.type_error(format!("expected __typing_subst__ of {a} objects to return a tuple, not {b}")));
            };
            out.extend(t.iter().cloned());
        } else {
            out.push(new);
        }
    }
    Ok(out)
}

/// `obj[...]` with its own parameters replaced (`dict[T, list[S]]` inside a substitution).
fn subs_tvars(vm: &mut Vm, obj: &Value, params: &[Value], items: &[Value]) -> PyResult {
    let Some(sub) = vm.getattr_opt(obj, "__parameters__")? else { return Ok(obj.clone()) };
    let Some(Payload::Tuple(subparams)) = sub.payload() else { return Ok(obj.clone()) };
    if subparams.is_empty() {
        return Ok(obj.clone());
    }
    let mut subargs = Vec::new();
    for p in subparams.iter() {
        match params.iter().position(|q| q.is(p)) {
            Some(i) => {
                let arg = items.get(i).cloned().unwrap_or(Value::None);
                let is_tvt = lookup(&vm.types.type_of(p), "__iter__").is_some();
                match arg.payload() {
                    Some(Payload::Tuple(t)) if is_tvt => subargs.extend(t.iter().cloned()),
                    _ => subargs.push(arg),
                }
            }
            None => subargs.push(p.clone()),
        }
    }
    vm.getitem(obj, &new_tuple(subargs))
}
