//! Built-in iterators: over ranges, lists, tuples, strs and dict keys.

use crate::value::Value;

/// The state of a built-in iterator.
#[derive(Debug)]
pub enum IterState {
    Range { next: i64, stop: i64, step: i64 },
    /// A list, tuple or str (as its characters), by position.
    Seq { seq: Value, pos: usize },
    /// The keys (view 0), values (1) or items (2) of a dict, by entry position.
    /// `len` is the dict's size when iteration began (a change is an error).
    DictKeys { dict: Value, pos: usize, view: u8, len: usize },
    /// `zip(*iters)`.
    Zip { iters: Vec<Value> },
    /// `zip(*iters, strict=True)`.
    ZipStrict { iters: Vec<Value> },
    /// `map(func, *iters)`.
    Map { func: Value, iters: Vec<Value> },
    /// `filter(func, it)` (func None: truthiness).
    Filter { func: Value, it: Value },
    /// `enumerate(it, start)`.
    Enumerate { it: Value, n: i64 },
    /// `iter(func, sentinel)`: calls `func` until it returns the sentinel (func Null once
    /// exhausted).
    Call { func: Value, sentinel: Value },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError (obj Null once
    /// exhausted).
    GetItem { obj: Value, pos: i64 },
    /// A materialised sequence (zip, enumerate, reversed...).
    Values { items: Vec<Value>, pos: usize },
}

impl IterState {
    /// Calls `f` on every value the iterator holds (for the cycle collector).
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            IterState::Range { .. } => {}
            IterState::Seq { seq, .. } => f(seq),
            IterState::DictKeys { dict, .. } => f(dict),
            IterState::Zip { iters } | IterState::ZipStrict { iters } => iters.iter().for_each(f),
            IterState::Call { func, sentinel } => {
                f(func);
                f(sentinel);
            }
            IterState::Map { func, iters } => {
                f(func);
                iters.iter().for_each(f);
            }
            IterState::Filter { func, it } => {
                f(func);
                f(it);
            }
            IterState::Enumerate { it, .. } => f(it),
            IterState::GetItem { obj, .. } => f(obj),
            IterState::Values { items, .. } => items.iter().for_each(f),
        }
    }
}
