//! Answers for the commonest operand types of COMPARE_OP, BINARY_OP and BINARY_SLICE that
//! need neither the VM nor a possible error: arithmetic on ints and floats, two ints, floats
//! or strs compared, an ASCII str indexed by an in-range int, a dict holding the key (when no
//! `__eq__` can run), an exact str, list or tuple sliced by ints or None.
//!
//! Each function gives `None` for anything else, and the instruction takes its general path
//! (`Vm::compare`, `Vm::binary_op`, `Vm::getitem`), which gives the same result for these
//! operands: these are shortcuts, never a second definition of the behaviour. Results keep
//! CPython's identities: a slice covering a whole exact str or tuple is that object, a
//! one-character ASCII str is the shared one.

use crate::heap::{Object, Payload};
use crate::objects::str::{StrObj, ascii_char};
use crate::objects::tuple::TupleItems;
use crate::value::Value;
use std::cell::RefCell;

/// `x <op> y` by Rust's own comparison of the two (op as COMPARE_OP's `arg >> 5`: <, <=,
/// ==, !=, >, >=): ints, floats (NaN unordered, as Python's), ASCII-ordered bytes.
#[inline(always)]
pub(crate) fn compare_with<T: PartialOrd + ?Sized>(op: u32, x: &T, y: &T) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// `x <op> y` for ints and floats (op as BINARY_OP's argument, in-place forms included):
/// ints without overflow (`%` and `//` by a positive int, floored as Python's), floats, and
/// an int with a float when the int converts exactly (below 2**53, as Python converts it);
/// true division of two such ints, which is then correctly rounded.
#[inline(always)]
pub(crate) fn arith(op: u32, x: &Value, y: &Value) -> Option<Value> {
    // Below 2**53 in magnitude: exactly a double.
    let exact = |i: i64| (i.unsigned_abs() < 1 << 53).then_some(i as f64);
    match (x, y) {
        (Value::Int(a), Value::Int(b)) => match op {
            0 | 13 => a.checked_add(*b).map(Value::Int),
            10 | 23 => a.checked_sub(*b).map(Value::Int),
            5 | 18 => a.checked_mul(*b).map(Value::Int),
            1 | 14 => Some(Value::Int(a & b)),
            7 | 20 => Some(Value::Int(a | b)),
            12 | 25 => Some(Value::Int(a ^ b)),
            6 | 19 if *b > 0 => Some(Value::Int(a.rem_euclid(*b))),
            2 | 15 if *b > 0 => Some(Value::Int(a.div_euclid(*b))),
            11 | 24 if *b != 0 => Some(Value::float(exact(*a)? / exact(*b)?)),
            _ => None,
        },
        (Value::Float(a), Value::Float(b)) => float_arith(op, *a, *b),
        (Value::Float(a), Value::Int(b)) => float_arith(op, *a, exact(*b)?),
        (Value::Int(a), Value::Float(b)) => float_arith(op, exact(*a)?, *b),
        _ => None,
    }
}

/// `x <op> k` for a small int `k` (0..=255, LOAD_SMALL_INT's) on the right: int arithmetic
/// and shifts without overflow, true division of an int that is exactly a double, float
/// arithmetic, and a list or tuple indexed in range.
#[inline(always)]
pub(crate) fn with_small(op: u32, x: &Value, k: i64) -> Option<Value> {
    match (x, op) {
        (Value::Int(x), 0 | 13) => x.checked_add(k).map(Value::Int),
        (Value::Int(x), 10 | 23) => x.checked_sub(k).map(Value::Int),
        (Value::Int(x), 5 | 18) => x.checked_mul(k).map(Value::Int),
        (Value::Int(x), 6 | 19) if k > 0 => Some(Value::Int(x.rem_euclid(k))),
        (Value::Int(x), 2 | 15) if k > 0 => Some(Value::Int(x.div_euclid(k))),
        (Value::Int(x), 1 | 14) => Some(Value::Int(x & k)),
        (Value::Int(x), 7 | 20) => Some(Value::Int(x | k)),
        (Value::Int(x), 12 | 25) => Some(Value::Int(x ^ k)),
        (Value::Int(x), 9 | 22) => Some(Value::Int(x >> k.min(63))),
        (Value::Int(x), 3 | 16) if k < 63 && (x << k) >> k == *x => Some(Value::Int(x << k)),
        // Exact in a double both ways: the quotient is correctly rounded.
        (Value::Int(x), 11 | 24) if k > 0 && x.unsigned_abs() < 1 << 53 => Some(Value::float(*x as f64 / k as f64)),
        (Value::Float(x), 0 | 13) => Some(Value::float(x + k as f64)),
        (Value::Float(x), 10 | 23) => Some(Value::float(x - k as f64)),
        (Value::Float(x), 5 | 18) => Some(Value::float(x * k as f64)),
        (Value::Float(x), 11 | 24) if k > 0 => Some(Value::float(x / k as f64)),
        (Value::Obj(o), 26) => match &o.payload {
            Payload::List(l) => l.borrow().get(k as usize).cloned(),
            Payload::Tuple(t) => t.get(k as usize).cloned(),
            _ => None,
        },
        _ => None,
    }
}

