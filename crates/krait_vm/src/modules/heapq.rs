//! `_heapq`: the heap queue functions over a list (`heappush`, `heappop`, `heapify`,
//! `heapreplace`, `heappushpop` and their `_max` forms), with CPython's sift algorithms and
//! messages. Comparisons use `<` and may run Python code, so no borrow of the list is held
//! while they run; a list that changes size meanwhile is CPython's RuntimeError.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;

/// The list argument of `fname`.
fn heap_arg(vm: &Vm, fname: &str, args: &Args, n: usize) -> Result<Value, PyErr> {
    if args.len() != n {
        return Err(vm.type_error(if n == 1 {
            format!("{fname}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{fname} expected {n} arguments, got {}", args.len())
        }));
    }
    let h = args[0].clone();
    if !matches!(h.payload(), Some(Payload::List(_))) {
        return Err(vm.type_error(format!("{fname}() argument 1 must be list, not {}", vm.type_name(&h))));
    }
    Ok(h)
}

fn len(h: &Value) -> usize {
    match h.payload() {
        Some(Payload::List(l)) => l.borrow().len(),
        _ => 0,
    }
}

fn get(h: &Value, i: usize) -> Value {
    match h.payload() {
        Some(Payload::List(l)) => l.borrow().get(i).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn put(h: &Value, i: usize, v: Value) {
    if let Some(Payload::List(l)) = h.payload()
        && let Some(slot) = l.borrow_mut().get_mut(i)
    {
        *slot = v;
    }
}

/// `a < b` (or `b < a` for the max-heap forms).
fn less(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> Result<bool, PyErr> {
    let r = if max { vm.compare(0, b, a)? } else { vm.compare(0, a, b)? };
    vm.truthy(&r)
}

fn check_size(vm: &Vm, h: &Value, size: usize) -> Result<(), PyErr> {
    if len(h) != size {
        return Err(vm.error("RuntimeError", "list changed size during iteration"));
    }
    Ok(())
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &mut Vm, h: &Value, start: usize, mut pos: usize, max: bool) -> Result<(), PyErr> {
    let size = len(h);
    let item = get(h, pos);
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = get(h, parent_pos);
        let lt = less(vm, &item, &parent, max)?;
        check_size(vm, h, size)?;
        if !lt {
            break;
        }
        put(h, pos, parent);
        pos = parent_pos;
    }
    put(h, pos, item);
    Ok(())
}

/// Moves the smaller child up until a leaf, puts the item there, then sifts it down.
fn sift_up(vm: &mut Vm, h: &Value, mut pos: usize, max: bool) -> Result<(), PyErr> {
    let end = len(h);
    let start = pos;
    let item = get(h, pos);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let lt = less(vm, &get(h, child), &get(h, right), max)?;
            check_size(vm, h, end)?;
            if !lt {
                child = right;
            }
        }
        put(h, pos, get(h, child));
        pos = child;
        child = 2 * pos + 1;
    }
    put(h, pos, item);
    sift_down(vm, h, start, pos, max)
}

fn push(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult {
    let h = heap_arg(vm, name, &args, 2)?;
    if let Some(Payload::List(l)) = h.payload() {
        l.borrow_mut().push(args[1].clone());
    }
    let n = len(&h);
    sift_down(vm, &h, 0, n - 1, max)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult {
    let h = heap_arg(vm, name, &args, 1)?;
    let last = match h.payload() {
        Some(Payload::List(l)) => l.borrow_mut().pop(),
        _ => None,
    };
    let Some(last) = last else { return Err(vm.error("IndexError", "index out of range")) };
    if len(&h) == 0 {
        return Ok(last);
    }
    let top = get(&h, 0);
    put(&h, 0, last);
    sift_up(vm, &h, 0, max)?;
    Ok(top)
}

fn replace(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult {
    let h = heap_arg(vm, name, &args, 2)?;
    if len(&h) == 0 {
        return Err(vm.error("IndexError", "index out of range"));
    }
    let top = get(&h, 0);
    put(&h, 0, args[1].clone());
    sift_up(vm, &h, 0, max)?;
    Ok(top)
}

fn pushpop(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult {
    let h = heap_arg(vm, name, &args, 2)?;
    let item = args[1].clone();
    if len(&h) == 0 || !less(vm, &get(&h, 0), &item, max)? {
        return Ok(item);
    }
    let top = get(&h, 0);
    put(&h, 0, item);
    sift_up(vm, &h, 0, max)?;
    Ok(top)
}

fn heapify_impl(vm: &mut Vm, args: Args, name: &str, max: bool) -> PyResult {
    let h = heap_arg(vm, name, &args, 1)?;
    let n = len(&h);
    for i in (0..n / 2).rev() {
        sift_up(vm, &h, i, max)?;
    }
    Ok(Value::None)
}

fn heappush(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    push(vm, args, "heappush", false)
}
fn heappop(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    pop(vm, args, "heappop", false)
}
fn heapreplace(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    replace(vm, args, "heapreplace", false)
}
fn heappushpop(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    pushpop(vm, args, "heappushpop", false)
}
fn heapify(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    heapify_impl(vm, args, "heapify", false)
}
fn heappush_max(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    push(vm, args, "heappush_max", true)
}
fn heappop_max(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    pop(vm, args, "heappop_max", true)
}
fn heapreplace_max(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    replace(vm, args, "heapreplace_max", true)
}
fn heappushpop_max(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    pushpop(vm, args, "heappushpop_max", true)
}
fn heapify_max(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    heapify_impl(vm, args, "heapify_max", true)
}

/// The `_heapq` module.
pub fn make(_vm: &mut Vm) -> Value {
    module(
        "_heapq",
        vec![
            ("heappush", builtin("heappush", heappush)),
            ("heappop", builtin("heappop", heappop)),
            ("heapreplace", builtin("heapreplace", heapreplace)),
            ("heappushpop", builtin("heappushpop", heappushpop)),
            ("heapify", builtin("heapify", heapify)),
            ("heappush_max", builtin("heappush_max", heappush_max)),
            ("heappop_max", builtin("heappop_max", heappop_max)),
            ("heapreplace_max", builtin("heapreplace_max", heapreplace_max)),
            ("heappushpop_max", builtin("heappushpop_max", heappushpop_max)),
            ("heapify_max", builtin("heapify_max", heapify_max)),
        ],
    )
}
