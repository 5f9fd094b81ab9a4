//! Contexts and signals: the signal exception classes with CPython's hierarchy, the
//! `Context` type (precision, rounding, exponent limits, capitals, clamp, and the flags and
//! traps as condition bits), the `SignalDict` views of its flags and traps, the current
//! context (`getcontext`/`setcontext`/`localcontext`), and `apply`, which records an
//! operation's conditions in a context and raises the trapped ones as CPython's `_decimal`
//! does (the class of the first trapped signal, with the list of trapped conditions).

use super::number::*;
use super::{Args, Kwargs, classes};
use crate::heap::Payload;
use crate::interp::types::new_class;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// A Context object's state.
#[derive(Clone, Debug)]
pub struct CtxState {
    pub ctx: Ctx,
    pub capitals: bool,
    pub flags: u32,
    pub traps: u32,
}

/// The signal names in CPython's signal_map order (the SignalDict order), with their bits.
pub const SIGNALS: [(&str, u32); 9] = [
    ("InvalidOperation", IEEE_INVALID),
    ("FloatOperation", FLOAT_OPERATION),
    ("DivisionByZero", DIVISION_BY_ZERO),
    ("Overflow", OVERFLOW),
    ("Underflow", UNDERFLOW),
    ("Subnormal", SUBNORMAL),
    ("Inexact", INEXACT),
    ("Rounded", ROUNDED),
    ("Clamped", CLAMPED),
];

/// The conditions under InvalidOperation (cond_map order), with their class names.
pub const CONDITIONS: [(&str, u32); 5] = [
    ("InvalidOperation", INVALID_OPERATION),
    ("ConversionSyntax", CONVERSION_SYNTAX),
    ("DivisionImpossible", DIVISION_IMPOSSIBLE),
    ("DivisionUndefined", DIVISION_UNDEFINED),
    ("InvalidContext", INVALID_CONTEXT),
];

/// The signal classes: (name, class), signals then conditions then the base.
pub fn make_signal_classes(vm: &Vm) -> Vec<(&'static str, ObjRef)> {
    let exc = |n: &str| vm.types.exception(n);
    let mut out: Vec<(&'static str, ObjRef)> = Vec::new();
    let mk = |name: &'static str, bases: Vec<ObjRef>, out: &mut Vec<(&'static str, ObjRef)>| -> ObjRef {
        let fallback = bases[0].clone();
        let c = new_class(name, bases, None).unwrap_or(fallback);
        if let Payload::Type(t) = &c.payload {
            t.dict_mut().set_str("__module__", Value::str("decimal"));
        }
        out.push((name, c.clone()));
        c
    };
    let base = mk("DecimalException", vec![exc("ArithmeticError")], &mut out);
    let clamped = mk("Clamped", vec![base.clone()], &mut out);
    let invalid = mk("InvalidOperation", vec![base.clone()], &mut out);
    let divzero = mk("DivisionByZero", vec![base.clone(), exc("ZeroDivisionError")], &mut out);
    let inexact = mk("Inexact", vec![base.clone()], &mut out);
    let rounded = mk("Rounded", vec![base.clone()], &mut out);
    let subnormal = mk("Subnormal", vec![base.clone()], &mut out);
    mk("Overflow", vec![inexact.clone(), rounded.clone()], &mut out);
    mk("Underflow", vec![inexact, rounded, subnormal], &mut out);
    mk("FloatOperation", vec![base, exc("TypeError")], &mut out);
    mk("ConversionSyntax", vec![invalid.clone()], &mut out);
    mk("DivisionImpossible", vec![invalid.clone()], &mut out);
    mk("DivisionUndefined", vec![invalid.clone(), exc("ZeroDivisionError")], &mut out);
    mk("InvalidContext", vec![invalid], &mut out);
    let _ = (clamped, divzero);
    out
}

/// The class of the signal or condition `name`.
pub fn class_named(vm: &Vm, name: &str) -> ObjRef {
    let c = classes(vm);
    c.signals.iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone()).unwrap_or_else(|| vm.types.exception("ArithmeticError"))
}

