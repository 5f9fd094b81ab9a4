//! Built-in object types, one file each, and the operations shared by all values
//! (built-in equality, truth).

pub mod dict;
pub mod format;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod memoryview;
pub mod native;
pub mod range;
pub mod set;
pub mod str;
pub mod text;
pub mod tuple;
pub mod types;

use crate::heap::Payload;
use crate::value::Value;

use num_bigint::BigInt;

/// Equality of built-in values without calling user code (`==` on ints, floats, strs,
/// tuples, lists and dicts; identity otherwise).
pub fn builtin_eq(a: &Value, b: &Value) -> bool {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return x == y;
    }
    // An instance of a subclass of a built-in type that keeps the built-in __eq__ compares
    // by the value inside (a str subclass as a dict key found by a plain str).
    for (x, y) in [(a, b), (b, a)] {
        if let Some(n) = plain_native(x)
            && !matches!(y.payload(), Some(Payload::Instance(_)))
        {
            return builtin_eq(&n, y);
        }
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Value::Bool(x), _) => builtin_eq(&Value::Int(i64::from(*x)), b),
        (_, Value::Bool(y)) => builtin_eq(a, &Value::Int(i64::from(*y))),
        (Value::None, Value::None) => true,
        (Value::Obj(x), Value::Obj(y)) => {
            // The same container equals itself; a complex with a NaN part does not.
            if std::rc::Rc::ptr_eq(x, y) && !matches!(x.payload, Payload::Complex { .. }) {
                return true;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => s == t,
                (Payload::BigInt(s), Payload::BigInt(t)) => s == t,
                (Payload::Tuple(s), Payload::Tuple(t)) => {
                    s.len() == t.len() && s.iter().zip(t.iter()).all(|(p, q)| item_eq(p, q))
                }
                (Payload::List(s), Payload::List(t)) => {
                    let (s, t) = (s.borrow(), t.borrow());
                    s.len() == t.len() && s.iter().zip(t.iter()).all(|(p, q)| item_eq(p, q))
                }
                (Payload::Dict(s), Payload::Dict(t)) => {
                    let (s, t) = (s.borrow(), t.borrow());
                    s.len() == t.len()
                        && s.iter().all(|(k, v)| matches!(t.get(k), Ok(Some(w)) if item_eq(v, &w)))
                }
                (Payload::Set(s) | Payload::FrozenSet(s), Payload::Set(t) | Payload::FrozenSet(t)) => {
                    let (s, t) = (s.borrow(), t.borrow());
                    s.len() == t.len() && s.iter().all(|(k, _)| matches!(t.get(k), Ok(Some(_))))
                }
                (Payload::Range { start: a1, stop: b1, step: c1 }, Payload::Range { start: a2, stop: b2, step: c2 }) => {
                    let (n1, n2) = (crate::interp::ops::range_len(*a1, *b1, *c1), crate::interp::ops::range_len(*a2, *b2, *c2));
                    n1 == n2 && (n1 == 0 || (a1 == a2 && (n1 == 1 || c1 == c2)))
                }
                (Payload::Range { .. } | Payload::BigRange(_), Payload::Range { .. } | Payload::BigRange(_)) => {
                    matches!((range::parts(a), range::parts(b)), (Some(p), Some(q)) if p.same_values(&q))
                }
                (Payload::Complex { re: a, im: b }, Payload::Complex { re: c, im: d }) => a == c && b == d,
                (Payload::MemoryView(_), _) | (_, Payload::MemoryView(_)) => crate::builtins::methods::memview_equal(a, b).unwrap_or(false),
                // Bound methods are equal when they bind the same object to the same function.
                (Payload::BoundMethod { receiver: r1, func: f1 }, Payload::BoundMethod { receiver: r2, func: f2 }) => {
                    r1.is(r2) && f1.is(f2)
                }
                (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    crate::builtins::methods::bytes_like(a) == crate::builtins::methods::bytes_like(b)
                }
                _ => false,
            }
        }
        (Value::Obj(x), Value::Int(i)) | (Value::Int(i), Value::Obj(x)) => match &x.payload {
            Payload::BigInt(b) => *b == BigInt::from(*i),
            Payload::Complex { re, im } => *im == 0.0 && builtin_eq(&Value::Float(*re), &Value::Int(*i)),
            _ => false,
        },
        (Value::Obj(x), Value::Float(f)) | (Value::Float(f), Value::Obj(x)) => match &x.payload {
            Payload::Complex { re, im } => *im == 0.0 && re == f,
            Payload::BigInt(b) => num_traits::ToPrimitive::to_f64(b) == Some(*f) && f.fract() == 0.0,
            _ => false,
        },
        _ => false,
    }
}

/// Equality of two items of containers being compared: identity first, as CPython's
/// `PyObject_RichCompareBool` (a NaN equals itself there).
pub fn item_eq(a: &Value, b: &Value) -> bool {
    a.is(b) || builtin_eq(a, b)
}

/// The built-in value inside an instance of a subclass of a built-in type whose `__eq__`
/// is still the built-in one.
fn plain_native(v: &Value) -> Option<Value> {
    let Some(Payload::Instance(i)) = v.payload() else { return None };
    let n = i.native.borrow().clone();
    if n.is_null() || matches!(n.payload(), Some(Payload::Native(_))) {
        return None;
    }
    match types::lookup(&i.class(), "__eq__").as_ref().and_then(Value::payload) {
        Some(Payload::MethodDescr { .. }) => Some(n),
        _ => None,
    }
}
