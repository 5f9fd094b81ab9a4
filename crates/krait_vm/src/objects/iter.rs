//! Built-in iterators: over ranges, lists, tuples, strs and dict keys, the lazy builtins
//! (zip, map, filter, enumerate, reversed) and the sequence protocol; each state names its
//! CPython type (`list_iterator`, `zip`...).

use crate::value::Value;

/// The state of a range iterator beyond i64.
#[derive(Debug, Clone)]
pub struct BigRangeIter {
    pub next: num_bigint::BigInt,
    pub step: num_bigint::BigInt,
    pub left: num_bigint::BigInt,
}

/// The state of a built-in iterator.
#[derive(Debug)]
pub enum IterState {
    Range { next: i64, stop: i64, step: i64 },
    /// A range iterator beyond i64 (`longrange_iterator`): `left` values remain.
    /// Boxed: three big ints would make every iterator, and so every object, larger.
    BigRange(Box<BigRangeIter>),
    /// A list, tuple or str (as its characters), by position.
    Seq { seq: Value, pos: usize },
    /// The keys (view 0), values (1) or items (2) of a dict, by entry position.
    /// `len` is the dict's size when iteration began (a change is an error).
    /// `last` is the items view's last pair (see `tuple::reuse_or_new`).
    DictKeys { dict: Value, pos: usize, view: u8, len: usize, last: Value },
    /// `zip(*iters)`.
    /// `last` is the pair made last when there are two iterables (see `tuple::reuse_or_new`).
    Zip { iters: Vec<Value>, last: Value },
    /// `zip(*iters, strict=True)`.
    ZipStrict { iters: Vec<Value> },
    /// `map(func, *iters)`.
    Map { func: Value, iters: Vec<Value> },
    /// `filter(func, it)` (func None: truthiness).
    Filter { func: Value, it: Value },
    /// `enumerate(it, start)`: `n`, the next count, is an int of any size; `last` is the
    /// pair made last (see `tuple::reuse_or_new`).
    Enumerate { it: Value, n: Value, last: Value },
    /// `iter(func, sentinel)`: calls `func` until it returns the sentinel (func Null once
    /// exhausted).
    Call { func: Value, sentinel: Value },
    /// A materialised sequence (sets, bytes, reversed...); `kind` is its type's index in
    /// [`ITER_TYPE_NAMES`].
    Values { items: Vec<Value>, pos: usize, kind: u8 },
    /// The sequence protocol: `obj[0]`, `obj[1]`... until IndexError or StopIteration
    /// (`iter()` of an object with `__getitem__` but no `__iter__`; obj Null once exhausted).
    GetItem { obj: Value, pos: i64 },
    /// `reversed(seq)` over `len()` and `__getitem__`: the next index to fetch, -1 when done.
    Reversed { seq: Value, idx: i64 },
    /// A set's elements (a snapshot), with the set and its size to detect changes.
    Set { set: Value, items: Vec<Value>, pos: usize, len: usize },
}

/// The names of the built-in iterator types, indexed by [`IterState::type_index`].
pub const ITER_TYPE_NAMES: &[&str] = &[
    "iterator",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "zip",
    "map",
    "filter",
    "enumerate",
    "callable_iterator",
    "set_iterator",
    "bytes_iterator",
    "reversed",
    "list_reverseiterator",
    "_collections._deque_iterator",
    "_collections._deque_reverse_iterator",
    "bytearray_iterator",
    "memory_iterator",
    "longrange_iterator",
];

