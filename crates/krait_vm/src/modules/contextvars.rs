//! `_contextvars` (single-threaded): `ContextVar` (`get`, `set`, `reset`), `Token` (also a
//! context manager that resets its variable), `Context` (a read-only mapping of variables
//! to values with `run`, `copy`, `get`) and `copy_context()`. The thread has one current
//! context; `Context.run` makes another current while the callable runs. Setting a variable
//! changes only the current context; `copy_context` snapshots it. Errors are CPython's.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

struct VarState {
    name: Value,
    default: Option<Value>,
}

struct ContextState {
    vars: Vec<(Value, Value)>,
    entered: bool,
}

struct TokenState {
    ctx: Value,
    var: Value,
    old: Option<Value>,
    used: bool,
}

#[derive(Clone)]
struct Classes {
    var: ObjRef,
    context: ObjRef,
    token: ObjRef,
    missing: Value,
}

thread_local! {
    static CLASSES: RefCell<Option<Classes>> = const { RefCell::new(None) };
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn classes(vm: &mut Vm) -> Classes {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let object = vm.types.object.clone();
    let var_methods: &[(&'static str, BuiltinFn)] = &[("get", var_get), ("set", var_set), ("reset", var_reset), ("__repr__", var_repr)];
    let var = native::new_type("ContextVar", "_contextvars", &object, var_methods, &[], Some(var_new));
    let ctx_methods: &[(&'static str, BuiltinFn)] = &[
        ("run", ctx_run),
        ("copy", ctx_copy),
        ("get", ctx_get),
        ("keys", ctx_keys),
        ("values", ctx_values),
        ("items", ctx_items),
        ("__getitem__", ctx_getitem),
        ("__contains__", ctx_contains),
        ("__len__", ctx_len),
        ("__iter__", ctx_iter),
    ];
    let context = native::new_type("Context", "_contextvars", &object, ctx_methods, &[], Some(ctx_new));
    let tok_methods: &[(&'static str, BuiltinFn)] = &[("__enter__", tok_enter), ("__exit__", tok_exit), ("__repr__", tok_repr)];
    let token = native::new_type("Token", "_contextvars", &object, tok_methods, &[], Some(no_new));
    let missing_t = native::new_type("Token.MISSING", "_contextvars", &object, &[("__repr__", missing_repr)], &[], None);
    let missing = native::wrap(&missing_t, ());
    let prop = |ty: &ObjRef, name: &'static str, f: BuiltinFn| {
        if let Payload::Type(t) = &ty.payload {
            t.dict_mut().set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
    };
    prop(&var, "name", var_name);
    prop(&token, "var", tok_var);
    prop(&token, "old_value", tok_old);
    for ty in [&var, &context, &token] {
        if let Payload::Type(t) = &ty.payload {
            t.dict_mut().set_str("__hash__", builtin("__hash__", identity_hash));
        }
    }
    if let Payload::Type(t) = &token.payload {
        t.dict_mut().set_str("MISSING", missing.clone());
    }
    if let Payload::Type(t) = &context.payload {
        t.dict_mut().set_str("__hash__", Value::None);
    }
    let c = Classes { var, context, token, missing };
    CLASSES.with(|s| *s.borrow_mut() = Some(c.clone()));
    c
}

/// The `_contextvars` module.
pub fn make(vm: &mut Vm) -> Value {
    let c = classes(vm);
    module(
        "_contextvars",
        vec![
            ("ContextVar", Value::Obj(c.var)),
            ("Context", Value::Obj(c.context)),
            ("Token", Value::Obj(c.token)),
            ("copy_context", builtin("copy_context", copy_context)),
        ],
    )
}

fn identity_hash(_vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(args.first().map_or(0, |v| (crate::objects::dict::identity_hash(v) >> 1) as i64)))
}

fn no_new(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.error("RuntimeError", "Tokens can only be created by ContextVars"))
}

fn missing_repr(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::str("<Token.MISSING>"))
}

/// The current context (made on first use).
fn current(vm: &mut Vm) -> Value {
    if let Some(c) = CURRENT.with(|c| c.borrow().clone()) {
        return c;
    }
    let cls = classes(vm).context;
    let ctx = native::wrap(&cls, ContextState { vars: Vec::new(), entered: true });
    CURRENT.with(|c| *c.borrow_mut() = Some(ctx.clone()));
    ctx
}

fn lookup(ctx: &Value, var: &Value) -> Option<Value> {
    native::with_state::<ContextState, _>(ctx, |s| s.vars.iter().find(|(k, _)| k.is(var)).map(|(_, v)| v.clone())).flatten()
}

fn store(ctx: &Value, var: &Value, value: Option<Value>) {
    native::with_state::<ContextState, _>(ctx, |s| {
        s.vars.retain(|(k, _)| !k.is(var));
        if let Some(v) = value {
            s.vars.push((var.clone(), v));
        }
    });
}

fn var_new(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let default = super::util::take_kwarg(&mut kwargs, "default");
    super::util::no_more_kwargs(vm, "ContextVar", &kwargs)?;
    let Some(name) = args.get(1).cloned() else { return Err(vm.type_error("ContextVar() missing required argument 'name' (pos 1)")) };
    if args.len() > 2 {
        return Err(vm.type_error(format!("ContextVar() takes at most 1 positional argument ({} given)", args.len() - 1)));
    }
    if name.as_str().is_none() {
        return Err(vm.type_error("context variable name must be a str"));
    }
    let cls = classes(vm).var;
    Ok(native::wrap(&cls, VarState { name, default }))
}

fn var_state(vm: &Vm, v: Option<&Value>) -> Result<(Value, Option<Value>), PyErr> {
    v.and_then(|v| native::with_state::<VarState, _>(v, |s| (s.name.clone(), s.default.clone())))
        .ok_or_else(|| vm.type_error("descriptor requires a '_contextvars.ContextVar' object"))
}

fn var_name(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(var_state(vm, args.first())?.0)
}

fn var_get(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (_, default) = var_state(vm, Some(&this))?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("get expected at most 1 argument, got {}", args.len() - 1)));
    }
    let ctx = current(vm);
    if let Some(v) = lookup(&ctx, &this) {
        return Ok(v);
    }
    if let Some(d) = args.get(1).cloned().or(default) {
        return Ok(d);
    }
    Err(PyErr(crate::interp::exceptions::new_exception(vm.types.exception("LookupError"), vec![this])))
}

