//! The cycle collector: reference counting (the `Rc` inside every `ObjRef`) frees acyclic
//! garbage at once; this finds groups of container objects that only reference each other.
//!
//! Containers (lists, dicts, sets, instances, functions, cells, classes, generators, bound
//! methods, iterators, and tuples holding objects) are registered when created, as weak
//! pointers. A collection runs CPython's algorithm over the live ones: start each object's
//! count at its strong count, subtract one for every reference from another registered
//! object, and what keeps a positive count is referenced from outside (the VM's stack,
//! frames, Rust locals). Everything reachable from those survives; the rest is garbage:
//! the caller runs finalizers, then [`clear`] empties each garbage object, which breaks the
//! cycles and lets reference counting free them.
//!
//! An object whose contents are borrowed at collection time (a collection started while a
//! Rust method holds the borrow) counts as referenced from outside, so it and what it
//! reaches survive that collection.

use super::{Object, Payload};
use crate::value::{ObjRef, Value};
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

thread_local! {
    static TRACKED: RefCell<Vec<Weak<Object>>> = const { RefCell::new(Vec::new()) };
    static SINCE_LAST: Cell<usize> = const { Cell::new(0) };
    static THRESHOLD: Cell<usize> = const { Cell::new(10_000) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

/// Does an object with this payload take part in cycle collection?
pub fn is_container(p: &Payload) -> bool {
    match p {
        Payload::Tuple(items) => items.iter().any(|v| matches!(v, Value::Obj(o) if !matches!(o.payload, Payload::Str(_) | Payload::BigInt(_)))),
        Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::Instance(_)
        | Payload::Function(_)
        | Payload::Cell(_)
        | Payload::Type(_)
        | Payload::Generator(_)
        | Payload::BoundMethod { .. }
        | Payload::Iter(_)
        | Payload::Property { .. }
        | Payload::StaticMethod(_)
        | Payload::ClassMethod(_) => true,
        _ => false,
    }
}

/// Registers a new container object.
pub fn track(o: &ObjRef) {
    TRACKED.with(|t| t.borrow_mut().push(Rc::downgrade(o)));
    SINCE_LAST.with(|c| c.set(c.get() + 1));
}

/// Has enough been allocated since the last collection to run one now?
pub fn due() -> bool {
    ENABLED.with(Cell::get) && SINCE_LAST.with(Cell::get) >= THRESHOLD.with(Cell::get)
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    ENABLED.with(Cell::get)
}

/// The number of registered objects still alive (`len(gc.get_objects())`).
pub fn live_count() -> usize {
    TRACKED.with(|t| t.borrow().iter().filter(|w| w.strong_count() > 0).count())
}

/// Calls `f` on every value `p` holds a reference to. False when some contents were
/// borrowed and could not be visited.
pub fn for_each_ref(p: &Payload, f: &mut dyn FnMut(&Value)) -> bool {
    match p {
        Payload::Tuple(items) => items.iter().for_each(f),
        Payload::List(l) => match l.try_borrow() {
            Ok(l) => l.iter().for_each(f),
            Err(_) => return false,
        },
        Payload::MemoryView(v) => f(v),
        Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => match d.try_borrow() {
            Ok(d) => d.iter().for_each(|(k, v)| {
                f(k);
                f(v);
            }),
            Err(_) => return false,
        },
        Payload::Instance(i) => {
            f(&Value::Obj(i.class_obj()));
            // The instance dict belongs to the instance: its contents count as the
            // instance's references.
            match i.attrs().try_borrow() {
                Ok(d) => d.iter().for_each(|(k, v)| {
                    f(k);
                    f(v);
                }),
                Err(_) => return false,
            }
            for c in i.value_cells() {
                match c.try_borrow() {
                    Ok(v) => f(&v),
                    Err(_) => return false,
                }
            }
        }
        Payload::Function(func) => {
            f(&func.globals);
            for c in [&func.defaults, &func.kwdefaults, &func.closure, &func.dict, &func.annotate, &func.annotations] {
                match c.try_borrow() {
                    Ok(v) => {
                        if let Some(v) = v.as_ref() {
                            f(v)
                        }
                    }
                    Err(_) => return false,
                }
            }
        }
        Payload::Cell(c) => match c.try_borrow() {
            Ok(v) => f(&v),
            Err(_) => return false,
        },
        Payload::Type(t) => {
            match (t.dict.try_borrow(), t.bases.try_borrow(), t.mro.try_borrow(), t.meta.try_borrow()) {
                (Ok(d), Ok(b), Ok(m), Ok(meta)) => {
                    d.iter().for_each(|(k, v)| {
                        f(k);
                        f(v);
                    });
                    b.iter().chain(m.iter()).chain(meta.iter()).for_each(|c| f(&Value::Obj(c.clone())));
                }
                _ => return false,
            }
        }
        Payload::Generator(g) => match g.try_borrow() {
            Ok(g) => {
                g.saved.iter().for_each(&mut *f);
                if let Some(fr) = &g.frame {
                    f(&fr.globals);
                    if let Some(l) = &fr.locals {
                        f(l);
                    }
                    if let Some(func) = &fr.func {
                        f(func);
                    }
                }
            }
            Err(_) => return false,
        },
        Payload::BoundMethod { receiver, func } => {
            f(receiver);
            f(func);
        }
        Payload::Iter(it) => match it.try_borrow() {
            Ok(it) => it.for_each_value(f),
            Err(_) => return false,
        },
        Payload::Property { fget, fset, fdel, doc } => [fget, fset, fdel, doc].into_iter().for_each(f),
        Payload::StaticMethod(v) | Payload::ClassMethod(v) => f(v),
        _ => {}
    }
    true
}

/// Empties a garbage object so that the cycles through it break.
pub fn clear(p: &Payload) {
    // Each cleared value is dropped after its borrow ends: dropping may free other objects.
    let mut dropped: Vec<Value> = Vec::new();
    match p {
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                dropped.extend(l.drain(..));
            }
        }
        Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                let old = std::mem::take(&mut *d);
                drop(d);
                drop(old);
            }
        }
        Payload::Instance(i) => {
            if let Payload::Dict(d) = &i.dict.payload
                && let Ok(mut d) = d.try_borrow_mut()
            {
                let old = std::mem::take(&mut *d);
                drop(d);
                drop(old);
            }
            for c in i.value_cells() {
                if let Ok(mut v) = c.try_borrow_mut() {
                    dropped.push(std::mem::take(&mut *v));
                }
            }
        }
        Payload::Function(func) => {
            for c in [&func.defaults, &func.kwdefaults, &func.closure, &func.dict, &func.annotate, &func.annotations] {
                if let Ok(mut v) = c.try_borrow_mut()
                    && let Some(v) = v.take()
                {
                    dropped.push(v);
                }
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut v) = c.try_borrow_mut() {
                dropped.push(std::mem::take(&mut *v));
            }
        }
        Payload::Type(t) => {
            if let Ok(mut d) = t.dict.try_borrow_mut() {
                let old = std::mem::take(&mut *d);
                drop(d);
                drop(old);
            }
        }
        Payload::Generator(g) => {
            if let Ok(mut g) = g.try_borrow_mut() {
                dropped.append(&mut g.saved);
                let frame = g.frame.take();
                drop(g);
                drop(frame);
            }
        }
        Payload::Iter(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                let old = std::mem::replace(&mut *it, crate::objects::iter::IterState::Values { items: Vec::new(), pos: 0, kind: 0 });
                drop(it);
                drop(old);
            }
        }
        _ => {}
    }
    drop(dropped);
}

