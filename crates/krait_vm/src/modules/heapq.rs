//! `_heapq`: CPython's binary-heap algorithms on a list (`heappush`, `heappop`, `heapify`,
//! `heapreplace`, `heappushpop` and their `_max` twins), comparing with `<` only, in place;
//! a comparison that changes the list's size raises CPython's RuntimeError. Results and
//! errors are CPython's.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;
use std::cell::RefCell;

/// `a < b` (min-heap) or `b < a` (max-heap).
fn before(vm: &mut Vm, max: bool, a: &Value, b: &Value) -> Result<bool, PyErr> {
    let r = if max { vm.compare(0, b, a)? } else { vm.compare(0, a, b)? };
    vm.truthy(&r)
}

/// The heap list, worked on in place: items are copied out for each comparison (which may
/// run Python code) and the size is checked after it, as CPython does.
struct Heap<'a> {
    cell: &'a RefCell<Vec<Value>>,
    size: usize,
}

impl Heap<'_> {
    fn get(&self, i: usize) -> Value {
        self.cell.borrow().get(i).cloned().unwrap_or(Value::None)
    }

    fn set(&self, i: usize, v: Value) {
        if let Some(slot) = self.cell.borrow_mut().get_mut(i) {
            *slot = v;
        }
    }

    fn less(&self, vm: &mut Vm, max: bool, a: &Value, b: &Value) -> Result<bool, PyErr> {
        let r = before(vm, max, a, b)?;
        if self.cell.borrow().len() != self.size {
            return Err(vm.error("RuntimeError", "list changed size during iteration"));
        }
        Ok(r)
    }

    fn sift_down(&self, vm: &mut Vm, max: bool, start: usize, mut pos: usize) -> Result<(), PyErr> {
        let item = self.get(pos);
        while pos > start {
            let parent = (pos - 1) >> 1;
            let p = self.get(parent);
            if !self.less(vm, max, &item, &p)? {
                break;
            }
            self.set(pos, p);
            pos = parent;
        }
        self.set(pos, item);
        Ok(())
    }

    fn sift_up(&self, vm: &mut Vm, max: bool, mut pos: usize) -> Result<(), PyErr> {
        let end = self.size;
        let start = pos;
        let item = self.get(pos);
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && !self.less(vm, max, &self.get(child), &self.get(right))? {
                child = right;
            }
            self.set(pos, self.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        self.set(pos, item);
        self.sift_down(vm, max, start, pos)
    }
}

/// The list inside `heap`, or CPython's TypeError.
fn list_of<'a>(vm: &Vm, name: &str, heap: &'a Value) -> Result<&'a RefCell<Vec<Value>>, PyErr> {
    match heap.payload() {
        Some(Payload::List(cell)) => Ok(cell),
        _ => {
            let which = if name.starts_with("heapify") || name.starts_with("heappop") { "argument" } else { "argument 1" };
            let got = if matches!(heap, Value::None) { "None".to_string() } else { vm.type_name(heap) };
            Err(vm.type_error(format!("{name}() {which} must be list, not {got}")))
        }
    }
}

fn two(vm: &Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Result<(Value, Value), PyErr> {
    super::util::positional(vm, name, args, kwargs, 2, 2)?;
    Ok((args[0].clone(), args[1].clone()))
}

fn push<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heappush_max" } else { "heappush" };
    let (heap, item) = two(vm, name, &args, &kwargs)?;
    let cell = list_of(vm, name, &heap)?;
    cell.borrow_mut().push(item);
    let size = cell.borrow().len();
    Heap { cell, size }.sift_down(vm, MAX, 0, size - 1)?;
    Ok(Value::None)
}

fn pop<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heappop_max" } else { "heappop" };
    super::util::exactly_one_in(vm, "_heapq", name, &args, &kwargs)?;
    let cell = list_of(vm, name, &args[0])?;
    let Some(last) = cell.borrow_mut().pop() else { return Err(vm.error("IndexError", "index out of range")) };
    let size = cell.borrow().len();
    if size == 0 {
        return Ok(last);
    }
    let top = std::mem::replace(&mut cell.borrow_mut()[0], last);
    Heap { cell, size }.sift_up(vm, MAX, 0)?;
    Ok(top)
}

/// Puts `item` at the root of the heap and sifts it into place: the old root.
fn replace_top(vm: &mut Vm, max: bool, cell: &RefCell<Vec<Value>>, item: Value) -> PyResult {
    let size = cell.borrow().len();
    if size == 0 {
        return Err(vm.error("IndexError", "index out of range"));
    }
    let top = std::mem::replace(&mut cell.borrow_mut()[0], item);
    Heap { cell, size }.sift_up(vm, max, 0)?;
    Ok(top)
}

fn replace<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heapreplace_max" } else { "heapreplace" };
    let (heap, item) = two(vm, name, &args, &kwargs)?;
    let cell = list_of(vm, name, &heap)?;
    replace_top(vm, MAX, cell, item)
}

fn pushpop<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heappushpop_max" } else { "heappushpop" };
    let (heap, item) = two(vm, name, &args, &kwargs)?;
    let cell = list_of(vm, name, &heap)?;
    let Some(top) = cell.borrow().first().cloned() else { return Ok(item) };
    if !before(vm, MAX, &top, &item)? {
        return Ok(item);
    }
    replace_top(vm, MAX, cell, item)
}

fn heapify<const MAX: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = if MAX { "heapify_max" } else { "heapify" };
    super::util::exactly_one_in(vm, "_heapq", name, &args, &kwargs)?;
    let cell = list_of(vm, name, &args[0])?;
    let size = cell.borrow().len();
    let h = Heap { cell, size };
    for i in (0..size / 2).rev() {
        h.sift_up(vm, MAX, i)?;
    }
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
