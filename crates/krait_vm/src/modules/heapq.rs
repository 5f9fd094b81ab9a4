//! `_heapq`: CPython's binary-heap algorithms on a list (`heappush`, `heappop`, `heapify`,
//! `heapreplace`, `heappushpop` and their `_max` twins), comparing with `<` only. The list
//! is worked on as a copy and written back; a comparison that changes the list's size
//! raises CPython's RuntimeError. Results and errors are CPython's.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;

/// `a < b` (min-heap) or `b < a` (max-heap).
fn before(vm: &mut Vm, max: bool, a: &Value, b: &Value) -> Result<bool, PyErr> {
    let r = if max { vm.compare(0, b, a)? } else { vm.compare(0, a, b)? };
    vm.truthy(&r)
}

fn sift_down(vm: &mut Vm, max: bool, heap: &mut [Value], start: usize, mut pos: usize) -> Result<(), PyErr> {
    let item = heap[pos].clone();
    while pos > start {
        let parent = (pos - 1) >> 1;
        if before(vm, max, &item, &heap[parent])? {
            heap[pos] = heap[parent].clone();
            pos = parent;
            continue;
        }
        break;
    }
    heap[pos] = item;
    Ok(())
}

fn sift_up(vm: &mut Vm, max: bool, heap: &mut [Value], mut pos: usize) -> Result<(), PyErr> {
    let end = heap.len();
    let start = pos;
    let item = heap[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !before(vm, max, &heap[child], &heap[right])? {
            child = right;
        }
        heap[pos] = heap[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down(vm, max, heap, start, pos)
}

/// Runs `f` on a copy of the list `heap` and stores the result back.
fn with_list<R>(vm: &mut Vm, name: &str, heap: &Value, f: impl FnOnce(&mut Vm, &mut Vec<Value>) -> Result<R, PyErr>) -> Result<R, PyErr> {
    let Some(Payload::List(cell)) = heap.payload() else {
        let which = if name.starts_with("heapify") || name.starts_with("heappop") { "argument" } else { "argument 1" };
        let got = if matches!(heap, Value::None) { "None".to_string() } else { vm.type_name(heap) };
        return Err(vm.type_error(format!("{name}() {which} must be list, not {got}")));
    };
    let mut items = cell.borrow().clone();
    let before_len = items.len();
    let r = f(vm, &mut items)?;
    let mut l = cell.borrow_mut();
    if l.len() != before_len {
        drop(l);
        return Err(vm.error("RuntimeError", "list changed size during iteration"));
    }
    *l = items;
    Ok(r)
}

fn two(vm: &Vm, name: &str, args: &Args, kwargs: &Kwargs) -> Result<(Value, Value), PyErr> {
    super::util::positional(vm, name, args, kwargs, 2, 2)?;
    Ok((args[0].clone(), args[1].clone()))
}

fn push<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heappush_max" } else { "heappush" };
    let (heap, item) = two(vm, name, &args, &kwargs)?;
    with_list(vm, name, &heap, |vm, h| {
        h.push(item);
        let n = h.len() - 1;
        sift_down(vm, MAX, h, 0, n)
    })?;
    Ok(Value::None)
}

fn pop<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heappop_max" } else { "heappop" };
    super::util::exactly_one(vm, &format!("_heapq.{name}"), &args, &kwargs)?;
    with_list(vm, name, &args[0], |vm, h| {
        let Some(last) = h.pop() else { return Err(vm.error("IndexError", "index out of range")) };
        if h.is_empty() {
            return Ok(last);
        }
        let top = std::mem::replace(&mut h[0], last);
        sift_up(vm, MAX, h, 0)?;
        Ok(top)
    })
}

fn replace<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heapreplace_max" } else { "heapreplace" };
    let (heap, item) = two(vm, name, &args, &kwargs)?;
    with_list(vm, name, &heap, |vm, h| {
        if h.is_empty() {
            return Err(vm.error("IndexError", "index out of range"));
        }
        let top = std::mem::replace(&mut h[0], item);
        sift_up(vm, MAX, h, 0)?;
        Ok(top)
    })
}

fn pushpop<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heappushpop_max" } else { "heappushpop" };
    let (heap, item) = two(vm, name, &args, &kwargs)?;
    with_list(vm, name, &heap, |vm, h| {
        let Some(top) = h.first().cloned() else { return Ok(item) };
        if !before(vm, MAX, &top, &item)? {
            return Ok(item);
        }
        let top = std::mem::replace(&mut h[0], item);
        sift_up(vm, MAX, h, 0)?;
        Ok(top)
    })
}

fn heapify<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heapify_max" } else { "heapify" };
    super::util::exactly_one(vm, &format!("_heapq.{name}"), &args, &kwargs)?;
    with_list(vm, name, &args[0], |vm, h| {
        for i in (0..h.len() / 2).rev() {
            sift_up(vm, MAX, h, i)?;
        }
        Ok(())
    })?;
    Ok(Value::None)
}

/// The `_heapq` module.
pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("heappush", push::<false>),
        ("heappop", pop::<false>),
        ("heapreplace", replace::<false>),
        ("heappushpop", pushpop::<false>),
        ("heapify", heapify::<false>),
        ("heappush_max", push::<true>),
        ("heappop_max", pop::<true>),
        ("heapreplace_max", replace::<true>),
        ("heappushpop_max", pushpop::<true>),
        ("heapify_max", heapify::<true>),
    ];
    let mut items: Vec<(&'static str, Value)> = vec![("__about__", Value::str("Heap queues"))];
    for (n, f) in fns {
        items.push((n, builtin(n, *f)));
    }
    module("_heapq", items)
}
