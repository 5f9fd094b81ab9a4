//! A tuple's items: up to [`INLINE`] of them are kept inside the tuple object itself, longer
//! tuples in a boxed slice. Either way they are read as a `[Value]` (`Deref`).
//!
//! Every object's allocation is as large as its largest payload (a dict, an instance), so
//! a short tuple's items fit in room the object has anyway: making a pair costs one
//! allocation instead of two, and reading its items follows one pointer instead of two
//! (sorting tuples was bound by those loads).

use crate::value::Value;

/// The most items kept inline: the number that keeps `Payload` at its size.
pub const INLINE: usize = 5;

thread_local! {
    static EMPTY: Value = Value::new_obj(crate::heap::Payload::Tuple(TupleItems::default()));
}

/// The empty tuple: one shared object, as in CPython (`tuple() is ()`).
pub fn empty() -> Value {
    EMPTY.with(Value::clone)
}

/// The items of a tuple.
#[derive(Debug)]
pub enum TupleItems {
    /// `len` items at the front; the rest of the array holds `Null` (which owns nothing).
    Inline(u8, [Value; INLINE]),
    Heap(Box<[Value]>),
}

impl Default for TupleItems {
    fn default() -> TupleItems {
        TupleItems::Inline(0, Default::default())
    }
}

impl TupleItems {
    /// The items taken back as a vector.
    pub fn into_vec(self) -> Vec<Value> {
        match self {
            TupleItems::Inline(len, items) => items.into_iter().take(usize::from(len)).collect(),
            TupleItems::Heap(b) => b.into_vec(),
        }
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Inline(len, items) => items.get(..usize::from(*len)).unwrap_or(&[]),
            TupleItems::Heap(b) => b,
        }
    }
}

impl std::ops::DerefMut for TupleItems {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        match self {
            TupleItems::Inline(len, items) => items.get_mut(..usize::from(*len)).unwrap_or(&mut []),
            TupleItems::Heap(b) => b,
        }
    }
}

/// The inline array of at most `INLINE` values, padded with `Null`. Built in place: filling
/// a default array would drop each `Null` it overwrites.
#[inline]
fn fill(items: impl IntoIterator<Item = Value>) -> [Value; INLINE] {
    let mut it = items.into_iter();
    std::array::from_fn(|_| it.next().unwrap_or_default())
}

impl From<Vec<Value>> for TupleItems {
    #[inline]
    fn from(v: Vec<Value>) -> TupleItems {
        if v.len() <= INLINE {
            let len = v.len() as u8;
            TupleItems::Inline(len, fill(v))
        } else {
            TupleItems::Heap(v.into_boxed_slice())
        }
    }
}

impl From<Box<[Value]>> for TupleItems {
    #[inline]
    fn from(b: Box<[Value]>) -> TupleItems {
        if b.len() <= INLINE { TupleItems::from(b.into_vec()) } else { TupleItems::Heap(b) }
    }
}

impl<const N: usize> From<[Value; N]> for TupleItems {
    #[inline]
    fn from(a: [Value; N]) -> TupleItems {
        if N <= INLINE {
            TupleItems::Inline(N as u8, fill(a))
        } else {
            TupleItems::Heap(Box::new(a))
        }
    }
}

impl From<smallvec::SmallVec<[Value; INLINE]>> for TupleItems {
    #[inline]
    fn from(items: smallvec::SmallVec<[Value; INLINE]>) -> TupleItems {
        if items.spilled() {
            TupleItems::Heap(items.into_vec().into_boxed_slice())
        } else {
            TupleItems::Inline(items.len() as u8, fill(items))
        }
    }
}

impl FromIterator<Value> for TupleItems {
    /// Fills the inline array straight from an iterator that says it fits (BUILD_TUPLE's
    /// drain of the stack); anything else goes through a small vector.
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> TupleItems {
        let mut it = iter.into_iter();
        let (lo, hi) = it.size_hint();
        if hi != Some(lo) || lo > INLINE {
            return TupleItems::from(it.collect::<smallvec::SmallVec<[Value; INLINE]>>());
        }
        let mut len = 0;
        let items = std::array::from_fn(|_| match it.next() {
            Some(v) => {
                len += 1;
                v
            }
            None => Value::Null,
        });
        match it.next() {
            None => TupleItems::Inline(len, items),
            // The size hint was wrong: everything goes to the heap, in order.
            Some(more) => {
                let mut v: Vec<Value> = items.into_iter().take(usize::from(len)).collect();
                v.push(more);
                v.extend(it);
                TupleItems::Heap(v.into_boxed_slice())
            }
        }
    }
}

/// The tuple for one step of an iterator that yields a fresh tuple per step (enumerate, zip,
/// a dict's items): the one it yielded last, refilled with `items` when nothing else holds
/// it any more (as CPython's enumerate, zip and dict item iterators reuse their result
/// tuple), else a new one, which `last` then remembers. Nothing can tell the difference: the
/// old tuple is unreachable from Python (tuples take no weak references).
pub fn reuse_or_new<const N: usize>(last: &mut Value, items: [Value; N]) -> Value {
    if let Value::Obj(o) = last
        && let Some(obj) = std::rc::Rc::get_mut(o)
        && let crate::heap::Payload::Tuple(TupleItems::Inline(len, slots)) = &mut obj.payload
        && usize::from(*len) == N
        && let Some(slots) = slots.first_chunk_mut::<N>()
    {
        // One array swapped in and the old one dropped: no per-item iterator.
        drop(std::mem::replace(slots, items));
        return last.clone();
    }
    let t = Value::new_obj(crate::heap::Payload::Tuple(TupleItems::Inline(N as u8, fill(items))));
    *last = t.clone();
    t
}
