//! `_contextvars`, for a VM with one context: `ContextVar` (get/set/reset, name,
//! default), `Token` (var, old_value, MISSING) and `Context`/`copy_context()` whose
//! `run(f, *args)` calls `f` in the one context. Enough for `warnings` and `decimal`.
//!
//! Promise: CPython's results for programs that never switch contexts (no asyncio task
//! or thread gets a copy); LookupError and the other errors as CPython raises them.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

struct Var {
    name: Value,
    default: Option<Value>,
    value: Option<Value>,
}

struct Token {
    var: Value,
    old: Option<Value>,
    used: bool,
}

struct Ctx;

thread_local! {
    static TYPES: RefCell<Option<(ObjRef, ObjRef, ObjRef, Value)>> = const { RefCell::new(None) };
}

fn types(vm: &Vm) -> Result<(ObjRef, ObjRef, ObjRef, Value), PyErr> {
    TYPES.with(|t| t.borrow().clone()).ok_or_else(|| vm.error("SystemError", "_contextvars is not initialised"))
}

fn var_new(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let default = super::util::take_kwarg(&mut kwargs, "default");
    super::util::no_more_kwargs(vm, "ContextVar", &kwargs)?;
    let Some(cls) = args.first().and_then(Value::as_obj).cloned() else { return Err(vm.type_error("ContextVar.__new__ needs a type")) };
    let Some(name) = args.get(1).cloned() else {
        return Err(vm.type_error("ContextVar() missing required argument 'name' (pos 1)"));
    };
    if name.as_str().is_none() {
        return Err(vm.type_error("context variable name must be a str"));
    }
    Ok(native::wrap(&cls, Var { name, default, value: None }))
}

fn var_get(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let got = native::with_state::<Var, _>(&this, |v| v.value.clone().or_else(|| args.get(1).cloned()).or_else(|| v.default.clone()));
    match got {
        None => Err(vm.type_error("expected a ContextVar")),
        Some(Some(v)) => Ok(v),
        Some(None) => Err(PyErr(crate::interp::exceptions::new_exception(vm.types.exception("LookupError"), vec![this]))),
    }
}

fn var_set(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some(new) = args.get(1).cloned() else { return Err(vm.type_error("ContextVar.set() takes exactly one argument (0 given)")) };
    let old = native::with_state::<Var, _>(&this, |v| v.value.replace(new)).ok_or_else(|| vm.type_error("expected a ContextVar"))?;
    let (_, token, _, _) = types(vm)?;
    Ok(native::wrap(&token, Token { var: this, old, used: false }))
}

fn var_reset(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some(tok) = args.get(1).cloned() else { return Err(vm.type_error("ContextVar.reset() takes exactly one argument (0 given)")) };
    let info = native::with_state::<Token, _>(&tok, |t| {
        let r = (t.var.clone(), t.old.clone(), t.used);
        t.used = true;
        r
    });
    let Some((var, old, used)) = info else {
        return Err(vm.type_error(format!("expected an instance of Token, got {:?}", vm.type_name(&tok))));
    };
    if used {
        let r = token_text(vm, &tok, &var, true)?;
        return Err(vm.error("RuntimeError", format!("{r} has already been used once")));
    }
    if !var.is(&this) {
        native::with_state::<Token, _>(&tok, |t| t.used = false);
        let r = token_text(vm, &tok, &var, false)?;
        return Err(vm.error("ValueError", format!("{r} was created by a different ContextVar")));
    }
    native::with_state::<Var, _>(&this, |v| v.value = old);
    Ok(Value::None)
}

fn var_name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    native::with_state::<Var, _>(&this, |v| v.name.clone()).ok_or_else(|| vm.type_error("expected a ContextVar"))
}

fn var_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some((name, default)) = native::with_state::<Var, _>(&this, |v| (v.name.clone(), v.default.clone())) else {
        return Err(vm.type_error("expected a ContextVar"));
    };
    let mut s = format!("<ContextVar name={}", vm.repr(&name)?);
    if let Some(d) = default {
        s.push_str(&format!(" default={}", vm.repr(&d)?));
    }
    s.push_str(&format!(" at {:#x}>", this.id()));
    Ok(Value::str(s))
}

fn token_text(vm: &mut Vm, tok: &Value, var: &Value, used: bool) -> Result<String, PyErr> {
    let v = vm.repr(var)?;
    Ok(format!("<Token{} var={v} at {:#x}>", if used { " used" } else { "" }, tok.id()))
}

fn token_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some((var, used)) = native::with_state::<Token, _>(&this, |t| (t.var.clone(), t.used)) else { return Err(vm.type_error("expected a Token")) };
    Ok(Value::str(token_text(vm, &this, &var, used)?))
}

fn token_var(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    native::with_state::<Token, _>(&this, |t| t.var.clone()).ok_or_else(|| vm.type_error("expected a Token"))
}

fn token_old_value(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let old = native::with_state::<Token, _>(&this, |t| t.old.clone()).ok_or_else(|| vm.type_error("expected a Token"))?;
    match old {
        Some(v) => Ok(v),
        None => Ok(types(vm)?.3),
    }
}

fn ctx_new(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(cls) = args.first().and_then(Value::as_obj).cloned() else { return Err(vm.type_error("Context.__new__ needs a type")) };
    Ok(native::wrap(&cls, Ctx))
}

fn ctx_run(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("run() missing 1 required positional argument"));
    }
    args.remove(0);
    let f = args.remove(0);
    vm.call(f, args, kwargs)
}

fn ctx_copy(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    let (_, _, ctx, _) = types(vm)?;
    Ok(native::wrap(&ctx, Ctx))
}

fn getter(name: &'static str, f: crate::objects::function::BuiltinFn) -> Value {
    Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None })
}

fn set(ty: &ObjRef, name: &str, v: Value) {
    if let Payload::Type(t) = &ty.payload {
        t.dict.borrow_mut().set_str(name, v);
    }
}

pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types.object.clone();
    let var = native::new_type("ContextVar", "_contextvars", &object, &[("get", var_get), ("set", var_set), ("reset", var_reset), ("__repr__", var_repr)], &[], Some(var_new));
    set(&var, "name", getter("name", var_name));
    let token = native::new_type("Token", "_contextvars", &object, &[("__repr__", token_repr)], &[], None);
    set(&token, "var", getter("var", token_var));
    set(&token, "old_value", getter("old_value", token_old_value));
    let missing = match new_marker(vm) {
        Some(m) => m,
        None => Value::None,
    };
    set(&token, "MISSING", missing.clone());
    let ctx = native::new_type("Context", "_contextvars", &object, &[("run", ctx_run), ("copy", ctx_copy)], &[], Some(ctx_new));
    TYPES.with(|t| *t.borrow_mut() = Some((var.clone(), token.clone(), ctx.clone(), missing)));
    module(
        "_contextvars",
        vec![
            ("ContextVar", Value::Obj(var)),
            ("Token", Value::Obj(token)),
            ("Context", Value::Obj(ctx)),
            ("copy_context", builtin("copy_context", ctx_copy)),
        ],
    )
}

/// `Token.MISSING`: a marker object with CPython's repr.
fn new_marker(vm: &mut Vm) -> Option<Value> {
    let object = vm.types.object.clone();
    let cls = native::new_type("Token.MISSING", "_contextvars", &object, &[("__repr__", |_vm, _a, _k| Ok(Value::str("<Token.MISSING>")))], &[], None);
    Some(vm.new_instance(&cls))
}