fn var_set(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [this, value] = args.as_slice() else { return Err(vm.type_error("ContextVar.set() takes exactly one argument")) };
    var_state(vm, Some(this))?;
    let ctx = current(vm);
    let old = lookup(&ctx, this);
    store(&ctx, this, Some(value.clone()));
    let cls = classes(vm).token;
    Ok(native::wrap(&cls, TokenState { ctx, var: this.clone(), old, used: false }))
}

fn var_reset(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [this, token] = args.as_slice() else { return Err(vm.type_error("ContextVar.reset() takes exactly one argument")) };
    var_state(vm, Some(this))?;
    let Some((ctx, var, old, used)) = native::with_state::<TokenState, _>(token, |t| (t.ctx.clone(), t.var.clone(), t.old.clone(), t.used)) else {
        return Err(vm.type_error(format!("expected an instance of Token, got {}", vm.type_name(token))));
    };
    let r = vm.repr(token)?;
    if used {
        return Err(vm.error("RuntimeError", format!("{r} has already been used once")));
    }
    if !var.is(this) {
        return Err(vm.error("ValueError", format!("{r} was created by a different ContextVar")));
    }
    if !ctx.is(&current(vm)) {
        return Err(vm.error("ValueError", format!("{r} was created in a different Context")));
    }
    native::with_state::<TokenState, _>(token, |t| t.used = true);
    store(&ctx, this, old);
    Ok(Value::None)
}

fn var_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (name, default) = var_state(vm, Some(&this))?;
    let mut s = format!("<ContextVar name={}", vm.repr(&name)?);
    if let Some(d) = default {
        s.push_str(&format!(" default={}", vm.repr(&d)?));
    }
    s.push_str(&format!(" at {:#x}>", this.id()));
    Ok(Value::str(s))
}

fn tok(vm: &Vm, v: Option<&Value>) -> Result<(Value, Option<Value>, bool), PyErr> {
    v.and_then(|v| native::with_state::<TokenState, _>(v, |t| (t.var.clone(), t.old.clone(), t.used)))
        .ok_or_else(|| vm.type_error("descriptor requires a '_contextvars.Token' object"))
}

