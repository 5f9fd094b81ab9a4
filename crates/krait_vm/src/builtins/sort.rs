//! `list.sort` and `sorted`: a stable sort by `<` whose comparisons may run Python code and
//! raise.
//!
//! Keys are computed once (the `key` function called once per item, in order). Keys of one
//! simple kind, as CPython's pre-sort check finds them (all ints within i64, all floats
//! without NaN, all strs without lone surrogates), are copied out unboxed and sorted by the
//! standard library's stable sort: their `<` is a total order that runs no Python code, and
//! a str key is compared through its text without touching its object again. Tuples whose
//! items are, position by position, of one such kind sort the same way, item by item (the
//! common `key=lambda r: (r.score, r.name)` and lists of pairs). Other keys are
//! sorted by position with the VM's `<` (tuples compare item by item with the same fast
//! paths before the general protocol): short lists by CPython's own steps (one natural run,
//! then binary insertion), so that even an inconsistent `<` (NaN, a user `__lt__`) gives
//! CPython's order; longer ones by a stable merge sort. An error in a key function leaves
//! the list as it was; an error in a comparison leaves it in the order the sort had reached
//! (as CPython does), and is raised.

use crate::heap::Payload;
use crate::interp::{PyErr, Vm};
use crate::value::Value;
use std::cmp::Ordering;

/// Sorts values in place with `<`, stably; `reverse` sorts descending and keeps equal items
/// in their original order, as CPython's.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> Result<(), PyErr> {
    if items.len() < 2 && key.is_none() {
        return Ok(());
    }
    let order = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for it in items.iter() {
                keys.push(vm.call(f.clone(), vec![it.clone()], vec![])?);
            }
            order_of(vm, &keys, reverse)
        }
        None => order_of(vm, items, reverse),
    };
    let (order, err) = order;
    let mut slots: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
    err.map_or(Ok(()), Err)
}

/// The positions of `keys` in sorted order; on an error, the permutation the sort had
/// reached when it stopped (CPython leaves the list in that state) and the error.
fn order_of(vm: &mut Vm, keys: &[Value], reverse: bool) -> (Vec<usize>, Option<PyErr>) {
    if let Some(order) = unboxed_order(keys, reverse) {
        return (order, None);
    }
    // As CPython: reverse, sort ascending stably, reverse back (equal keys keep their order).
    let n = keys.len();
    let mut order: Vec<usize> = if reverse { (0..n).rev().collect() } else { (0..n).collect() };
    let r = if n < MIN_MERGE { small_sort(vm, keys, &mut order) } else { merge_sort(vm, keys, &mut order) };
    if reverse {
        order.reverse();
    }
    (order, r.err())
}

