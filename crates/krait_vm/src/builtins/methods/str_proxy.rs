//! The general fallback that lets every `str` method work on strs holding lone surrogates
//! (see `objects/str.rs`: such a str's text has the surrogates as private-use *proxies*).
//! A method whose receiver or arguments (or the items of a tuple or list argument) hold
//! surrogates runs on proxy texts that share one proxy base, and the strs in its result
//! (a str, or the items of a tuple or list) have their proxies turned back into surrogates.
//! Calls without surrogates pay one scan of the arguments.

use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::str::{StrObj, from_proxy, unproxy};
use crate::value::Value;

/// Calls `f`, translating surrogates to proxies and back when an argument holds them.
#[inline]
pub(super) fn call(vm: &mut Vm, args: Args, kwargs: Kwargs, f: BuiltinFn) -> PyResult {
    // The common call, decided without visiting: positional strs without surrogates and
    // values that hold no strs.
    if kwargs.is_empty() && args.iter().all(holds_no_surrogates) {
        return f(vm, args, kwargs);
    }
    with_proxies(vm, args, kwargs, f)
}

/// A str method's direct form (`Direct::Positional`): `f` on the receiver and positional
/// arguments in `args`, or the general method `general` through the translation when one
/// of them holds surrogates.
#[inline]
pub(super) fn direct(vm: &mut Vm, args: &[Value], f: fn(&mut Vm, &[Value], &Kwargs) -> PyResult, general: BuiltinFn) -> PyResult {
    if args.iter().all(holds_no_surrogates) {
        return f(vm, args, crate::objects::function::NO_KWARGS);
    }
    with_proxies(vm, args.iter().cloned().collect(), Vec::new(), general)
}

/// Is `v` a str without surrogates, or a value whose strs `visit` would not look at?
#[inline]
fn holds_no_surrogates(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(s)) => !s.has_surrogates(),
        Some(Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_)) => false,
        _ => true,
    }
}

/// `fmt % args` for a str format through the same translation.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value, f: fn(&mut Vm, &Value, &Value) -> PyResult) -> PyResult {
    if crate::objects::str::surrogate_base(fmt) == 0 && !has_surrogates(args) {
        return f(vm, fmt, args);
    }
    with_proxies(vm, smallvec::smallvec![fmt.clone(), args.clone()], Vec::new(), |vm, a, _| f(vm, &a[0], &a[1]))
}

fn has_surrogates(v: &Value) -> bool {
    let mut any = false;
    visit(v, &mut |s| any |= s.has_surrogates());
    any
}

fn with_proxies(vm: &mut Vm, args: Args, kwargs: Kwargs, f: impl FnOnce(&mut Vm, Args, Kwargs) -> PyResult) -> PyResult {
    let mut bases = 0u32;
    let mut mixed = false;
    let mut note = |b: u32| {
        if b != 0 {
            mixed |= bases != 0 && bases != b;
            bases = b;
        }
    };
    for v in args.iter().chain(kwargs.iter().map(|(_, v)| v)) {
        visit(v, &mut |s| note(s.surrogate_base()));
    }
    if bases == 0 {
        return f(vm, args, kwargs);
    }
    // A str without surrogates that has real characters in the proxy block would read as
    // surrogates: choose a block no argument uses and re-spell every argument in it.
    let mut clash = mixed;
    for v in args.iter().chain(kwargs.iter().map(|(_, v)| v)) {
        visit(v, &mut |s| clash |= s.surrogate_base() != bases && s.chars().any(|c| (bases..bases + 0x800).contains(&u32::from(c))));
    }
    if !clash {
        let r = f(vm, args, kwargs)?;
        return Ok(restore(&r, bases));
    }
    let mut used = 0u64;
    for v in args.iter().chain(kwargs.iter().map(|(_, v)| v)) {
        visit(v, &mut |s| {
            for c in s.code_points().filter(|&c| c >= 0xF0000) {
                used |= 1 << ((c - 0xF0000) >> 11).min(63);
            }
        });
    }
    if used == u64::MAX {
        return Err(vm.error("ValueError", "str with lone surrogates and characters of every private-use block"));
    }
    let base = 0xF0000 + (used.trailing_ones() << 11);
    let args = args.iter().map(|v| respell(v, base)).collect();
    let kwargs = kwargs.iter().map(|(k, v)| (k.clone(), respell(v, base))).collect();
    let r = f(vm, args, kwargs)?;
    Ok(restore(&r, base))
}

/// Calls `see` with each str in `v`: itself, or the items of a tuple or list, or the
/// values of a dict (`%(key)s`).
fn visit(v: &Value, see: &mut dyn FnMut(&StrObj)) {
    match v.payload() {
        Some(Payload::Str(s)) => see(s),
        Some(Payload::Tuple(items)) => items.iter().for_each(|i| visit_str(i, see)),
        Some(Payload::List(items)) => items.borrow().iter().for_each(|i| visit_str(i, see)),
        Some(Payload::Dict(d)) => d.borrow().iter().for_each(|(_, i)| visit_str(i, see)),
        _ => {}
    }
}

fn visit_str(v: &Value, see: &mut dyn FnMut(&StrObj)) {
    if let Some(Payload::Str(s)) = v.payload() {
        see(s);
    }
}

/// `v` with its strs spelled with proxy base `base` (a temporary, non-canonical spelling).
fn respell(v: &Value, base: u32) -> Value {
    let one = |v: &Value| match v.payload() {
        Some(Payload::Str(s)) if s.surrogate_base() != base => {
            let text: String = s
                .code_points()
                .filter_map(|c| char::from_u32(if (0xD800..0xE000).contains(&c) { base + c - 0xD800 } else { c }))
                .collect();
            Value::new_obj(Payload::Str(StrObj::with_base(text, base)))
        }
        _ => v.clone(),
    };
    match v.payload() {
        Some(Payload::Tuple(items)) => crate::interp::call::new_tuple(items.iter().map(one).collect::<Vec<_>>()),
        Some(Payload::List(items)) => crate::interp::call::new_list(items.borrow().iter().map(one).collect()),
        Some(Payload::Dict(d)) => {
            let mut out = crate::objects::dict::Dict::new();
            for (k, x) in d.borrow().iter() {
                let _ = out.set(k.clone(), one(x));
            }
            Value::new_obj(Payload::Dict(std::cell::RefCell::new(out)))
        }
        _ => one(v),
    }
}

/// A result with the proxies (of base `base`) in its strs turned back into surrogates.
fn restore(r: &Value, base: u32) -> Value {
    let one = |v: &Value| match v.payload() {
        Some(Payload::Str(s)) if s.surrogate_base() == 0 && s.chars().any(|c| unproxy(u32::from(c), base) != u32::from(c)) => from_proxy(s.to_string(), base),
        // A re-spelled argument the method passed through.
        Some(Payload::Str(s)) if s.has_surrogates() && !s.is_canonical() => crate::objects::str::from_code_points(&s.code_points().collect::<Vec<_>>()),
        // A str the method passed through unchanged (an argument) stays as it is.
        _ => v.clone(),
    };
    match r.payload() {
        Some(Payload::Tuple(items)) => crate::interp::call::new_tuple(items.iter().map(one).collect::<Vec<_>>()),
        Some(Payload::List(items)) => crate::interp::call::new_list(items.borrow().iter().map(one).collect()),
        _ => one(r),
    }
}
