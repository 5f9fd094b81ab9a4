//! `_typing`: the C half of `typing` — `TypeVar`, `ParamSpec` (with `P.args`/`P.kwargs`),
//! `TypeVarTuple`, `TypeAliasType`, `Generic`, `NoDefault`, `Union` (the union type) and
//! `_idfunc` — and the intrinsics behind PEP 695 syntax (`def f[T: int]`, `class C[T]`,
//! `type X = ...`). As in CPython, substitution and `Generic`'s subscription call back
//! into `typing.py` (`_typevar_subst`, `_generic_class_getitem`, ...). Bounds, constraints,
//! defaults and alias values given by PEP 695 syntax are evaluated lazily on first access.
//! Reprs, argument checks and error messages are CPython's.

use super::util::take_kwarg;
use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::types::new_class;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// A value given directly, or a function computing it on first access (PEP 695).
#[derive(Clone)]
enum Lazy {
    Unset,
    Ready(Value),
    Eval(Value),
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

/// A type parameter.
struct Param {
    kind: Kind,
    name: Value,
    bound: Lazy,
    constraints: Lazy,
    default: Lazy,
    covariant: bool,
    contravariant: bool,
    infer_variance: bool,
}

/// `P.args` (`kwargs` false) or `P.kwargs`.
struct ParamAttr {
    origin: Value,
    kwargs: bool,
}

/// A `type X = ...` alias.
struct Alias {
    name: Value,
    value: Lazy,
    type_params: Value,
    module: Value,
}

/// The classes of this module, made once per thread.
#[derive(Clone)]
struct Classes {
    typevar: ObjRef,
    paramspec: ObjRef,
    typevartuple: ObjRef,
    ps_args: ObjRef,
    ps_kwargs: ObjRef,
    alias: ObjRef,
    generic: ObjRef,
    no_default: Value,
}

thread_local! {
    static CLASSES: RefCell<Option<Classes>> = const { RefCell::new(None) };
}

fn prop(ty: &ObjRef, name: &'static str, f: BuiltinFn) {
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
    }
}

fn set(ty: &ObjRef, name: &str, v: Value) {
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str(name, v);
    }
}