/// Index of `iterator` (the sequence-protocol iterator and any other materialised one).
pub const K_ITERATOR: u8 = 0;
/// Index of `set_iterator`.
pub const K_SET: u8 = 14;
/// Index of `bytes_iterator`.
pub const K_BYTES: u8 = 15;
/// Index of `reversed`.
pub const K_REVERSED: u8 = 16;
/// Index of `list_reverseiterator`.
pub const K_LIST_REVERSED: u8 = 17;
/// Index of `_collections._deque_iterator`.
pub const K_DEQUE: u8 = 18;
/// Index of `_collections._deque_reverse_iterator`.
pub const K_DEQUE_REVERSED: u8 = 19;
/// Index of `bytearray_iterator`.
pub const K_BYTEARRAY: u8 = 20;
/// Index of `memory_iterator`.
pub const K_MEMORY: u8 = 21;
/// Index of `zip`, `map`, `filter`, `enumerate` (the iterator types that are builtins).
pub const K_ZIP: usize = 9;

/// The next item of a list, tuple or str iterator at `pos` (a byte offset for strs), moving
/// `pos` past it; once exhausted the iterator stays exhausted (`pos` at the end of all
/// positions: CPython drops the sequence), however the list grows afterwards.
pub fn seq_next(seq: &Value, pos: &mut usize) -> Option<Value> {
    use crate::heap::Payload;
    let r = match seq.payload() {
        Some(Payload::List(l)) => l.borrow().get(*pos).cloned(),
        Some(Payload::Tuple(t)) => t.get(*pos).cloned(),
        Some(Payload::Str(s)) => {
            let c = s[(*pos).min(s.len())..].chars().next();
            if let Some(c) = c {
                *pos += c.len_utf8() - 1;
            }
            c.map(|c| crate::objects::str::char_value(c, s.surrogate_base()))
        }
        _ => None,
    };
    match r {
        Some(_) => *pos += 1,
        None => *pos = usize::MAX,
    }
    r
}

/// The next key and value of the dict iterated from entry `pos` (moved past it), None
/// when exhausted; [`Step::DictChanged`] when its size is no longer `len`.
#[inline(always)]
fn dict_next(dict: &Value, pos: &mut usize, len: usize) -> Result<Option<(Value, Value)>, Step> {
    let Some(crate::heap::Payload::Dict(d)) = dict.payload() else { return Ok(None) };
    let d = d.borrow();
    if d.len() != len {
        return Err(Step::DictChanged);
    }
    Ok(d.entry_from(*pos).map(|(p, k, v)| {
        *pos = p;
        (k, v)
    }))
}

/// One step of a loop unpacking pairs ([`IterState::step_pair`]).
pub enum PairStep {
    /// The next pair's two items.
    Pair(Value, Value),
    /// The next item, to unpack as UNPACK_SEQUENCE does.
    Item(Value),
    /// Exhausted.
    Done,
    /// Nothing taken: FOR_ITER steps the iterator (it calls back into Python, or must
    /// raise).
    Other,
}

/// One step of an iterator over stored items ([`IterState::step_stored`]).
pub enum Step {
    /// The next item, or None when exhausted.
    Item(Option<Value>),
    /// The dict changed size since iteration began (RuntimeError).
    DictChanged,
    /// The set changed size since iteration began (RuntimeError; the iterator stays
    /// exhausted).
    SetChanged,
    /// An iterator that calls back into Python (map, filter, zip, enumerate,
    /// `iter(f, sentinel)`, `__getitem__` iteration, reversed): the VM steps it.
    Calls,
}

impl IterState {
    /// Steps the iterators over stored items (ranges, sequences, dicts, sets and snapshots)
    /// in place; the others report [`Step::Calls`]. `FOR_ITER` and `Vm::next` share it
    /// (inlined: it is `FOR_ITER`'s per-item step over ranges and lists).
    #[inline(always)]
    pub fn step_stored(&mut self) -> Step {
        if let IterState::Enumerate { .. } = self {
            return self.step_enumerate();
        }
        self.step_flat()
    }