/// `a <op> b` for two doubles: the operations that cannot fail.
#[inline(always)]
fn float_arith(op: u32, a: f64, b: f64) -> Option<Value> {
    match op {
        0 | 13 => Some(Value::float(a + b)),
        10 | 23 => Some(Value::float(a - b)),
        5 | 18 => Some(Value::float(a * b)),
        11 | 24 if b != 0.0 => Some(Value::float(a / b)),
        _ => None,
    }
}

/// `a <op> b` for two strs (op as COMPARE_OP's `arg >> 5`: <, <=, ==, !=, >, >=).
/// Equal objects are equal without reading them; strs holding lone surrogates compare by
/// code point in `StrObj::cmp`, so only the ordering of plain ones is answered here.
#[inline]
pub(crate) fn compare_strs(op: u32, a: &Value, b: &Value) -> Option<bool> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return None };
    let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) else { return None };
    if op == 2 || op == 3 {
        let same = std::rc::Rc::ptr_eq(x, y) || s == t;
        return Some(same == (op == 2));
    }
    if s.surrogate_base() != 0 || t.surrogate_base() != 0 {
        return None;
    }
    // UTF-8 byte order is code point order.
    Some(compare_with(op, s.as_bytes(), t.as_bytes()))
}

/// `s[i]` for an ASCII str and an int index inside it (negative counting from the end).
#[inline]
pub(crate) fn str_item(container: &Value, index: i64) -> Option<Value> {
    let Value::Obj(o) = container else { return None };
    let Payload::Str(s) = &o.payload else { return None };
    if !s.is_ascii_text() {
        return None;
    }
    let bytes = s.as_bytes();
    let i = if index < 0 { index.checked_add(bytes.len() as i64)? } else { index };
    let b = *bytes.get(usize::try_from(i).ok()?)?;
    Some(ascii_char(b))
}

/// `d[key]` for a dict that holds `key`, when finding it runs no Python code: the key and
/// every key stored have built-in hashing and equality (`Dict::finds_without_vm`).
#[inline]
pub(crate) fn dict_item(container: &Value, key: &Value) -> Option<Value> {
    let Value::Obj(o) = container else { return None };
    let Payload::Dict(d) = &o.payload else { return None };
    let d = d.borrow();
    if !d.finds_without_vm(key) {
        return None;
    }
    d.get(key).ok().flatten()
}

/// `key in container` for a dict, set or frozenset, when finding `key` runs no Python code
/// (as [`dict_item`]); a set or frozenset `key` (looked up as a frozenset) goes the general way.
#[inline]
pub(crate) fn dict_contains(container: &Value, key: &Value) -> Option<bool> {
    let Value::Obj(o) = container else { return None };
    let (Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d)) = &o.payload else { return None };
    if matches!(key.payload(), Some(Payload::Set(_))) {
        return None;
    }
    let d = d.borrow();
    if !d.finds_without_vm(key) {
        return None;
    }
    d.contains_key(key)
}

/// A slice bound as `PySlice_AdjustIndices` makes it for step 1: None is `default`, a
/// negative int counts from the end, and the result is clamped to `0..=len`. `None` for a
/// bound that is neither an int nor None (bools and `__index__` go the general way).
#[inline]
fn bound(v: &Value, default: usize, len: usize) -> Option<usize> {
    match v {
        Value::None => Some(default),
        Value::Int(i) => {
            let n = len as i64;
            let i = if *i < 0 { (*i).saturating_add(n).max(0) } else { (*i).min(n) };
            Some(i as usize)
        }
        _ => None,
    }
}

