//! `_decimal`: decimal floating point as CPython's C module (libmpdec) provides it, for the
//! stdlib's `decimal.py` (which re-exports it; pyodide's stdlib has no `_pydecimal`).
//! `number.rs` is the representation and the final rounding, `arith.rs` the arithmetic,
//! `transcend.rs` exp/ln/log10/non-integer powers, `text.rs` parsing and formatting,
//! `context.rs` contexts, signals and traps, `dectype.rs` the Decimal type, `compare.rs`
//! its comparisons and hash, `digitwise.rs` logical/shift/rotate; this file
//! builds the classes, the Context methods and the module.

mod arith;
mod compare;
mod context;
mod dectype;
mod digitwise;
mod number;
mod text;
mod transcend;

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use context::CtxState;
use dectype as dt;
use number::{Dec, Rounding};
use std::cell::RefCell;
use std::rc::Rc;

/// The module's classes and template contexts (made once per thread).
pub struct Classes {
    pub decimal: ObjRef,
    pub context: ObjRef,
    pub signal_dict: ObjRef,
    pub manager: ObjRef,
    pub signals: Vec<(&'static str, ObjRef)>,
    pub default_ctx: Value,
    pub basic_ctx: Value,
    pub extended_ctx: Value,
    pub decimal_tuple: Value,
}

thread_local! {
    static CLASSES: RefCell<Option<Rc<Classes>>> = const { RefCell::new(None) };
}

pub fn classes(vm: &Vm) -> Rc<Classes> {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let c = Rc::new(build(vm));
    CLASSES.with(|cl| *cl.borrow_mut() = Some(c.clone()));
    c
}

fn prop(t: &ObjRef, name: &'static str, get: BuiltinFn, set: Option<BuiltinFn>) {
    if let Payload::Type(ty) = &t.payload {
        let fset = set.map(|f| builtin(name, f)).unwrap_or(Value::None);
        ty.dict_mut().set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, get), fset, fdel: Value::None, doc: Value::None }));
    }
}

