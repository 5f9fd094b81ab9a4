//! `range` objects. A range whose start, stop, step and length all fit in i64 is
//! `Payload::Range` (the fast paths: iteration, indexing, `in`); any other is
//! `Payload::BigRange` with big-int parts, as CPython's range holds Python ints.
//! [`new_range`] picks the representation, so a range has one form whatever made it.
//!
//! The operations that are not hot (repr, equality, hash, slicing, `index`, `count`,
//! `reversed`, the big-int forms of `len`, `in` and indexing) are written once here over the
//! big-int view [`Parts`]; CPython's semantics: `len()` beyond `sys.maxsize` is an
//! OverflowError, iterators are `range_iterator` when every value fits in a machine word
//! and `longrange_iterator` otherwise.

use crate::heap::Payload;
use crate::objects::int::from_big;
use crate::objects::iter::IterState;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The parts of a range beyond i64 (the length is kept, as CPython's `range.length`).
#[derive(Debug)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// Any range as big ints: start, stop, step, length.
#[derive(Debug, Clone)]
pub struct Parts {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// The number of values of `range(start, stop, step)` (`step != 0`).
pub fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / step + 1u32
}

/// The length of `range(start, stop, step)` (`step != 0`) over machine ints, in i128:
/// `stop - start` may not fit in i64, and the length may not either.
pub fn small_len(start: i64, stop: i64, step: i64) -> i128 {
    let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// `range(*args)` when every argument is a machine int and the length fits in i64: the
/// range, None for a zero step; None outright otherwise (the caller takes the general
/// path, which makes the big ranges and raises the errors).
pub fn small_range(args: &[Value]) -> Option<Option<Value>> {
    let int = |i: usize| match args.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    let (start, stop, step) = match args.len() {
        1 => (0, int(0)?, 1),
        2 => (int(0)?, int(1)?, 1),
        3 => (int(0)?, int(1)?, int(2)?),
        _ => return None,
    };
    if step == 0 {
        return Some(None);
    }
    i64::try_from(small_len(start, stop, step)).ok()?;
    Some(Some(Value::new_obj(Payload::Range { start, stop, step })))
}

/// The range `range(start, stop, step)` (`step != 0`) in its one representation.
pub fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = big_len(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(_)) = (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
        return Value::new_obj(Payload::Range { start: a, stop: b, step: c });
    }
    Value::new_obj(Payload::BigRange(Box::new(BigRange { start, stop, step, len })))
}

/// The big-int view of a range value (or of the range inside a range subclass instance).
pub fn parts(v: &Value) -> Option<Parts> {
    let v = crate::builtins::slots::unwrap_native(v);
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => {
            let (start, stop, step) = (BigInt::from(*start), BigInt::from(*stop), BigInt::from(*step));
            let len = big_len(&start, &stop, &step);
            Some(Parts { start, stop, step, len })
        }
        Some(Payload::BigRange(r)) => Some(Parts { start: r.start.clone(), stop: r.stop.clone(), step: r.step.clone(), len: r.len.clone() }),
        _ => None,
    }
}

impl Parts {
    /// `self[i]` for `0 <= i < len`.
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// The position of the int `x`, if the range holds it.
    pub fn position(&self, x: &BigInt) -> Option<BigInt> {
        let inside = if self.step.is_positive() { &self.start <= x && x < &self.stop } else { &self.stop < x && x <= &self.start };
        if !inside {
            return None;
        }
        let (q, r) = (x - &self.start).div_rem(&self.step);
        r.is_zero().then_some(q)
    }

    /// `repr(range)`.
    pub fn repr(&self) -> String {
        if self.step.is_one() { format!("range({}, {})", self.start, self.stop) } else { format!("range({}, {}, {})", self.start, self.stop, self.step) }
    }

    /// `==` of ranges: the same sequence of values.
    pub fn same_values(&self, other: &Parts) -> bool {
        self.len == other.len && (self.len.is_zero() || (self.start == other.start && (self.len.is_one() || self.step == other.step)))
    }

    /// The tuple a range hashes as: `(len, None, None)`, `(len, start, None)` or
    /// `(len, start, step)`.
    pub fn hash_tuple(&self) -> Value {
        let len = from_big(self.len.clone());
        let items = if self.len.is_zero() {
            vec![len, Value::None, Value::None]
        } else if self.len.is_one() {
            vec![len, from_big(self.start.clone()), Value::None]
        } else {
            vec![len, from_big(self.start.clone()), from_big(self.step.clone())]
        };
        Value::new_obj(Payload::Tuple(items.into()))
    }

    /// An iterator over `count` values from `first` by `step`: the machine-word state
    /// when every value and the one after the last fit, else the big-int one.
    fn iter_from(first: BigInt, step: BigInt, count: BigInt) -> IterState {
        let end = &first + &count * &step;
        if let (Some(next), Some(stop), Some(s), Some(_)) = (first.to_i64(), end.to_i64(), step.to_i64(), count.to_i64()) {
            // `stop` is reached exactly, so the loop's comparison ends it.
            return IterState::Range { next, stop, step: s };
        }
        IterState::BigRange(Box::new(crate::objects::iter::BigRangeIter { next: first, step, left: count }))
    }

    /// `iter(range)`.
    pub fn iter(&self) -> IterState {
        Parts::iter_from(self.start.clone(), self.step.clone(), self.len.clone())
    }

    /// `reversed(range)`.
    pub fn reversed(&self) -> IterState {
        if self.len.is_zero() {
            return IterState::Range { next: 0, stop: 0, step: 1 };
        }
        let last = self.item(&(&self.len - 1u32));
        Parts::iter_from(last, -&self.step, self.len.clone())
    }
}

/// CPython's `_PySlice_GetLongIndices`: the start, stop and step a slice selects from a
/// sequence of `len` items, as big ints (the bounds already converted by `__index__`; None
/// for missing ones; `step` nonzero).
pub fn slice_indices(start: Option<BigInt>, stop: Option<BigInt>, step: Option<BigInt>, len: &BigInt) -> (BigInt, BigInt, BigInt) {
    let step = step.unwrap_or_else(BigInt::one);
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), len - 1u32) } else { (BigInt::zero(), len.clone()) };
    let fix = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(i) if i.is_negative() => {
                let j = i + len;
                if j < lower { lower.clone() } else { j }
            }
            Some(i) => {
                if i > upper {
                    upper.clone()
                } else {
                    i
                }
            }
        }
    };
    let (start, stop) = if neg { (fix(start, &upper), fix(stop, &lower)) } else { (fix(start, &lower), fix(stop, &upper)) };
    (start, stop, step)
}

/// `range[slice]`: the range of the selected values.
pub fn slice(p: &Parts, start: Option<BigInt>, stop: Option<BigInt>, step: Option<BigInt>) -> Value {
    let (a, b, c) = slice_indices(start, stop, step, &p.len);
    new_range(p.item(&a), p.item(&b), &p.step * c)
}