    /// enumerate over an iterator stepped here: the pair is built in place (its tuple
    /// reused as CPython's enumerate reuses it). Out of line, and over [`Self::step_flat`]
    /// only, so that `step_stored` stays inlined where FOR_ITER uses it.
    #[inline(never)]
    fn step_enumerate(&mut self) -> Step {
        use crate::heap::Payload;
        let IterState::Enumerate { it, n, last } = self else { return Step::Calls };
        let (Some(Payload::Iter(inner)), Value::Int(i)) = (it.payload(), &*n) else { return Step::Calls };
        let Some(next_n) = i.checked_add(1) else { return Step::Calls };
        let Ok(mut inner) = inner.try_borrow_mut() else { return Step::Calls };
        match inner.step_flat() {
            Step::Item(Some(v)) => {
                let i = std::mem::replace(n, Value::Int(next_n));
                Step::Item(Some(crate::objects::tuple::reuse_or_new(last, [i, v])))
            }
            other => other,
        }
    }

    /// One step of a `for a, b in ...:` loop (the fused FOR_ITER, `UNPACK_SEQUENCE 2`):
    /// enumerate over an iterator stepped here, a dict's items and zip over two lists,
    /// tuples, strs or ranges give the pair without making its tuple (nothing could see
    /// it: unpacking drops it at once); any other iterator over stored items gives its item
    /// for the unpack to take apart.
    pub fn step_pair(&mut self) -> PairStep {
        use crate::heap::Payload;
        match self {
            // `step_enumerate`'s steps, giving the pair instead of a tuple. A helper shared
            // by both, returning a Result matched again here, cost 16 instructions a pair.
            IterState::Enumerate { it, n, .. } => {
                let (Some(Payload::Iter(inner)), Value::Int(i)) = (it.payload(), &*n) else { return PairStep::Other };
                let Some(next_n) = i.checked_add(1) else { return PairStep::Other };
                let Ok(mut inner) = inner.try_borrow_mut() else { return PairStep::Other };
                match inner.step_flat() {
                    Step::Item(Some(v)) => PairStep::Pair(std::mem::replace(n, Value::Int(next_n)), v),
                    Step::Item(None) => PairStep::Done,
                    _ => PairStep::Other,
                }
            }
            IterState::DictKeys { dict, pos, view: 2, len, .. } => match dict_next(dict, pos, *len) {
                Ok(Some((k, v))) => PairStep::Pair(k, v),
                Ok(None) => PairStep::Done,
                Err(_) => PairStep::Other,
            },
            IterState::Zip { iters, .. } if iters.len() == 2 => {
                // Only over iterators that cannot fail or call back: the first's item is
                // taken before the second is asked.
                let (Some(Payload::Iter(x)), Some(Payload::Iter(y))) = (iters[0].payload(), iters[1].payload()) else {
                    return PairStep::Other;
                };
                let (Ok(mut x), Ok(mut y)) = (x.try_borrow_mut(), y.try_borrow_mut()) else { return PairStep::Other };
                if !x.steps_quietly() || !y.steps_quietly() {
                    return PairStep::Other;
                }
                let Step::Item(Some(a)) = x.step_flat() else { return PairStep::Done };
                match y.step_flat() {
                    Step::Item(Some(b)) => PairStep::Pair(a, b),
                    _ => PairStep::Done,
                }
            }
            _ => match self.step_flat() {
                Step::Item(Some(v)) => {
                    if let Value::Obj(o) = &v
                        && let Payload::Tuple(t) = &o.payload
                        && let [a, b] = &t[..]
                    {
                        return PairStep::Pair(a.clone(), b.clone());
                    }
                    PairStep::Item(v)
                }
                Step::Item(None) => PairStep::Done,
                _ => PairStep::Other,
            },
        }
    }

    /// Does [`Self::step_flat`] step this iterator with neither an error nor a call (a
    /// range, a list, tuple or str, or a snapshot)?
    fn steps_quietly(&self) -> bool {
        matches!(self, IterState::Range { .. } | IterState::BigRange(_) | IterState::Seq { .. } | IterState::Values { .. })
    }