/// `container[start:stop]` (BINARY_SLICE) for an exact str, a list or an exact tuple.
pub(crate) fn slice(container: &Value, start: &Value, stop: &Value) -> Option<Value> {
    let Value::Obj(o) = container else { return None };
    match &o.payload {
        Payload::Str(s) if s.is_ascii_text() => {
            let len = s.len();
            let (i, j) = (bound(start, 0, len)?, bound(stop, len, len)?);
            Some(match j.saturating_sub(i) {
                n if n == len => container.clone(),
                1 => ascii_char(s.as_bytes()[i]),
                0 => Value::new_obj(Payload::Str(StrObj::new(""))),
                _ => Value::new_obj(Payload::Str(StrObj::new(&s[i..j]))),
            })
        }
        Payload::Str(s) => {
            // Characters to bytes through the str's index (`objects/text.rs`).
            let len = s.char_count();
            let (i, j) = (bound(start, 0, len)?, bound(stop, len, len)?);
            Some(match j.saturating_sub(i) {
                n if n == len => container.clone(),
                1 => crate::objects::str::char_value(s.char_at(i)?, s.surrogate_base()),
                0 => Value::new_obj(Payload::Str(StrObj::new(""))),
                _ => {
                    let text = &s[s.byte_of(i)..s.byte_of(j)];
                    if s.has_surrogates() { crate::objects::str::from_proxy(text.to_string(), s.surrogate_base()) } else { Value::str(text) }
                }
            })
        }
        Payload::List(l) => {
            let l = l.borrow();
            let (i, j) = (bound(start, 0, l.len())?, bound(stop, l.len(), l.len())?);
            let items = if i < j { l[i..j].to_vec() } else { Vec::new() };
            Some(Value::new_obj(Payload::List(RefCell::new(items))))
        }
        Payload::Tuple(t) => {
            let len = t.len();
            let (i, j) = (bound(start, 0, len)?, bound(stop, len, len)?);
            if j.saturating_sub(i) == len {
                return Some(container.clone());
            }
            let items: TupleItems = if i < j { t[i..j].iter().cloned().collect() } else { TupleItems::default() };
            Some(super::call::new_tuple(items))
        }
        _ => None,
    }
}

/// `list[lo:hi] = items` with the bounds already inside the list: as many items as are
/// replaced (`p[:k] = p[k-1::-1]`) are stored in place, any other count is spliced in.
pub(crate) fn replace_range(list: &mut Vec<Value>, lo: usize, hi: usize, items: Vec<Value>) {
    if hi - lo == items.len() {
        for (slot, v) in list[lo..hi].iter_mut().zip(items) {
            *slot = v;
        }
    } else {
        list.splice(lo..hi, items);
    }
}

/// `s += t` (or `s = s + t`) stored back into `s`'s own local `slot`, `s` and `t` the top two
/// values of `stack`: when that local and the stack hold the only references to the str
/// `s`, its text grows in place (CPython's in-place concatenation), so building a str in a
/// loop copies each piece once rather than the whole str each time. The result is left in
/// the local and the operands popped; false (nothing changed) for anything else.
pub(crate) fn append_str_in_place(stack: &mut Vec<Value>, slot: usize) -> bool {
    let n = stack.len();
    let (Value::Obj(l), Value::Obj(r)) = (&stack[n - 2], &stack[n - 1]) else { return false };
    let (Payload::Str(ls), Payload::Str(rs)) = (&l.payload, &r.payload) else { return false };
    if ls.has_surrogates() || rs.has_surrogates() || std::rc::Rc::strong_count(l) != 2 || std::rc::Rc::weak_count(l) != 0 {
        return false;
    }
    if !matches!(&stack[slot], Value::Obj(o) if std::rc::Rc::ptr_eq(o, l)) {
        return false;
    }
    stack[slot] = Value::Null;
    let rhs = stack.pop().unwrap_or_default();
    let Some(Value::Obj(mut lhs)) = stack.pop() else { return false };
    let result = match (std::rc::Rc::get_mut(&mut lhs), rhs.payload()) {
        (Some(Object { payload: Payload::Str(s), .. }), Some(Payload::Str(t))) => {
            s.push_plain(t);
            Value::Obj(lhs)
        }
        // Not reached: the checks above leave `lhs` unique and both operands strs.
        _ => match (&lhs.payload, rhs.payload()) {
            (Payload::Str(s), Some(Payload::Str(t))) => crate::objects::str::concat(&[s, t]),
            _ => Value::Obj(lhs),
        },
    };
    stack[slot] = result;
    true
}