fn build(vm: &Vm) -> Classes {
    let object = vm.types.object.clone();
    let dec_methods: &[(&'static str, BuiltinFn)] = &[
        ("__add__", dt::op::<{ dt::ADD }>),
        ("__radd__", dt::rop::<{ dt::ADD }>),
        ("__sub__", dt::op::<{ dt::SUB }>),
        ("__rsub__", dt::rop::<{ dt::SUB }>),
        ("__mul__", dt::op::<{ dt::MUL }>),
        ("__rmul__", dt::rop::<{ dt::MUL }>),
        ("__truediv__", dt::op::<{ dt::DIV }>),
        ("__rtruediv__", dt::rop::<{ dt::DIV }>),
        ("__floordiv__", dt::op::<{ dt::FLOORDIV }>),
        ("__rfloordiv__", dt::rop::<{ dt::FLOORDIV }>),
        ("__mod__", dt::op::<{ dt::MOD }>),
        ("__rmod__", dt::rop::<{ dt::MOD }>),
        ("__pow__", dt::op::<{ dt::POW }>),
        ("__rpow__", dt::rop::<{ dt::POW }>),
        ("__divmod__", dt::divmod_op::<false>),
        ("__rdivmod__", dt::divmod_op::<true>),
        ("__neg__", dt::unary_op::<{ dt::NEG }>),
        ("__pos__", dt::unary_op::<{ dt::POS }>),
        ("__abs__", dt::unary_op::<{ dt::ABS }>),
        ("__eq__", compare::richcmp::<2>),
        ("__ne__", compare::richcmp::<3>),
        ("__lt__", compare::richcmp::<0>),
        ("__le__", compare::richcmp::<1>),
        ("__gt__", compare::richcmp::<4>),
        ("__ge__", compare::richcmp::<5>),
        ("__hash__", compare::hash),
        ("__bool__", dt::to_bool),
        ("__int__", dt::to_int::<0>),
        ("__trunc__", dt::to_int::<0>),
        ("__floor__", dt::to_int::<1>),
        ("__ceil__", dt::to_int::<2>),
        ("__float__", dt::to_float),
        ("__complex__", dt::to_complex),
        ("__round__", dt::round),
        ("__str__", dt::to_str),
        ("__repr__", dt::repr),
        ("__format__", dt::format),
        ("__reduce__", dt::reduce),
        ("__copy__", dt::identity),
        ("__deepcopy__", dt::identity),
        ("sqrt", dt::unary_method::<{ dt::SQRT }>),
        ("exp", dt::unary_method::<{ dt::EXP }>),
        ("ln", dt::unary_method::<{ dt::LN }>),
        ("log10", dt::unary_method::<{ dt::LOG10 }>),
        ("logb", dt::unary_method::<{ dt::LOGB }>),
        ("normalize", dt::unary_method::<{ dt::NORMALIZE }>),
        ("next_plus", dt::unary_method::<{ dt::NEXT_PLUS }>),
        ("next_minus", dt::unary_method::<{ dt::NEXT_MINUS }>),
        ("to_integral", dt::integral_method::<false>),
        ("to_integral_value", dt::integral_method::<false>),
        ("to_integral_exact", dt::integral_method::<true>),
        ("quantize", dt::quantize_method),
        ("compare", dt::binary_method::<{ dt::COMPARE }>),
        ("compare_signal", dt::binary_method::<{ dt::COMPARE_SIGNAL }>),
        ("max", dt::binary_method::<{ dt::MAX }>),
        ("min", dt::binary_method::<{ dt::MIN }>),
        ("max_mag", dt::binary_method::<{ dt::MAX_MAG }>),
        ("min_mag", dt::binary_method::<{ dt::MIN_MAG }>),
        ("remainder_near", dt::binary_method::<{ dt::REM_NEAR }>),
        ("next_toward", dt::binary_method::<{ dt::NEXT_TOWARD }>),
        ("scaleb", dt::binary_method::<{ dt::SCALEB }>),
        ("logical_and", dt::binary_method::<{ dt::LOGICAL_AND }>),
        ("logical_or", dt::binary_method::<{ dt::LOGICAL_OR }>),
        ("logical_xor", dt::binary_method::<{ dt::LOGICAL_XOR }>),
        ("shift", dt::binary_method::<{ dt::SHIFT }>),
        ("rotate", dt::binary_method::<{ dt::ROTATE }>),
        ("logical_invert", dt::unary_method::<{ dt::LOGICAL_INVERT }>),
        ("fma", dt::fma_method),
        ("compare_total", dt::total_method::<0>),
        ("compare_total_mag", dt::total_method::<1>),
        ("copy_sign", dt::total_method::<2>),
        ("same_quantum", dt::total_method::<3>),
        ("is_finite", dt::predicate::<0>),
        ("is_infinite", dt::predicate::<1>),
        ("is_nan", dt::predicate::<2>),
        ("is_qnan", dt::predicate::<3>),
        ("is_snan", dt::predicate::<4>),
        ("is_signed", dt::predicate::<5>),
        ("is_zero", dt::predicate::<6>),
        ("is_canonical", dt::predicate::<7>),
        ("is_normal", dt::predicate::<8>),
        ("is_subnormal", dt::predicate::<9>),
        ("number_class", dt::number_class),
        ("adjusted", dt::adjusted),
        ("copy_abs", dt::copy_abs),
        ("copy_negate", dt::copy_negate),
        ("canonical", dt::identity),
        ("conjugate", dt::identity),
        ("radix", dt::radix),
        ("to_eng_string", dt::to_eng),
        ("as_tuple", dt::as_tuple),
        ("as_integer_ratio", dt::as_integer_ratio),
    ];
    let dec_classmethods: &[(&'static str, BuiltinFn)] = &[("from_float", dt::from_float), ("from_number", dt::from_number)];
    let decimal = native::new_type("Decimal", "decimal", &object, dec_methods, dec_classmethods, Some(dt::decimal_new));
    prop(&decimal, "real", dt::identity, None);
    prop(&decimal, "imag", dt::imag, None);
    if let Payload::Type(t) = &decimal.payload {
        t.dict_mut().set_str("__doc__", Value::str("Construct a new Decimal object. 'value' can be an integer, string, tuple,\nor another Decimal object. If no value is given, return Decimal('0'). The\ncontext does not affect the conversion and is only passed to determine if\nthe InvalidOperation trap is active.\n\n"));
    }

    let ctx_methods: &[(&'static str, BuiltinFn)] = &[
        ("add", ctx_binary::<{ dt::ADD }>),
        ("subtract", ctx_binary::<{ dt::SUB }>),
        ("multiply", ctx_binary::<{ dt::MUL }>),
        ("divide", ctx_binary::<{ dt::DIV }>),
        ("divide_int", ctx_binary::<{ dt::FLOORDIV }>),
        ("remainder", ctx_binary::<{ dt::MOD }>),
        ("remainder_near", ctx_binary::<{ dt::REM_NEAR }>),
        ("compare", ctx_binary::<{ dt::COMPARE }>),
        ("compare_signal", ctx_binary::<{ dt::COMPARE_SIGNAL }>),
        ("max", ctx_binary::<{ dt::MAX }>),
        ("min", ctx_binary::<{ dt::MIN }>),
        ("max_mag", ctx_binary::<{ dt::MAX_MAG }>),
        ("min_mag", ctx_binary::<{ dt::MIN_MAG }>),
        ("next_toward", ctx_binary::<{ dt::NEXT_TOWARD }>),
        ("quantize", ctx_binary::<{ dt::QUANTIZE }>),
        ("scaleb", ctx_binary::<{ dt::SCALEB }>),
        ("logical_and", ctx_binary::<{ dt::LOGICAL_AND }>),
        ("logical_or", ctx_binary::<{ dt::LOGICAL_OR }>),
        ("logical_xor", ctx_binary::<{ dt::LOGICAL_XOR }>),
        ("shift", ctx_binary::<{ dt::SHIFT }>),
        ("rotate", ctx_binary::<{ dt::ROTATE }>),
        ("logical_invert", ctx_unary::<{ dt::LOGICAL_INVERT }>),
        ("power", ctx_power),
        ("divmod", ctx_divmod),
        ("fma", ctx_fma),
        ("abs", ctx_unary::<{ dt::ABS }>),
        ("plus", ctx_unary::<{ dt::POS }>),
        ("minus", ctx_unary::<{ dt::NEG }>),
        ("sqrt", ctx_unary::<{ dt::SQRT }>),
        ("exp", ctx_unary::<{ dt::EXP }>),
        ("ln", ctx_unary::<{ dt::LN }>),
        ("log10", ctx_unary::<{ dt::LOG10 }>),
        ("logb", ctx_unary::<{ dt::LOGB }>),
        ("normalize", ctx_unary::<{ dt::NORMALIZE }>),
        ("next_plus", ctx_unary::<{ dt::NEXT_PLUS }>),
        ("next_minus", ctx_unary::<{ dt::NEXT_MINUS }>),
        ("to_integral", ctx_unary::<{ dt::TO_INTEGRAL }>),
        ("to_integral_value", ctx_unary::<{ dt::TO_INTEGRAL }>),
        ("to_integral_exact", ctx_unary::<{ dt::TO_INTEGRAL_EXACT }>),
        ("compare_total", ctx_total::<0>),
        ("compare_total_mag", ctx_total::<1>),
        ("copy_sign", ctx_total::<2>),
        ("same_quantum", ctx_total::<3>),
        ("is_finite", ctx_predicate::<0>),
        ("is_infinite", ctx_predicate::<1>),
        ("is_nan", ctx_predicate::<2>),
        ("is_qnan", ctx_predicate::<3>),
        ("is_snan", ctx_predicate::<4>),
        ("is_signed", ctx_predicate::<5>),
        ("is_zero", ctx_predicate::<6>),
        ("is_canonical", ctx_predicate::<7>),
        ("is_normal", ctx_predicate::<8>),
        ("is_subnormal", ctx_predicate::<9>),
        ("number_class", ctx_number_class),
        ("copy_abs", ctx_copy::<0>),
        ("copy_negate", ctx_copy::<1>),
        ("copy_decimal", ctx_copy::<2>),
        ("canonical", ctx_copy::<2>),
        ("to_sci_string", ctx_to_string::<false>),
        ("to_eng_string", ctx_to_string::<true>),
        ("create_decimal", ctx_create_decimal),
        ("create_decimal_from_float", ctx_create_from_float),
        ("radix", dt::radix),
        ("_apply", ctx_apply),
        ("Etiny", ctx_etiny),
        ("Etop", ctx_etop),
        ("clear_flags", ctx_clear::<false>),
        ("clear_traps", ctx_clear::<true>),
        ("copy", ctx_copy_ctx),
        ("__copy__", ctx_copy_ctx),
        ("__repr__", ctx_repr),
        ("__setattr__", ctx_setattr),
        ("__delattr__", ctx_delattr),
        ("__reduce__", ctx_reduce),
    ];
    let context = native::new_type("Context", "decimal", &object, ctx_methods, &[], Some(context::context_new));
    if let Payload::Type(t) = &context.payload {
        t.overrides.set(t.overrides.get() | crate::objects::types::OVERRIDES_SETATTR | crate::objects::types::OVERRIDES_DELATTR);
    }
    prop(&context, "prec", ctx_get::<0>, Some(ctx_set::<0>));
    prop(&context, "rounding", ctx_get::<1>, Some(ctx_set::<1>));
    prop(&context, "Emin", ctx_get::<2>, Some(ctx_set::<2>));
    prop(&context, "Emax", ctx_get::<3>, Some(ctx_set::<3>));
    prop(&context, "capitals", ctx_get::<4>, Some(ctx_set::<4>));
    prop(&context, "clamp", ctx_get::<5>, Some(ctx_set::<5>));
    prop(&context, "flags", ctx_get::<6>, Some(ctx_set::<6>));
    prop(&context, "traps", ctx_get::<7>, Some(ctx_set::<7>));

    let sd_methods: &[(&'static str, BuiltinFn)] = &[
        ("__getitem__", context::sd_getitem),
        ("__setitem__", context::sd_setitem),
        ("__delitem__", context::sd_delitem),
        ("__len__", context::sd_len),
        ("__iter__", context::sd_iter),
        ("__contains__", context::sd_contains),
        ("__repr__", context::sd_repr),
        ("__eq__", context::sd_eq),
        ("keys", context::sd_keys),
        ("values", context::sd_values),
        ("items", context::sd_items),
        ("copy", context::sd_copy),
        ("get", context::sd_get),
    ];
    let signal_dict = native::new_type("SignalDict", "abc", &object, sd_methods, &[], None);
    if let Payload::Type(t) = &signal_dict.payload {
        t.dict_mut().set_str("__hash__", Value::None);
    }
    let mgr_methods: &[(&'static str, BuiltinFn)] = &[("__enter__", context::manager_enter), ("__exit__", context::manager_exit)];
    let manager = native::new_type("ContextManager", "decimal", &object, mgr_methods, &[], None);

    let signals = context::make_signal_classes(vm);
    let default = context::default_state();
    let basic = CtxState {
        ctx: number::Ctx { prec: 9, rounding: Rounding::HalfUp, ..default.ctx.clone() },
        traps: number::CLAMPED | number::IEEE_INVALID | number::DIVISION_BY_ZERO | number::OVERFLOW | number::UNDERFLOW,
        ..default.clone()
    };
    let extended = CtxState { ctx: number::Ctx { prec: 9, ..default.ctx.clone() }, traps: 0, ..default.clone() };
    Classes {
        default_ctx: native::wrap(&context, default),
        basic_ctx: native::wrap(&context, basic),
        extended_ctx: native::wrap(&context, extended),
        decimal,
        context,
        signal_dict,
        manager,
        signals,
        decimal_tuple: Value::None,
    }
}

// ---- Context methods ----

fn ctx_self(vm: &Vm, args: &[Value]) -> Result<Value, PyErr> {
    match args.first() {
        Some(c) if context::state(c).is_some() => Ok(c.clone()),
        _ => Err(vm.type_error("descriptor requires a 'decimal.Context' object")),
    }
}

/// The Context receiver and `n` operands. One-operand methods are METH_O in CPython
/// (`name` is the method's name for the message); the others parse a tuple.
fn ctx_args(vm: &Vm, args: &[Value], n: usize, name: &str) -> Result<(Value, Vec<Dec>), PyErr> {
    let cv = ctx_self(vm, args)?;
    if args.len() - 1 != n {
        let given = args.len() - 1;
        return Err(vm.type_error(if n == 1 {
            format!("Context.{name}() takes exactly one argument ({given} given)")
        } else {
            format!("function takes exactly {n} arguments ({given} given)")
        }));
    }
    let mut ds = Vec::new();
    for a in &args[1..] {
        ds.push(dt::operand_raise(vm, a)?);
    }
    Ok((cv, ds))
}

fn ctx_binary<const K: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (cv, ds) = ctx_args(vm, &args, 2, "method")?;
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    let mut st = 0;
    let r = dt::binary(K, &ds[0], &ds[1], &s.ctx, &mut st);
    context::apply(vm, &cv, st)?;
    Ok(dt::new_dec(vm, r))
}

const UNARY_NAMES: [&str; 14] = [
    "minus",
    "plus",
    "abs",
    "sqrt",
    "exp",
    "ln",
    "log10",
    "normalize",
    "next_plus",
    "next_minus",
    "to_integral_value",
    "to_integral_exact",
    "logb",
    "logical_invert",
];
const PREDICATE_NAMES: [&str; 10] =
    ["is_finite", "is_infinite", "is_nan", "is_qnan", "is_snan", "is_signed", "is_zero", "is_canonical", "is_normal", "is_subnormal"];

fn ctx_unary<const K: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (cv, ds) = ctx_args(vm, &args, 1, UNARY_NAMES[usize::from(K)])?;
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    let mut st = 0;
    let r = dt::unary(K, &ds[0], &s.ctx, &mut st);
    context::apply(vm, &cv, st)?;
    Ok(dt::new_dec(vm, r))
}

fn ctx_power(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let p = dt::parse(vm, &args[1..], &kwargs, &["a", "b", "modulo"], 2)?;
    let a = dt::operand_raise(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let b = dt::operand_raise(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    if let Some(m) = p[2].as_ref().filter(|m| !matches!(m, Value::None)) {
        let av = dt::new_dec(vm, a);
        let bv = dt::new_dec(vm, b);
        return dt::op::<{ dt::POW }>(vm, smallvec::smallvec![av, bv, m.clone()], vec![]);
    }
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    let mut st = 0;
    let r = dt::binary(dt::POW, &a, &b, &s.ctx, &mut st);
    context::apply(vm, &cv, st)?;
    Ok(dt::new_dec(vm, r))
}

fn ctx_divmod(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (cv, ds) = ctx_args(vm, &args, 2, "divmod")?;
    dt::divmod_values(vm, &ds[0], &ds[1], &cv)
}

fn ctx_fma(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (cv, ds) = ctx_args(vm, &args, 3, "fma")?;
    dt::fma_values(vm, &ds[0], &ds[1], &ds[2], &cv)
}

fn ctx_total<const K: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, ds) = ctx_args(vm, &args, 2, "method")?;
    Ok(dt::total_values(vm, K, &ds[0], &ds[1]))
}

fn ctx_predicate<const K: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (cv, ds) = ctx_args(vm, &args, 1, PREDICATE_NAMES[usize::from(K)])?;
    Ok(Value::Bool(dt::predicate_value(vm, K, &ds[0], &cv)))
}

fn ctx_number_class(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (cv, ds) = ctx_args(vm, &args, 1, "number_class")?;
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    Ok(Value::str(dt::number_class_of(&ds[0], &s.ctx)))
}

fn ctx_copy<const K: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, ds) = ctx_args(vm, &args, 1, ["copy_abs", "copy_negate", "copy_decimal"][usize::from(K).min(2)])?;
    let d = match K {
        0 => ds[0].with_sign(false),
        1 => ds[0].negated(),
        _ => ds[0].clone(),
    };
    Ok(dt::new_dec(vm, d))
}

fn ctx_to_string<const ENG: bool>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let (_, ds) = ctx_args(vm, &args, 1, if ENG { "to_eng_string" } else { "to_sci_string" })?;
    let d = ds[0].clone();
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    Ok(Value::str(text::to_string(&d, ENG, s.capitals)))
}

fn ctx_create_decimal(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let p = dt::parse(vm, &args[1..], &kwargs, &["num"], 0)?;
    let d = match &p[0] {
        None => Dec::zero(),
        Some(v) => dt::convert_value(vm, v, &cv, true)?,
    };
    Ok(dt::new_dec(vm, d))
}

fn ctx_create_from_float(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let d = match args.get(1) {
        Some(Value::Float(f)) => Dec::from_f64(*f),
        Some(v) if crate::objects::int::is_int(v) => dt::operand(v).unwrap_or_else(Dec::zero),
        _ => return Err(vm.type_error("argument must be int or float")),
    };
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    let mut st = 0;
    let r = s.ctx.fix(d, &mut st);
    context::apply(vm, &cv, st)?;
    Ok(dt::new_dec(vm, r))
}

fn ctx_etiny(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    dt::no_args(vm, "Context.Etiny", &args)?;
    Ok(Value::Int(context::state(&cv).map(|s| s.ctx.etiny()).unwrap_or(0)))
}

fn ctx_etop(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    dt::no_args(vm, "Context.Etop", &args)?;
    Ok(Value::Int(context::state(&cv).map(|s| s.ctx.etop()).unwrap_or(0)))
}

fn ctx_clear<const TRAPS: bool>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    native::with_state::<CtxState, _>(&cv, |s| if TRAPS { s.traps = 0 } else { s.flags = 0 });
    Ok(Value::None)
}