/// The condition bits of a signal class (None if it is not one of the nine signals).
pub fn signal_bits(vm: &Vm, cls: &Value) -> Option<u32> {
    let o = cls.as_obj()?;
    SIGNALS.iter().find(|(n, _)| std::rc::Rc::ptr_eq(&class_named(vm, n), o)).map(|(_, b)| *b)
}

/// The names of the signals set in `bits`, in libmpdec's bit order (for reprs).
fn bit_names(bits: u32) -> Vec<&'static str> {
    const ORDER: [(u32, &str); 15] = [
        (CLAMPED, "Clamped"),
        (CONVERSION_SYNTAX, "InvalidOperation"),
        (DIVISION_BY_ZERO, "DivisionByZero"),
        (DIVISION_IMPOSSIBLE, "InvalidOperation"),
        (DIVISION_UNDEFINED, "InvalidOperation"),
        (32, "InvalidOperation"),
        (INEXACT, "Inexact"),
        (INVALID_CONTEXT, "InvalidOperation"),
        (INVALID_OPERATION, "InvalidOperation"),
        (512, "InvalidOperation"),
        (FLOAT_OPERATION, "FloatOperation"),
        (OVERFLOW, "Overflow"),
        (ROUNDED, "Rounded"),
        (SUBNORMAL, "Subnormal"),
        (UNDERFLOW, "Underflow"),
    ];
    let mut out: Vec<&'static str> = Vec::new();
    for (b, n) in ORDER {
        if bits & b != 0 && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Records `st` in the context `cv` and raises the trapped conditions.
pub fn apply(vm: &Vm, cv: &Value, st: u32) -> Result<(), PyErr> {
    if st == 0 {
        return Ok(());
    }
    let traps = native::with_state::<CtxState, _>(cv, |s| {
        s.flags |= st;
        s.traps
    })
    .unwrap_or(0);
    let trapped = st & traps;
    if trapped == 0 {
        return Ok(());
    }
    Err(trap_error(vm, trapped))
}

/// The exception for the trapped conditions `t`.
pub fn trap_error(vm: &Vm, t: u32) -> PyErr {
    let name = SIGNALS.iter().find(|(_, b)| t & b != 0).map(|(n, _)| *n).unwrap_or("InvalidOperation");
    let mut list = Vec::new();
    for (n, b) in CONDITIONS {
        if t & b != 0 {
            list.push(Value::Obj(class_named(vm, n)));
        }
    }
    for (n, b) in &SIGNALS[1..] {
        if t & b != 0 {
            list.push(Value::Obj(class_named(vm, n)));
        }
    }
    let cls = class_named(vm, name);
    PyErr(crate::interp::exceptions::new_exception(cls, vec![crate::interp::call::new_list(list)]))
}

/// The state of a context value.
pub fn state(v: &Value) -> Option<CtxState> {
    native::with_state::<CtxState, _>(v, |s| s.clone())
}

pub fn default_state() -> CtxState {
    CtxState {
        ctx: Ctx { prec: 28, rounding: Rounding::HalfEven, emin: -999_999, emax: 999_999, clamp: false },
        capitals: true,
        flags: 0,
        traps: IEEE_INVALID | DIVISION_BY_ZERO | OVERFLOW,
    }
}

pub fn new_context(vm: &Vm, s: CtxState) -> Value {
    native::wrap(&classes(vm).context, s)
}

thread_local! {
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The current context (a copy of DefaultContext made on first use).
pub fn current(vm: &Vm) -> Value {
    if let Some(c) = CURRENT.with(|c| c.borrow().clone()) {
        return c;
    }
    let base = state(&classes(vm).default_ctx).unwrap_or_else(default_state);
    let c = new_context(vm, CtxState { flags: 0, ..base });
    CURRENT.with(|cur| *cur.borrow_mut() = Some(c.clone()));
    c
}

/// The context argument `v` (None: the current one), checked.
pub fn ctx_arg(vm: &Vm, v: Option<&Value>) -> Result<Value, PyErr> {
    match v {
        None | Some(Value::None) => Ok(current(vm)),
        Some(c) if state(c).is_some() => Ok(c.clone()),
        Some(_) => Err(vm.type_error("optional argument must be a context")),
    }
}

pub fn getcontext(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(current(vm))
}

pub fn setcontext(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(c) = args.first() else { return Err(vm.type_error("setcontext() takes exactly one argument (0 given)")) };
    let Some(s) = state(c) else { return Err(vm.type_error("argument must be a context")) };
    let cls = classes(vm);
    // The module's template contexts are copied, as CPython's are.
    let c = if [&cls.default_ctx, &cls.basic_ctx, &cls.extended_ctx].iter().any(|t| t.is(c)) { new_context(vm, s) } else { c.clone() };
    CURRENT.with(|cur| *cur.borrow_mut() = Some(c));
    Ok(Value::None)
}

/// The state of a ContextManager: the context to enter and the one to restore.
struct Manager {
    new: Value,
    saved: Option<Value>,
}

pub fn localcontext(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error(format!("localcontext() takes at most 1 positional argument ({} given)", args.len())));
    }
    let mut base = args.first().cloned();
    let mut rest = Vec::new();
    for (k, v) in kwargs {
        if k == "ctx" {
            base = Some(v);
        } else {
            rest.push((k, v));
        }
    }
    let src = match base {
        None | Some(Value::None) => current(vm),
        Some(c) if state(&c).is_some() => c,
        Some(_) => return Err(vm.type_error("optional argument must be a context")),
    };
    let s = state(&src).unwrap_or_else(default_state);
    let new = new_context(vm, s);
    for (k, v) in rest {
        if !matches!(k.as_str(), "prec" | "rounding" | "Emin" | "Emax" | "capitals" | "clamp" | "flags" | "traps") {
            return Err(vm.type_error(format!("this function got an unexpected keyword argument '{k}'")));
        }
        set_field(vm, &new, &k, &v, true)?;
    }
    Ok(native::wrap(&classes(vm).manager, Manager { new, saved: None }))
}