/// The order of keys that are all of one simple kind, or None.
fn unboxed_order(keys: &[Value], reverse: bool) -> Option<Vec<usize>> {
    match keys.first()? {
        Value::Int(_) => {
            let pairs = keys
                .iter()
                .enumerate()
                .map(|(i, k)| match k {
                    Value::Int(x) => Some((*x, i)),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()?;
            Some(sorted_positions(pairs, reverse, Ord::cmp))
        }
        Value::Float(_) => {
            let pairs = keys
                .iter()
                .enumerate()
                .map(|(i, k)| match k {
                    Value::Float(x) if !x.is_nan() => Some((*x, i)),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()?;
            // Without NaN, `partial_cmp` always answers (and -0.0 == 0.0, as Python's `<`).
            Some(sorted_positions(pairs, reverse, |a: &f64, b: &f64| a.partial_cmp(b).unwrap_or(Ordering::Equal)))
        }
        first if matches!(first.payload(), Some(Payload::Str(_))) => {
            let pairs = keys
                .iter()
                .enumerate()
                .map(|(i, k)| match k.payload() {
                    Some(Payload::Str(s)) if !s.has_surrogates() => Some((&**s, i)),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()?;
            // UTF-8 byte order is code point order.
            Some(sorted_positions(pairs, reverse, |a: &&str, b: &&str| a.cmp(b)))
        }
        first if matches!(first.payload(), Some(Payload::Tuple(_))) => {
            let pairs = keys
                .iter()
                .enumerate()
                .map(|(i, k)| match k.payload() {
                    Some(Payload::Tuple(t)) => Some((&t[..], i)),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()?;
            if !columns_of_one_kind(pairs.iter().map(|p| p.0)) {
                return None;
            }
            Some(sorted_positions(pairs, reverse, |a: &&[Value], b: &&[Value]| tuple_order(a, b)))
        }
        _ => None,
    }
}

/// The simple kinds a tuple key's items may have for [`tuple_order`]: an int within i64, a
/// float that is not NaN, a str without lone surrogates (each compares with its own kind
/// by a total order, with `==` agreeing, and runs no Python code).
fn simple_kind(v: &Value) -> Option<u8> {
    match v {
        Value::Int(_) => Some(1),
        Value::Float(f) if !f.is_nan() => Some(2),
        _ => match v.payload() {
            Some(Payload::Str(s)) if !s.has_surrogates() => Some(3),
            _ => None,
        },
    }
}

/// Do the tuples hold, at each position, items of one simple kind (lengths may differ)?
/// Then Python's tuple `<` (the first unequal items decide, else the shorter tuple is less)
/// is [`tuple_order`]: it can neither raise nor run Python code.
fn columns_of_one_kind<'a>(tuples: impl Iterator<Item = &'a [Value]>) -> bool {
    let mut kinds: smallvec::SmallVec<[u8; 8]> = smallvec::SmallVec::new();
    for t in tuples {
        for (col, v) in t.iter().enumerate() {
            let Some(k) = simple_kind(v) else { return false };
            match kinds.get(col) {
                Some(&known) if known != k => return false,
                Some(_) => {}
                None => kinds.push(k),
            }
        }
    }
    true
}

/// Lexicographic order of tuples whose items passed [`columns_of_one_kind`]. The items are
/// compared here rather than by `ops::simple_order`, which answers the same for them but
/// cost about 30 instructions more a comparison (its nested Option, the str's surrogate
/// test).
fn tuple_order(a: &[Value], b: &[Value]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        let o = match (x, y) {
            (Value::Int(p), Value::Int(q)) => p.cmp(q),
            (Value::Float(p), Value::Float(q)) => p.partial_cmp(q).unwrap_or(Ordering::Equal),
            _ => match (x.payload(), y.payload()) {
                // UTF-8 byte order is code point order.
                (Some(Payload::Str(p)), Some(Payload::Str(q))) => (**p).cmp(&**q),
                _ => Ordering::Equal,
            },
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    a.len().cmp(&b.len())
}

/// Sorts `(key, position)` pairs stably by key (descending when `reverse`, equal keys still
/// in position order) and returns the positions.
fn sorted_positions<K>(mut pairs: Vec<(K, usize)>, reverse: bool, cmp: impl Fn(&K, &K) -> Ordering) -> Vec<usize> {
    if reverse {
        pairs.sort_by(|a, b| cmp(&b.0, &a.0));
    } else {
        pairs.sort_by(|a, b| cmp(&a.0, &b.0));
    }
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// Lists shorter than this are sorted as CPython sorts them: one natural run, then binary
/// insertion (its minrun is the whole list). The outcome, and the comparisons made, are then
/// CPython's even when `<` is not a consistent order (NaN, a user `__lt__`).
const MIN_MERGE: usize = 64;

/// CPython's sort of a short list: `count_run`, then `binarysort` from the end of that run.
fn small_sort(vm: &mut Vm, keys: &[Value], o: &mut [usize]) -> Result<(), PyErr> {
    if o.len() < 2 {
        return Ok(());
    }
    let run = count_run(vm, keys, o)?;
    binary_insertion(vm, keys, o, run)
}

/// The length of the run at the start of `o`, made ascending: a non-descending run as it
/// is, or a descending one reversed (equal keys inside it keep their order).
fn count_run(vm: &mut Vm, keys: &[Value], o: &mut [usize]) -> Result<usize, PyErr> {
    let total = o.len();
    let lt_at = |vm: &mut Vm, o: &[usize], i: usize, j: usize| lt(vm, &keys[o[i]], &keys[o[j]]);
    let mut n = 1;
    while n < total && !lt_at(vm, o, n, n - 1)? {
        n += 1;
    }
    if n == total {
        return Ok(n);
    }
    if n > 1 {
        // An ascending start ended: a run unless all of it was equal, which then begins a
        // descending run.
        if lt_at(vm, o, 0, n - 1)? {
            return Ok(n);
        }
        o[..n].reverse();
    }
    n += 1;
    // Inside the descending run, each stretch of equal keys is reversed as it ends, so the
    // final reversal gives them back their order.
    let mut equal = 0;
    while n < total {
        if lt_at(vm, o, n, n - 1)? {
            if equal > 0 {
                o[n - equal - 1..n].reverse();
                equal = 0;
            }
        } else if lt_at(vm, o, n - 1, n)? {
            break;
        } else {
            equal += 1;
        }
        n += 1;
    }
    if equal > 0 {
        o[n - equal - 1..n].reverse();
    }
    o[..n].reverse();
    while n < total && !lt_at(vm, o, n, n - 1)? {
        n += 1;
    }
    Ok(n)
}

/// Inserts `o[sorted..]` one by one into the sorted prefix, each after the last key not
/// greater than it (found by bisection).
fn binary_insertion(vm: &mut Vm, keys: &[Value], o: &mut [usize], sorted: usize) -> Result<(), PyErr> {
    for next in sorted.max(1)..o.len() {
        let pivot = o[next];
        let (mut lo, mut hi) = (0, next);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if lt(vm, &keys[pivot], &keys[o[mid]])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        o.copy_within(lo..next, lo + 1);
        o[lo] = pivot;
    }
    Ok(())
}

/// A stable bottom-up merge sort of the positions in `order` by their keys' `<` (the
/// longer lists; their outcome is CPython's whenever `<` is a consistent order). Positions
/// already in order cost one pass. `order` is a permutation at every point an error can
/// stop it.
fn merge_sort(vm: &mut Vm, keys: &[Value], order: &mut Vec<usize>) -> Result<(), PyErr> {
    let less = |vm: &mut Vm, i: usize, j: usize| lt(vm, &keys[i], &keys[j]);
    let n = order.len();
    let mut sorted = true;
    for i in 1..n {
        if less(vm, order[i], order[i - 1])? {
            sorted = false;
            break;
        }
    }
    if sorted {
        return Ok(());
    }
    let mut buf: Vec<usize> = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right only when it is strictly less: stability.
                if less(vm, order[j], order[i])? {
                    buf[k] = order[j];
                    j += 1;
                } else {
                    buf[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&order[j..end]);
            start = end;
        }
        std::mem::swap(order, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// `a < b` as a bool.
fn lt(vm: &mut Vm, a: &Value, b: &Value) -> Result<bool, PyErr> {
    if let Some(r) = crate::interp::ops::simple_order(a, b) {
        return Ok(r == Some(Ordering::Less));
    }
    let r = vm.compare(0, a, b)?;
    vm.truthy(&r)
}