fn ctx_copy_ctx(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    let cls = vm.types.type_of(&cv);
    Ok(native::wrap(&cls, s))
}

fn ctx_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    Ok(Value::str(context::context_repr_of(&s)))
}

fn ctx_reduce(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    let names = |bits: u32| -> Value {
        let l = context::SIGNALS.iter().filter(|(_, b)| bits & b != 0).map(|(n, _)| Value::Obj(context::class_named(vm, n))).collect();
        crate::interp::call::new_list(l)
    };
    let parts = vec![
        Value::Int(s.ctx.prec),
        Value::str(s.ctx.rounding.name()),
        Value::Int(s.ctx.emin),
        Value::Int(s.ctx.emax),
        Value::Int(i64::from(s.capitals)),
        Value::Int(i64::from(s.ctx.clamp)),
        names(s.flags),
        names(s.traps),
    ];
    let cls = Value::Obj(vm.types.type_of(&cv));
    Ok(crate::interp::call::new_tuple([cls, crate::interp::call::new_tuple(parts)]))
}

fn ctx_get<const F: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    Ok(match F {
        0 => Value::Int(s.ctx.prec),
        1 => Value::str(s.ctx.rounding.name()),
        2 => Value::Int(s.ctx.emin),
        3 => Value::Int(s.ctx.emax),
        4 => Value::Int(i64::from(s.capitals)),
        5 => Value::Int(i64::from(s.ctx.clamp)),
        6 => context::signal_dict(vm, &cv, false),
        _ => context::signal_dict(vm, &cv, true),
    })
}