pub fn manager_enter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cur = current(vm);
    let new = native::with_state::<Manager, _>(&args[0], |m| {
        m.saved = Some(cur);
        m.new.clone()
    });
    let Some(new) = new else { return Err(vm.type_error("descriptor requires a ContextManager")) };
    CURRENT.with(|c| *c.borrow_mut() = Some(new.clone()));
    Ok(new)
}

pub fn manager_exit(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let saved = native::with_state::<Manager, _>(&args[0], |m| m.saved.take()).flatten();
    if let Some(s) = saved {
        CURRENT.with(|c| *c.borrow_mut() = Some(s));
    }
    let _ = vm;
    Ok(Value::None)
}

const ROUNDING_ERR: &str = "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]";
pub const MAX_PREC: i64 = 999_999_999_999_999_999;
pub const MAX_EMAX: i64 = 999_999_999_999_999_999;
pub const MIN_EMIN: i64 = -999_999_999_999_999_999;

pub fn rounding_arg(vm: &Vm, v: &Value) -> Result<Rounding, PyErr> {
    v.as_str().and_then(Rounding::from_name).ok_or_else(|| vm.type_error(ROUNDING_ERR))
}

fn int_field(vm: &Vm, v: &Value) -> Result<i64, PyErr> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ if matches!(v.payload(), Some(Payload::BigInt(_))) => Err(vm.error("OverflowError", "Python int too large to convert to C ssize_t")),
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// Signal bits from a full signal dict (attribute assignment takes only these) or, when
/// `lists` (the constructor, localcontext), also from a list of signal classes.
fn signals_arg(vm: &mut Vm, v: &Value, lists: bool) -> Result<u32, PyErr> {
    if lists && let Some(Payload::List(l)) = v.payload() {
        let items = l.borrow().clone();
        let mut bits = 0;
        for it in items {
            let Some(b) = signal_bits(vm, &it) else { return Err(vm.error("KeyError", SIGNAL_KEYS_ERR)) };
            bits |= b;
        }
        return Ok(bits);
    }
    if let Some(b) = signal_dict_bits(v) {
        return Ok(b);
    }
    let Some(Payload::Dict(d)) = v.payload() else { return Err(vm.type_error("argument must be a signal dict")) };
    let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    if pairs.len() != SIGNALS.len() {
        return Err(vm.error("KeyError", "invalid signal dict"));
    }
    let mut bits = 0;
    for (k, val) in pairs {
        let Some(b) = signal_bits(vm, &k) else { return Err(vm.error("KeyError", "invalid signal dict")) };
        if vm.truthy(&val)? {
            bits |= b;
        }
    }
    Ok(bits)
}