    /// [`Self::step_stored`] for every iterator but enumerate.
    #[inline(always)]
    fn step_flat(&mut self) -> Step {
        use crate::heap::Payload;
        use num_traits::Signed;
        Step::Item(match self {
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next += *step;
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            IterState::BigRange(r) => {
                if r.left.is_positive() {
                    let v = r.next.clone();
                    r.next += &r.step;
                    r.left -= 1u32;
                    Some(crate::objects::int::from_big(v))
                } else {
                    None
                }
            }
            // A list's next item is read here (FOR_ITER_LIST); the rest in `seq_next`.
            IterState::Seq { seq: Value::Obj(o), pos } if matches!(o.payload, Payload::List(_)) && *pos != usize::MAX => {
                let Payload::List(l) = &o.payload else { return Step::Item(None) };
                let r = l.borrow().get(*pos).cloned();
                *pos = if r.is_some() { *pos + 1 } else { usize::MAX };
                r
            }
            IterState::Seq { seq, pos } => seq_next(seq, pos),
            IterState::DictKeys { dict, pos, view, len, last } => match dict_next(dict, pos, *len) {
                Ok(entry) => entry.map(|(k, v)| match view {
                    0 => k,
                    1 => v,
                    _ => crate::objects::tuple::reuse_or_new(last, [k, v]),
                }),
                Err(step) => return step,
            },
            IterState::Values { items, pos, .. } => {
                let r = items.get(*pos).cloned();
                *pos += 1;
                r
            }
            IterState::Set { set, items, pos, len } => {
                let now = match set.payload() {
                    Some(Payload::Set(d) | Payload::FrozenSet(d)) => d.borrow().len(),
                    _ => *len,
                };
                if now != *len {
                    *len = usize::MAX;
                    return Step::SetChanged;
                }
                let r = items.get(*pos).cloned();
                *pos += 1;
                r
            }
            IterState::Enumerate { .. }
            | IterState::Zip { .. }
            | IterState::ZipStrict { .. }
            | IterState::Map { .. }
            | IterState::Filter { .. }
            | IterState::Call { .. }
            | IterState::GetItem { .. }
            | IterState::Reversed { .. } => return Step::Calls,
        })
    }

    /// The index of this iterator's type in [`ITER_TYPE_NAMES`].
    pub fn type_index(&self) -> usize {
        use crate::heap::Payload;
        match self {
            IterState::Range { .. } => 5,
            IterState::BigRange(_) => 22,
            IterState::Seq { seq, .. } => match seq.payload() {
                Some(Payload::List(_)) => 1,
                Some(Payload::Tuple(_)) => 2,
                Some(Payload::Str(s)) if s.is_ascii_text() => 3,
                Some(Payload::Str(_)) => 4,
                _ => 0,
            },
            IterState::DictKeys { view, .. } => 6 + usize::from(*view).min(2),
            IterState::Zip { .. } | IterState::ZipStrict { .. } => 9,
            IterState::Map { .. } => 10,
            IterState::Filter { .. } => 11,
            IterState::Enumerate { .. } => 12,
            IterState::Call { .. } => 13,
            IterState::Values { kind, .. } => usize::from(*kind),
            IterState::GetItem { .. } => 0,
            IterState::Reversed { .. } => 16,
            IterState::Set { .. } => usize::from(K_SET),
        }
    }
}

impl IterState {
    /// Calls `f` on every value the iterator holds (for the cycle collector).
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            IterState::Range { .. } | IterState::BigRange(_) => {}
            IterState::Seq { seq, .. } => f(seq),
            IterState::DictKeys { dict, last, .. } => {
                f(dict);
                f(last);
            }
            IterState::Zip { iters, last } => {
                iters.iter().for_each(&mut *f);
                f(last);
            }
            IterState::ZipStrict { iters } => iters.iter().for_each(f),
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
            IterState::Enumerate { it, n, last } => {
                f(it);
                f(n);
                f(last);
            }
            IterState::Values { items, .. } => items.iter().for_each(f),
            IterState::GetItem { obj, .. } => f(obj),
            IterState::Reversed { seq, .. } => f(seq),
            IterState::Set { set, items, .. } => {
                f(set);
                items.iter().for_each(f);
            }
        }
    }
}