/// Context attributes are the eight fields only (CPython's Context has no `__dict__`).
fn ctx_setattr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let name = args.get(1).and_then(|n| n.as_str().map(str::to_string)).unwrap_or_default();
    let v = args.get(2).cloned().unwrap_or(Value::None);
    if !FIELD_NAMES.contains(&name.as_str()) {
        return Err(vm.error("AttributeError", format!("'decimal.Context' object has no attribute '{name}'")));
    }
    context::set_field(vm, &cv, &name, &v, false)?;
    Ok(Value::None)
}

fn ctx_delattr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    ctx_self(vm, &args)?;
    let name = args.get(1).and_then(|n| n.as_str().map(str::to_string)).unwrap_or_default();
    if FIELD_NAMES.contains(&name.as_str()) {
        return Err(vm.error("AttributeError", "context attributes cannot be deleted"));
    }
    Err(vm.error("AttributeError", format!("'decimal.Context' object has no attribute '{name}'")))
}

const FIELD_NAMES: [&str; 8] = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"];

fn ctx_set<const F: u8>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let cv = ctx_self(vm, &args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    context::set_field(vm, &cv, FIELD_NAMES[usize::from(F)], &v, false)?;
    Ok(Value::None)
}

/// `collections.namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')`,
/// made on first use.
fn decimal_tuple(vm: &mut Vm) -> Value {
    let c = classes(vm);
    if !matches!(c.decimal_tuple, Value::None) {
        return c.decimal_tuple.clone();
    }
    let made = (|| -> PyResult {
        let coll = vm.import_module("collections")?;
        let nt = vm.getattr(&coll, "namedtuple")?;
        vm.call(nt, vec![Value::str("DecimalTuple"), Value::str("sign digits exponent")], vec![("module".to_string(), Value::str("decimal"))])
    })();
    let t = made.unwrap_or(Value::None);
    let mut updated = (*c).clone_shallow();
    updated.decimal_tuple = t.clone();
    CLASSES.with(|cl| *cl.borrow_mut() = Some(Rc::new(updated)));
    t
}