const SIGNAL_KEYS_ERR: &str = "valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]";

/// Sets the context attribute `name`.
pub fn set_field(vm: &mut Vm, c: &Value, name: &str, v: &Value, lists: bool) -> Result<(), PyErr> {
    let Some(mut s) = state(c) else { return Err(vm.type_error("argument must be a context")) };
    match name {
        "prec" => {
            let p = int_field(vm, v)?;
            if !(1..=MAX_PREC).contains(&p) {
                return Err(vm.error("ValueError", "valid range for prec is [1, MAX_PREC]"));
            }
            s.ctx.prec = p;
        }
        "rounding" => s.ctx.rounding = rounding_arg(vm, v)?,
        "Emin" => {
            let e = int_field(vm, v)?;
            if !(MIN_EMIN..=0).contains(&e) {
                return Err(vm.error("ValueError", "valid range for Emin is [MIN_EMIN, 0]"));
            }
            s.ctx.emin = e;
        }
        "Emax" => {
            let e = int_field(vm, v)?;
            if !(0..=MAX_EMAX).contains(&e) {
                return Err(vm.error("ValueError", "valid range for Emax is [0, MAX_EMAX]"));
            }
            s.ctx.emax = e;
        }
        "capitals" => {
            let e = int_field(vm, v)?;
            if !(0..=1).contains(&e) {
                return Err(vm.error("ValueError", "valid values for capitals are 0 or 1"));
            }
            s.capitals = e == 1;
        }
        "clamp" => {
            let e = int_field(vm, v)?;
            if !(0..=1).contains(&e) {
                return Err(vm.error("ValueError", "valid values for clamp are 0 or 1"));
            }
            s.ctx.clamp = e == 1;
        }
        "flags" => s.flags = signals_arg(vm, v, lists)?,
        "traps" => s.traps = signals_arg(vm, v, lists)?,
        _ => return Err(vm.error("AttributeError", format!("'decimal.Context' object has no attribute '{name}'"))),
    }
    native::with_state::<CtxState, _>(c, |st| *st = s);
    Ok(())
}

const FIELDS: [&str; 8] = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"];

pub fn context_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("Context.__new__(): not enough arguments"));
    }
    let cls = args.remove(0);
    if args.len() > 8 {
        return Err(vm.type_error(format!("function takes at most 8 arguments ({} given)", args.len())));
    }
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !FIELDS.contains(&k.as_str())) {
        return Err(vm.type_error(format!("this function got an unexpected keyword argument '{k}'")));
    }
    let Some(cls) = cls.as_obj().cloned() else { return Err(vm.type_error("Context.__new__(X): X is not a type object")) };
    let base = state(&classes(vm).default_ctx).unwrap_or_else(default_state);
    let c = native::wrap(&cls, CtxState { flags: 0, ..base });
    let mut vals: Vec<(String, Value)> = args.into_iter().enumerate().map(|(i, v)| (FIELDS[i].to_string(), v)).collect();
    vals.extend(kwargs);
    for (k, v) in vals {
        if matches!(v, Value::None) {
            continue;
        }
        set_field(vm, &c, &k, &v, true)?;
    }
    Ok(c)
}

pub fn context_repr_of(s: &CtxState) -> String {
    let f = bit_names(s.flags).join(", ");
    let t = bit_names(s.traps).join(", ");
    format!(
        "Context(prec={}, rounding={}, Emin={}, Emax={}, capitals={}, clamp={}, flags=[{f}], traps=[{t}])",
        s.ctx.prec,
        s.ctx.rounding.name(),
        s.ctx.emin,
        s.ctx.emax,
        u8::from(s.capitals),
        u8::from(s.ctx.clamp)
    )
}

// ---- SignalDict: a live view of a context's flags or traps ----

struct SigView {
    ctx: Value,
    traps: bool,
}

pub fn signal_dict(vm: &Vm, ctx: &Value, traps: bool) -> Value {
    native::wrap(&classes(vm).signal_dict, SigView { ctx: ctx.clone(), traps })
}

fn view(v: &Value) -> Option<(Value, bool)> {
    native::with_state::<SigView, _>(v, |s| (s.ctx.clone(), s.traps))
}