/// Finds the garbage cycles among the registered objects: the unreachable objects (the
/// caller finalizes and clears them). Also forgets registrations of freed objects.
pub fn find_garbage() -> Vec<ObjRef> {
    SINCE_LAST.with(|c| c.set(0));
    let live: Vec<ObjRef> = TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        t.retain(|w| w.strong_count() > 0);
        t.iter().filter_map(Weak::upgrade).collect()
    });
    let index: FxHashMap<*const Object, usize> = live.iter().enumerate().map(|(i, o)| (Rc::as_ptr(o), i)).collect();
    // Strong count minus the upgrade we hold.
    let mut refs: Vec<isize> = live.iter().map(|o| Rc::strong_count(o) as isize - 1).collect();
    for o in &live {
        let complete = for_each_ref(&o.payload, &mut |v| {
            if let Value::Obj(r) = v
                && let Some(&j) = index.get(&Rc::as_ptr(r))
            {
                refs[j] -= 1;
            }
        });
        if !complete && let Some(&i) = index.get(&Rc::as_ptr(o)) {
            refs[i] = isize::MAX / 2;
        }
    }
    // Everything reachable from an object referenced from outside survives. (The temporary
    // clones `for_each_ref` makes, such as `Value::Obj(class.clone())`, come after the
    // strong counts were read, so they do not disturb them.)
    let mut reachable = vec![false; live.len()];
    let mut work: Vec<usize> = (0..live.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        for_each_ref(&live[i].payload, &mut |v| {
            if let Value::Obj(r) = v
                && let Some(&j) = index.get(&Rc::as_ptr(r))
                && !reachable[j]
            {
                reachable[j] = true;
                work.push(j);
            }
        });
    }
    let garbage: Vec<ObjRef> = live.iter().zip(&reachable).filter(|(_, r)| !**r).map(|(o, _)| o.clone()).collect();
    // The next collection waits until as many new containers as survived (at least 10,000):
    // collections stay linear in the allocation count.
    let survivors = live.len() - garbage.len();
    THRESHOLD.with(|t| t.set(survivors.max(10_000)));
    garbage
}