impl Classes {
    fn clone_shallow(&self) -> Classes {
        Classes {
            decimal: self.decimal.clone(),
            context: self.context.clone(),
            signal_dict: self.signal_dict.clone(),
            manager: self.manager.clone(),
            signals: self.signals.clone(),
            default_ctx: self.default_ctx.clone(),
            basic_ctx: self.basic_ctx.clone(),
            extended_ctx: self.extended_ctx.clone(),
            decimal_tuple: self.decimal_tuple.clone(),
        }
    }
}

/// The largest IEEEContext width (64-bit builds).
const IEEE_MAX_BITS: i64 = 512;

/// `IEEEContext(bits)`: the context of an IEEE 754 decimal interchange format.
fn ieee_context(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("IEEEContext() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!("IEEEContext() takes exactly one argument ({} given)", args.len())));
    }
    let bits = super::util::index_i64(vm, &args[0])?;
    if bits <= 0 || bits > IEEE_MAX_BITS || bits % 32 != 0 {
        return Err(vm.error("ValueError", format!("argument must be a multiple of 32, with a maximum of {IEEE_MAX_BITS}")));
    }
    let emax = 3 * (1i64 << (bits / 16 + 3));
    let s = CtxState {
        ctx: number::Ctx { prec: 9 * (bits / 32) - 2, rounding: Rounding::HalfEven, emin: 1 - emax, emax, clamp: true },
        capitals: true,
        flags: 0,
        traps: 0,
    };
    Ok(context::new_context(vm, s))
}

