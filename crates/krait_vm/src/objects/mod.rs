//! Built-in object types, one file each, and the operations shared by all values
//! (built-in equality, truth).

pub mod dict;
pub mod format;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod native;
pub mod set;
pub mod str;
pub mod types;

use crate::heap::Payload;
use crate::value::Value;
use num_bigint::BigInt;

/// Equality of built-in values without calling user code (`==` on ints, floats, strs,
/// tuples, lists and dicts; identity otherwise).
pub fn builtin_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Value::Bool(x), _) => builtin_eq(&Value::Int(i64::from(*x)), b),
        (_, Value::Bool(y)) => builtin_eq(a, &Value::Int(i64::from(*y))),
        (Value::None, Value::None) => true,
        (Value::Obj(x), Value::Obj(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return true;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => s == t,
                (Payload::BigInt(s), Payload::BigInt(t)) => s == t,
                (Payload::Tuple(s), Payload::Tuple(t)) => {
                    s.len() == t.len() && s.iter().zip(t.iter()).all(|(p, q)| builtin_eq(p, q))
                }
                (Payload::List(s), Payload::List(t)) => {
                    let (s, t) = (s.borrow(), t.borrow());
                    s.len() == t.len() && s.iter().zip(t.iter()).all(|(p, q)| builtin_eq(p, q))
                }
                (Payload::Dict(s), Payload::Dict(t)) => {
                    let (s, t) = (s.borrow(), t.borrow());
                    s.len() == t.len()
                        && s.iter().all(|(k, v)| matches!(t.get(k), Ok(Some(w)) if builtin_eq(v, &w)))
                }
                (Payload::Set(s), Payload::Set(t)) => {
                    let (s, t) = (s.borrow(), t.borrow());
                    s.len() == t.len() && s.iter().all(|(k, _)| matches!(t.get(k), Ok(Some(_))))
                }
                (Payload::Range { start: a1, stop: b1, step: c1 }, Payload::Range { start: a2, stop: b2, step: c2 }) => {
                    (a1, b1, c1) == (a2, b2, c2)
                }
                _ => false,
            }
        }
        (Value::Obj(x), Value::Int(i)) | (Value::Int(i), Value::Obj(x)) => {
            matches!(&x.payload, Payload::BigInt(b) if *b == BigInt::from(*i))
        }
        _ => false,
    }
}