fn signal_dict_bits(v: &Value) -> Option<u32> {
    let (c, t) = view(v)?;
    state(&c).map(|s| if t { s.traps } else { s.flags })
}

fn view_bits(vm: &Vm, v: &Value) -> Result<(Value, bool, u32), PyErr> {
    let (c, t) = view(v).ok_or_else(|| vm.type_error("descriptor requires a SignalDict"))?;
    let s = state(&c).ok_or_else(|| vm.type_error("invalid context"))?;
    Ok((c, t, if t { s.traps } else { s.flags }))
}

pub fn sd_getitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, _, bits) = view_bits(vm, &args[0])?;
    let Some(b) = args.get(1).and_then(|k| signal_bits(vm, k)) else { return Err(vm.error("KeyError", SIGNAL_KEYS_ERR)) };
    Ok(Value::Bool(bits & b != 0))
}

pub fn sd_setitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, t, _) = view_bits(vm, &args[0])?;
    let Some(b) = args.get(1).and_then(|k| signal_bits(vm, k)) else { return Err(vm.error("KeyError", SIGNAL_KEYS_ERR)) };
    let on = vm.truthy(args.get(2).unwrap_or(&Value::None))?;
    native::with_state::<CtxState, _>(&c, |s| {
        let w = if t { &mut s.traps } else { &mut s.flags };
        if on { *w |= b } else { *w &= !b }
    });
    Ok(Value::None)
}

pub fn sd_delitem(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.error("ValueError", "signal keys cannot be deleted"))
}

pub fn sd_len(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(SIGNALS.len() as i64))
}

fn sd_keys_vec(vm: &Vm) -> Vec<Value> {
    SIGNALS.iter().map(|(n, _)| Value::Obj(class_named(vm, n))).collect()
}

pub fn sd_iter(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    let l = crate::interp::call::new_list(sd_keys_vec(vm));
    vm.get_iter(&l)
}

pub fn sd_keys(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(crate::interp::call::new_list(sd_keys_vec(vm)))
}

pub fn sd_values(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, _, bits) = view_bits(vm, &args[0])?;
    Ok(crate::interp::call::new_list(SIGNALS.iter().map(|(_, b)| Value::Bool(bits & b != 0)).collect()))
}

pub fn sd_items(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, _, bits) = view_bits(vm, &args[0])?;
    let items = SIGNALS
        .iter()
        .map(|(n, b)| crate::interp::call::new_tuple([Value::Obj(class_named(vm, n)), Value::Bool(bits & b != 0)]))
        .collect();
    Ok(crate::interp::call::new_list(items))
}

pub fn sd_copy(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, _, bits) = view_bits(vm, &args[0])?;
    let d = vm.new_dict();
    for (n, b) in SIGNALS {
        let k = Value::Obj(class_named(vm, n));
        vm.setitem(&d, &k, Value::Bool(bits & b != 0))?;
    }
    Ok(d)
}

pub fn sd_get(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, _, bits) = view_bits(vm, &args[0])?;
    match args.get(1).and_then(|k| signal_bits(vm, k)) {
        Some(b) => Ok(Value::Bool(bits & b != 0)),
        None => Ok(args.get(2).cloned().unwrap_or(Value::None)),
    }
}

pub fn sd_contains(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Bool(args.get(1).and_then(|k| signal_bits(vm, k)).is_some()))
}

pub fn sd_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, _, bits) = view_bits(vm, &args[0])?;
    let parts: Vec<String> = SIGNALS.iter().map(|(n, b)| format!("<class 'decimal.{n}'>:{}", if bits & b != 0 { "True" } else { "False" })).collect();
    Ok(Value::str(format!("{{{}}}", parts.join(", "))))
}

pub fn sd_eq(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, _, bits) = view_bits(vm, &args[0])?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(b) = signal_dict_bits(&other) {
        return Ok(Value::Bool(b == bits));
    }
    if let Some(Payload::Dict(_)) = other.payload() {
        let mine = sd_copy(vm, smallvec::smallvec![args[0].clone()], vec![])?;
        return vm.eq(&mine, &other).map(Value::Bool);
    }
    Ok(Value::not_implemented())
}