/// `Context._apply(a)`: `a` rounded to the context.
fn ctx_apply(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (cv, ds) = ctx_args(vm, &args, 1, "_apply")?;
    let s = context::state(&cv).unwrap_or_else(context::default_state);
    let mut st = 0;
    let r = s.ctx.fix(ds[0].clone(), &mut st);
    context::apply(vm, &cv, st)?;
    Ok(dt::new_dec(vm, r))
}

/// The `_decimal` module.
pub fn make(vm: &mut Vm) -> Value {
    let c = classes(vm);
    let dtuple = decimal_tuple(vm);
    // numbers.Number.register(Decimal), as the C module does.
    if let Ok(numbers) = vm.import_module("numbers")
        && let Ok(number) = vm.getattr(&numbers, "Number")
        && let Ok(reg) = vm.getattr(&number, "register")
    {
        let _ = vm.call(reg, vec![Value::Obj(c.decimal.clone())], vec![]);
    }
    let mut items: Vec<(&'static str, Value)> = vec![
        ("Decimal", Value::Obj(c.decimal.clone())),
        ("Context", Value::Obj(c.context.clone())),
        ("DecimalTuple", dtuple),
        ("DefaultContext", c.default_ctx.clone()),
        ("BasicContext", c.basic_ctx.clone()),
        ("ExtendedContext", c.extended_ctx.clone()),
        ("MAX_PREC", Value::Int(context::MAX_PREC)),
        ("MAX_EMAX", Value::Int(context::MAX_EMAX)),
        ("MIN_EMIN", Value::Int(context::MIN_EMIN)),
        ("MIN_ETINY", Value::Int(context::MIN_EMIN - (context::MAX_PREC - 1))),
        ("HAVE_THREADS", Value::Bool(true)),
        ("HAVE_CONTEXTVAR", Value::Bool(true)),
        ("__version__", Value::str("1.70")),
        ("__libmpdec_version__", Value::str("2.5.1")),
    ];
    for (n, cls) in &c.signals {
        items.push((n, Value::Obj(cls.clone())));
    }
    for n in number::ROUNDING_NAMES {
        items.push((n, Value::str(n)));
    }
    items.push(("IEEE_CONTEXT_MAX_BITS", Value::Int(IEEE_MAX_BITS)));
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("getcontext", context::getcontext),
        ("setcontext", context::setcontext),
        ("localcontext", context::localcontext),
        ("IEEEContext", ieee_context),
    ];
    for (n, f) in fns {
        items.push((n, builtin(n, *f)));
    }
    module("_decimal", items)
}