fn tok_var(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(tok(vm, args.first())?.0)
}

fn tok_old(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let old = tok(vm, args.first())?.1;
    Ok(match old {
        Some(v) => v,
        None => classes(vm).missing,
    })
}

fn tok_enter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    tok(vm, args.first())?;
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn tok_exit(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (var, _, _) = tok(vm, Some(&this))?;
    var_reset(vm, smallvec::smallvec![var, this], vec![])
}

fn tok_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (var, _, used) = tok(vm, Some(&this))?;
    let v = vm.repr(&var)?;
    Ok(Value::str(format!("<Token{} var={v} at {:#x}>", if used { " used" } else { "" }, this.id())))
}

fn ctx_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.len() > 1 || !kwargs.is_empty() {
        return Err(vm.type_error("Context() does not accept any arguments"));
    }
    let cls = classes(vm).context;
    Ok(native::wrap(&cls, ContextState { vars: Vec::new(), entered: false }))
}

fn ctx_vars(vm: &Vm, v: Option<&Value>) -> Result<Vec<(Value, Value)>, PyErr> {
    v.and_then(|v| native::with_state::<ContextState, _>(v, |s| s.vars.clone()))
        .ok_or_else(|| vm.type_error("descriptor requires a '_contextvars.Context' object"))
}

fn copy_context(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    let ctx = current(vm);
    ctx_copy(vm, smallvec::smallvec![ctx], vec![])
}

fn ctx_copy(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let vars = ctx_vars(vm, args.first())?;
    let cls = classes(vm).context;
    Ok(native::wrap(&cls, ContextState { vars, entered: false }))
}

fn ctx_run(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("run() missing 1 required positional argument"));
    }
    let ctx = args.remove(0);
    let f = args.remove(0);
    let entered = native::with_state::<ContextState, _>(&ctx, |s| s.entered).unwrap_or(true);
    if entered {
        let r = vm.repr(&ctx)?;
        return Err(vm.error("RuntimeError", format!("cannot enter context: {r} is already entered")));
    }
    let prev = current(vm);
    native::with_state::<ContextState, _>(&prev, |s| s.entered = false);
    native::with_state::<ContextState, _>(&ctx, |s| s.entered = true);
    CURRENT.with(|c| *c.borrow_mut() = Some(ctx.clone()));
    let r = vm.call(f, args.into_vec(), kwargs);
    native::with_state::<ContextState, _>(&ctx, |s| s.entered = false);
    native::with_state::<ContextState, _>(&prev, |s| s.entered = true);
    CURRENT.with(|c| *c.borrow_mut() = Some(prev));
    r
}

fn ctx_getitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let vars = ctx_vars(vm, args.first())?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    if native::with_state::<VarState, _>(&key, |_| ()).is_none() {
        let r = vm.repr(&key)?;
        return Err(vm.type_error(format!("a ContextVar key was expected, got {r}")));
    }
    match vars.iter().find(|(k, _)| k.is(&key)) {
        Some((_, v)) => Ok(v.clone()),
        None => Err(PyErr(crate::interp::exceptions::new_exception(vm.types.exception("KeyError"), vec![key]))),
    }
}

fn ctx_get(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let vars = ctx_vars(vm, args.first())?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    if native::with_state::<VarState, _>(&key, |_| ()).is_none() {
        let r = vm.repr(&key)?;
        return Err(vm.type_error(format!("a ContextVar key was expected, got {r}")));
    }
    Ok(vars.iter().find(|(k, _)| k.is(&key)).map(|(_, v)| v.clone()).unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn ctx_contains(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let vars = ctx_vars(vm, args.first())?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(vars.iter().any(|(k, _)| k.is(&key))))
}

fn ctx_len(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(ctx_vars(vm, args.first())?.len() as i64))
}

fn ctx_keys(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_list(ctx_vars(vm, args.first())?.into_iter().map(|(k, _)| k).collect()))
}

fn ctx_values(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_list(ctx_vars(vm, args.first())?.into_iter().map(|(_, v)| v).collect()))
}

fn ctx_items(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_list(ctx_vars(vm, args.first())?.into_iter().map(|(k, v)| new_tuple([k, v])).collect()))
}

fn ctx_iter(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let keys = ctx_keys(vm, args, kwargs)?;
    vm.get_iter(&keys)
}