fn classes(vm: &mut Vm) -> Classes {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let object = vm.types.object.clone();
    let param_methods: &[(&'static str, BuiltinFn)] = &[
        ("__repr__", param_repr),
        ("__or__", param_or),
        ("__ror__", param_ror),
        ("__typing_subst__", param_subst),
        ("__typing_prepare_subst__", param_prepare_subst),
        ("__reduce__", param_reduce),
        ("__mro_entries__", param_mro_entries),
        ("has_default", param_has_default),
    ];
    let mk = |name: &str, new: BuiltinFn, extra: &[(&'static str, BuiltinFn)]| {
        let mut methods = param_methods.to_vec();
        methods.extend_from_slice(extra);
        let ty = native::new_type(name, "typing", &object, &methods, &[], Some(new));
        for (n, f) in [
            ("__name__", p_name as BuiltinFn),
            ("__bound__", p_bound),
            ("__constraints__", p_constraints),
            ("__default__", p_default),
            ("__covariant__", p_covariant),
            ("__contravariant__", p_contravariant),
            ("__infer_variance__", p_infer_variance),
        ] {
            prop(&ty, n, f);
        }
        ty
    };
    let typevar = mk("TypeVar", typevar_new, &[]);
    let paramspec = mk("ParamSpec", paramspec_new, &[]);
    prop(&paramspec, "args", ps_args);
    prop(&paramspec, "kwargs", ps_kwargs);
    let typevartuple = mk("TypeVarTuple", typevartuple_new, &[("__iter__", tvt_iter)]);
    let attr_methods: &[(&'static str, BuiltinFn)] = &[("__repr__", psattr_repr), ("__eq__", psattr_eq), ("__mro_entries__", psattr_mro_entries)];
    let ps_args_t = native::new_type("ParamSpecArgs", "typing", &object, attr_methods, &[], Some(psargs_new));
    let ps_kwargs_t = native::new_type("ParamSpecKwargs", "typing", &object, attr_methods, &[], Some(pskwargs_new));
    for t in [&ps_args_t, &ps_kwargs_t] {
        prop(t, "__origin__", psattr_origin);
        set(t, "__hash__", builtin("__hash__", psattr_hash));
    }
    let alias_methods: &[(&'static str, BuiltinFn)] =
        &[("__repr__", alias_repr), ("__getitem__", alias_getitem), ("__reduce__", alias_reduce), ("__or__", param_or), ("__ror__", param_ror)];
    let alias = native::new_type("TypeAliasType", "typing", &object, alias_methods, &[], Some(alias_new));
    for (n, f) in [
        ("__name__", alias_name as BuiltinFn),
        ("__value__", alias_value),
        ("__type_params__", alias_type_params),
        ("__parameters__", alias_type_params),
        ("__module__", alias_module),
    ] {
        prop(&alias, n, f);
    }
    let generic = new_class("Generic", vec![object.clone()], None).unwrap_or_else(|_| object.clone());
    set(&generic, "__module__", Value::str("typing"));
    set(&generic, "__slots__", new_tuple([]));
    set(&generic, "__class_getitem__", Value::new_obj(Payload::ClassMethod(builtin("__class_getitem__", generic_class_getitem))));
    set(&generic, "__init_subclass__", Value::new_obj(Payload::ClassMethod(builtin("__init_subclass__", generic_init_subclass))));
    let nd_type = native::new_type("NoDefaultType", "typing", &object, &[("__repr__", nodefault_repr), ("__reduce__", nodefault_reduce)], &[], None);
    let no_default = native::wrap(&nd_type, ());
    let c = Classes { typevar, paramspec, typevartuple, ps_args: ps_args_t, ps_kwargs: ps_kwargs_t, alias, generic, no_default };
    CLASSES.with(|s| *s.borrow_mut() = Some(c.clone()));
    c
}

/// The `_typing` module.
pub fn make(vm: &mut Vm) -> Value {
    let c = classes(vm);
    let union = super::union::union_type(vm);
    module(
        "_typing",
        vec![
            ("TypeVar", Value::Obj(c.typevar)),
            ("ParamSpec", Value::Obj(c.paramspec)),
            ("TypeVarTuple", Value::Obj(c.typevartuple)),
            ("ParamSpecArgs", Value::Obj(c.ps_args)),
            ("ParamSpecKwargs", Value::Obj(c.ps_kwargs)),
            ("TypeAliasType", Value::Obj(c.alias)),
            ("Generic", Value::Obj(c.generic)),
            ("Union", Value::Obj(union)),
            ("NoDefault", c.no_default),
            ("_idfunc", builtin("_idfunc", idfunc)),
        ],
    )
}

fn idfunc(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    args.first().cloned().ok_or_else(|| vm.type_error("_idfunc() takes exactly one argument (0 given)"))
}

fn nodefault_repr(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::str("typing.NoDefault"))
}

fn nodefault_reduce(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::str("NoDefault"))
}

/// `getattr(typing, name)(*args)`.
fn call_typing(vm: &mut Vm, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult {
    let typing = vm.import_module("typing")?;
    let f = vm.getattr(&typing, name)?;
    vm.call(f, args, kwargs)
}

/// The `__name__` of the calling code's module (a new type parameter's `__module__`).
fn caller_module(vm: &mut Vm) -> Option<Value> {
    let g = vm.caller_globals();
    let Some(Payload::Dict(d)) = g.payload() else { return None };
    d.borrow().get_str("__name__")
}

fn bool_kwarg(vm: &mut Vm, kwargs: &mut Kwargs, name: &str) -> Result<bool, PyErr> {
    match take_kwarg(kwargs, name) {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

fn type_check(vm: &mut Vm, v: Value, msg: &str) -> PyResult {
    if super::union::is_unionable(&v) {
        return Ok(if matches!(v, Value::None) { Value::Obj(vm.types.none.clone()) } else { v });
    }
    call_typing(vm, "_type_check", vec![v, Value::str(msg)], vec![])
}

fn new_param(vm: &mut Vm, kind: Kind, name: Value, mut p: Param) -> PyResult {
    if name.as_str().is_none() {
        let what = match kind {
            Kind::TypeVar => "TypeVar",
            Kind::ParamSpec => "ParamSpec",
            Kind::TypeVarTuple => "TypeVarTuple",
        };
        return Err(vm.type_error(format!("{what}() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    p.name = name;
    let c = classes(vm);
    let class = match kind {
        Kind::TypeVar => c.typevar,
        Kind::ParamSpec => c.paramspec,
        Kind::TypeVarTuple => c.typevartuple,
    };
    let v = native::wrap(&class, p);
    if let Some(m) = caller_module(vm)
        && let Some(Payload::Instance(i)) = v.payload()
    {
        i.attrs().borrow_mut().set_str("__module__", m);
    }
    Ok(v)
}

fn blank(kind: Kind) -> Param {
    Param {
        kind,
        name: Value::None,
        bound: Lazy::Unset,
        constraints: Lazy::Unset,
        default: Lazy::Unset,
        covariant: false,
        contravariant: false,
        infer_variance: false,
    }
}

/// Reads the keywords shared by TypeVar and ParamSpec.
fn variance(vm: &mut Vm, p: &mut Param, kwargs: &mut Kwargs) -> Result<(), PyErr> {
    p.covariant = bool_kwarg(vm, kwargs, "covariant")?;
    p.contravariant = bool_kwarg(vm, kwargs, "contravariant")?;
    p.infer_variance = bool_kwarg(vm, kwargs, "infer_variance")?;
    if p.covariant && p.contravariant {
        return Err(vm.error("ValueError", "Bivariant types are not supported."));
    }
    if p.infer_variance && (p.covariant || p.contravariant) {
        return Err(vm.error("ValueError", "Variance cannot be specified with infer_variance."));
    }
    if let Some(d) = take_kwarg(kwargs, "default") {
        p.default = Lazy::Ready(d);
    }
    Ok(())
}

fn typevar_new(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let mut rest = args.into_iter().skip(1);
    let name = match rest.next().or_else(|| take_kwarg(&mut kwargs, "name")) {
        Some(n) => n,
        None => return Err(vm.type_error("TypeVar() missing required argument 'name' (pos 1)")),
    };
    let constraints: Vec<Value> = rest.collect();
    let mut p = blank(Kind::TypeVar);
    let bound = take_kwarg(&mut kwargs, "bound").filter(|b| !matches!(b, Value::None));
    variance(vm, &mut p, &mut kwargs)?;
    super::util::no_more_kwargs(vm, "TypeVar", &kwargs)?;
    let bound = match bound {
        Some(b) => Some(type_check(vm, b, "Bound must be a type.")?),
        None => None,
    };
    if constraints.len() == 1 {
        return Err(vm.type_error("A single constraint is not allowed"));
    }
    if !constraints.is_empty() && bound.is_some() {
        return Err(vm.type_error("Constraints cannot be combined with bound=..."));
    }
    let mut checked = Vec::with_capacity(constraints.len());
    for c in constraints {
        checked.push(type_check(vm, c, "TypeVar(name, constraint, ...): constraints must be types.")?);
    }
    if let Some(b) = bound {
        p.bound = Lazy::Ready(b);
    }
    if !checked.is_empty() {
        p.constraints = Lazy::Ready(new_tuple(checked));
    }
    new_param(vm, Kind::TypeVar, name, p)
}

fn paramspec_new(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    if args.len() > 2 {
        return Err(vm.type_error(format!("ParamSpec() takes at most 1 positional argument ({} given)", args.len() - 1)));
    }
    let Some(name) = args.get(1).cloned().or_else(|| take_kwarg(&mut kwargs, "name")) else {
        return Err(vm.type_error("ParamSpec() missing required argument 'name' (pos 1)"));
    };
    let mut p = blank(Kind::ParamSpec);
    let bound = take_kwarg(&mut kwargs, "bound").filter(|b| !matches!(b, Value::None));
    variance(vm, &mut p, &mut kwargs)?;
    super::util::no_more_kwargs(vm, "ParamSpec", &kwargs)?;
    if let Some(b) = bound {
        p.bound = Lazy::Ready(type_check(vm, b, "Bound must be a type.")?);
    }
    new_param(vm, Kind::ParamSpec, name, p)
}

fn typevartuple_new(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    if args.len() > 2 {
        return Err(vm.type_error(format!("TypeVarTuple() takes at most 1 positional argument ({} given)", args.len() - 1)));
    }
    let Some(name) = args.get(1).cloned().or_else(|| take_kwarg(&mut kwargs, "name")) else {
        return Err(vm.type_error("TypeVarTuple() missing required argument 'name' (pos 1)"));
    };
    let mut p = blank(Kind::TypeVarTuple);
    if let Some(d) = take_kwarg(&mut kwargs, "default") {
        p.default = Lazy::Ready(d);
    }
    super::util::no_more_kwargs(vm, "TypeVarTuple", &kwargs)?;
    new_param(vm, Kind::TypeVarTuple, name, p)
}

fn with_param<R>(vm: &Vm, v: Option<&Value>, f: impl FnOnce(&mut Param) -> R) -> Result<R, PyErr> {
    v.and_then(|v| native::with_state::<Param, _>(v, f)).ok_or_else(|| vm.type_error("descriptor requires a type parameter"))
}

/// Reads a lazy field, evaluating (and remembering) it on first access.
fn force(vm: &mut Vm, this: &Value, which: fn(&mut Param) -> &mut Lazy) -> Result<Option<Value>, PyErr> {
    let lazy = with_param(vm, Some(this), |p| which(p).clone())?;
    match lazy {
        Lazy::Unset => Ok(None),
        Lazy::Ready(v) => Ok(Some(v)),
        Lazy::Eval(f) => {
            let v = vm.call(f, vec![], vec![])?;
            with_param(vm, Some(this), |p| *which(p) = Lazy::Ready(v.clone()))?;
            Ok(Some(v))
        }
    }
}

fn p_name(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    with_param(vm, args.first(), |p| p.name.clone())
}

fn p_bound(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    Ok(force(vm, &this, |p| &mut p.bound)?.unwrap_or(Value::None))
}

fn p_constraints(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    Ok(force(vm, &this, |p| &mut p.constraints)?.unwrap_or_else(|| new_tuple([])))
}

fn p_default(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    match force(vm, &this, |p| &mut p.default)? {
        Some(v) => Ok(v),
        None => Ok(classes(vm).no_default),
    }
}

fn p_covariant(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    with_param(vm, args.first(), |p| Value::Bool(p.covariant))
}

fn p_contravariant(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    with_param(vm, args.first(), |p| Value::Bool(p.contravariant))
}

fn p_infer_variance(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    with_param(vm, args.first(), |p| Value::Bool(p.infer_variance))
}

fn param_has_default(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let nd = classes(vm).no_default;
    let d = with_param(vm, args.first(), |p| p.default.clone())?;
    Ok(Value::Bool(match d {
        Lazy::Unset => false,
        Lazy::Ready(v) => !v.is(&nd),
        Lazy::Eval(_) => true,
    }))
}

fn param_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (kind, name, co, contra, infer) = with_param(vm, args.first(), |p| (p.kind, p.name.clone(), p.covariant, p.contravariant, p.infer_variance))?;
    let name = vm.to_str(&name)?;
    if kind == Kind::TypeVarTuple || infer {
        return Ok(Value::str(name));
    }
    let prefix = if co { '+' } else if contra { '-' } else { '~' };
    Ok(Value::str(format!("{prefix}{name}")))
}

fn param_or(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    super::union::from_items(vm, &new_tuple([a.clone(), b.clone()]))
}

fn param_ror(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    super::union::from_items(vm, &new_tuple([b.clone(), a.clone()]))
}

fn param_subst(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [this, arg] = args.as_slice() else { return Err(vm.type_error("__typing_subst__ expected 1 argument")) };
    match with_param(vm, Some(this), |p| p.kind)? {
        Kind::TypeVar => call_typing(vm, "_typevar_subst", vec![this.clone(), arg.clone()], vec![]),
        Kind::ParamSpec => call_typing(vm, "_paramspec_subst", vec![this.clone(), arg.clone()], vec![]),
        Kind::TypeVarTuple => Err(vm.type_error("Substitution of bare TypeVarTuple is not supported")),
    }
}

fn param_prepare_subst(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [this, alias, items] = args.as_slice() else { return Err(vm.type_error("__typing_prepare_subst__ expected 2 arguments")) };
    match with_param(vm, Some(this), |p| p.kind)? {
        Kind::ParamSpec => return call_typing(vm, "_paramspec_prepare_subst", args[..].to_vec(), vec![]),
        Kind::TypeVarTuple => return call_typing(vm, "_typevartuple_prepare_subst", args[..].to_vec(), vec![]),
        Kind::TypeVar => {}
    }
    let params = vm.getattr(alias, "__parameters__")?;
    let params = vm.seq_items(&params)?;
    let i = params.iter().position(|p| p.is(this)).unwrap_or(0);
    let list = vm.seq_items(items)?;
    if i < list.len() {
        return Ok(items.clone());
    }
    if i == list.len() {
        let nd = classes(vm).no_default;
        let d = p_default(vm, smallvec::smallvec![this.clone()], vec![])?;
        if !d.is(&nd) {
            let mut l = list;
            l.push(d);
            return Ok(new_tuple(l));
        }
    }
    let r = vm.to_str(alias)?;
    Err(vm.type_error(format!("Too few arguments for {r}; actual {}, expected at least {}", list.len(), i + 1)))
}

fn param_reduce(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    with_param(vm, args.first(), |p| p.name.clone())
}

fn param_mro_entries(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let what = match with_param(vm, args.first(), |p| p.kind)? {
        Kind::TypeVar => "TypeVar",
        Kind::ParamSpec => "ParamSpec",
        Kind::TypeVarTuple => "TypeVarTuple",
    };
    Err(vm.type_error(format!("Cannot subclass an instance of {what}")))
}

/// `iter(Ts)` yields `Unpack[Ts]` once.
fn tvt_iter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let typing = vm.import_module("typing")?;
    let unpack = vm.getattr(&typing, "Unpack")?;
    let u = vm.getitem(&unpack, &this)?;
    let list = crate::interp::call::new_list(vec![u]);
    vm.get_iter(&list)
}

fn ps_attr(vm: &mut Vm, args: &[Value], kwargs: bool) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let c = classes(vm);
    Ok(native::wrap(if kwargs { &c.ps_kwargs } else { &c.ps_args }, ParamAttr { origin: this, kwargs }))
}

fn ps_args(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    ps_attr(vm, &args, false)
}

fn ps_kwargs(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    ps_attr(vm, &args, true)
}

fn psargs_new(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    ps_attr(vm, &args[1.min(args.len())..], false)
}

fn pskwargs_new(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    ps_attr(vm, &args[1.min(args.len())..], true)
}

fn psattr(v: Option<&Value>) -> Option<(Value, bool)> {
    v.and_then(|v| native::with_state::<ParamAttr, _>(v, |a| (a.origin.clone(), a.kwargs)))
}

fn psattr_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some((origin, kw)) = psattr(args.first()) else { return Err(vm.type_error("expected ParamSpecArgs")) };
    let name = match with_param(vm, Some(&origin), |p| p.name.clone()) {
        Ok(n) => vm.to_str(&n)?,
        Err(_) => vm.repr(&origin)?,
    };
    Ok(Value::str(format!("{name}.{}", if kw { "kwargs" } else { "args" })))
}

fn psattr_eq(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (Some((a, ka)), Some((b, kb))) = (psattr(args.first()), psattr(args.get(1))) else { return Ok(Value::not_implemented()) };
    Ok(Value::Bool(ka == kb && vm.eq(&a, &b)?))
}

fn psattr_hash(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some((a, _)) = psattr(args.first()) else { return Err(vm.type_error("expected ParamSpecArgs")) };
    Ok(Value::Int(vm.hash(&a)? as i64))
}

fn psattr_origin(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    psattr(args.first()).map(|(o, _)| o).ok_or_else(|| vm.type_error("expected ParamSpecArgs"))
}

fn psattr_mro_entries(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let kw = psattr(args.first()).is_some_and(|(_, k)| k);
    Err(vm.type_error(format!("Cannot subclass an instance of {}", if kw { "ParamSpecKwargs" } else { "ParamSpecArgs" })))
}

fn alias_new(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let mut rest = args.into_iter().skip(1);
    let name = rest.next().or_else(|| take_kwarg(&mut kwargs, "name"));
    let value = rest.next().or_else(|| take_kwarg(&mut kwargs, "value"));
    let type_params = take_kwarg(&mut kwargs, "type_params").unwrap_or_else(|| new_tuple([]));
    super::util::no_more_kwargs(vm, "TypeAliasType", &kwargs)?;
    let (Some(name), Some(value)) = (name, value) else {
        return Err(vm.type_error("TypeAliasType() missing required argument 'value' (pos 2)"));
    };
    if name.as_str().is_none() {
        return Err(vm.type_error(format!("TypeAliasType() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    if !matches!(type_params.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("type_params must be a tuple"));
    }
    let module = caller_module(vm).unwrap_or(Value::None);
    let c = classes(vm);
    Ok(native::wrap(&c.alias, Alias { name, value: Lazy::Ready(value), type_params, module }))
}

/// Is `v` a `typing.TypeAliasType` (`type X = ...`)?
pub fn is_type_alias(v: &Value) -> bool {
    native::with_state::<Alias, _>(v, |_| ()).is_some()
}

fn with_alias<R>(vm: &Vm, v: Option<&Value>, f: impl FnOnce(&mut Alias) -> R) -> Result<R, PyErr> {
    v.and_then(|v| native::with_state::<Alias, _>(v, f)).ok_or_else(|| vm.type_error("descriptor requires a 'typing.TypeAliasType' object"))
}

fn alias_name(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    with_alias(vm, args.first(), |a| a.name.clone())
}

fn alias_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let n = with_alias(vm, args.first(), |a| a.name.clone())?;
    Ok(Value::str(vm.to_str(&n)?))
}

fn alias_reduce(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    with_alias(vm, args.first(), |a| a.name.clone())
}

fn alias_module(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    with_alias(vm, args.first(), |a| a.module.clone())
}

fn alias_type_params(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    with_alias(vm, args.first(), |a| a.type_params.clone())
}

fn alias_value(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    match with_alias(vm, Some(&this), |a| a.value.clone())? {
        Lazy::Ready(v) => Ok(v),
        Lazy::Unset => Ok(Value::None),
        Lazy::Eval(f) => {
            let v = vm.call(f, vec![], vec![])?;
            with_alias(vm, Some(&this), |a| a.value = Lazy::Ready(v.clone()))?;
            Ok(v)
        }
    }
}

fn alias_getitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [this, key] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    let tp = with_alias(vm, Some(this), |a| a.type_params.clone())?;
    if matches!(tp.payload(), Some(Payload::Tuple(t)) if t.is_empty()) {
        return Err(vm.type_error("Only generic type aliases are subscriptable"));
    }
    Ok(super::generic_alias::new_alias(vm, this.clone(), key, false))
}

fn generic_class_getitem(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    call_typing(vm, "_generic_class_getitem", args.into_vec(), kwargs)
}

fn generic_init_subclass(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    call_typing(vm, "_generic_init_subclass", args.into_vec(), kwargs)
}

/// CALL_INTRINSIC_1 for PEP 695: 7 TypeVar, 8 ParamSpec, 9 TypeVarTuple (all from a name),
/// 10 `Generic[*params]`, 11 a `type` statement's `(name, type_params, compute_value)`.
pub fn intrinsic1(vm: &mut Vm, which: usize, v: Value) -> PyResult {
    match which {
        7 | 8 => {
            let kind = if which == 7 { Kind::TypeVar } else { Kind::ParamSpec };
            let mut p = blank(kind);
            p.infer_variance = true;
            new_param(vm, kind, v, p)
        }
        9 => new_param(vm, Kind::TypeVarTuple, v, blank(Kind::TypeVarTuple)),
        10 => {
            let items = vm.seq_items(&v)?;
            let mut params = Vec::with_capacity(items.len());
            for it in items {
                if with_param(vm, Some(&it), |p| p.kind == Kind::TypeVarTuple).unwrap_or(false) {
                    let typing = vm.import_module("typing")?;
                    let unpack = vm.getattr(&typing, "Unpack")?;
                    params.push(vm.getitem(&unpack, &it)?);
                } else {
                    params.push(it);
                }
            }
            let generic = Value::Obj(classes(vm).generic);
            call_typing(vm, "_GenericAlias", vec![generic, new_tuple(params)], vec![])
        }
        11 => {
            let items = vm.seq_items(&v)?;
            let [name, type_params, compute] = items.as_slice() else { return Err(vm.error("SystemError", "bad type alias intrinsic")) };
            let type_params = if matches!(type_params, Value::None) { new_tuple([]) } else { type_params.clone() };
            let module = caller_module(vm).unwrap_or(Value::None);
            let c = classes(vm);
            Ok(native::wrap(&c.alias, Alias { name: name.clone(), value: Lazy::Eval(compute.clone()), type_params, module }))
        }
        _ => Err(vm.error("SystemError", format!("intrinsic {which} is not supported yet"))),
    }
}

/// CALL_INTRINSIC_2 for PEP 695: 2 TypeVar with a lazy bound, 3 with lazy constraints,
/// 4 a generic function's `__type_params__`, 5 a type parameter's lazy default.
pub fn intrinsic2(vm: &mut Vm, which: usize, a: Value, b: Value) -> PyResult {
    match which {
        2 | 3 => {
            let mut p = blank(Kind::TypeVar);
            p.infer_variance = true;
            if which == 2 {
                p.bound = Lazy::Eval(b);
            } else {
                p.constraints = Lazy::Eval(b);
            }
            new_param(vm, Kind::TypeVar, a, p)
        }
        4 => {
            vm.setattr(&a, "__type_params__", b)?;
            Ok(a)
        }
        5 => {
            with_param(vm, Some(&a), |p| p.default = Lazy::Eval(b))?;
            Ok(a)
        }
        _ => Err(vm.error("SystemError", format!("intrinsic {which} is not supported yet"))),
    }
}
