//! The cycle collector: reference counting (the `Rc` inside every `ObjRef`) frees acyclic
//! garbage at once; this finds groups of container objects that only reference each other.
//!
//! Containers (lists, dicts, sets, instances, functions, cells, classes, generators, bound
//! methods, iterators, and tuples holding objects) are registered when created in a table of
//! raw pointers; each object knows its slot (`Object::gc_slot`) and empties it when it is
//! freed, so registration never keeps memory alive. A collection runs CPython's algorithm
//! over one generation: start each object's count at its strong count, subtract one for
//! every reference from another object of the generation, and what keeps a positive count is
//! referenced from outside (the VM's stack, frames, Rust locals, older objects). Everything
//! reachable from those survives; the rest is garbage: the caller runs finalizers, then
//! [`clear`] empties each garbage object, which breaks the cycles and lets reference counting
//! free them.
//!
//! Two generations, as the table's two regions: objects registered since the last
//! collection are young (the slots from `young_start`), survivors of a collection are old.
//! A young collection runs once 2,000 more containers have been made than freed since the
//! last collection (CPython's count) and looks at the young only; a full collection (also
//! `gc.collect()`) runs when the old region has grown by a quarter since the last full one.
//! Both compact their region, so each costs time linear in its region and the total stays
//! linear in the allocation count; freed slots that pile up in the young region between
//! collections are squeezed out as registration goes on.
//!
//! An object whose contents are borrowed at collection time (a collection started while a
//! Rust method holds the borrow) counts as referenced from outside, so it and what it
//! reaches survive that collection.

use super::{Object, Payload};
use crate::value::{ObjRef, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `Object::gc_slot` of an object the collector does not track.
pub const UNTRACKED: u32 = u32::MAX;

/// New containers that start a young collection (CPython's first threshold).
const YOUNG_THRESHOLD: usize = 2000;

/// Freed slots the young region may hold before [`track`] squeezes them out.
const YOUNG_HOLES: usize = 8 * YOUNG_THRESHOLD;

thread_local! {
    /// Registered containers; null where one was freed (compacted by collections).
    static TRACKED: RefCell<Vec<*const Object>> = const { RefCell::new(Vec::new()) };
    /// The first young slot.
    static YOUNG_START: Cell<usize> = const { Cell::new(0) };
    /// Containers registered minus containers freed since the last collection (not below
    /// zero), as CPython counts its young generation: a loop that makes and drops a list
    /// per iteration does not make collections due.
    static YOUNG_COUNT: Cell<usize> = const { Cell::new(0) };
    /// The old region's size after the last full collection.
    static OLD_AFTER_FULL: Cell<usize> = const { Cell::new(0) };
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
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        if t.len() >= UNTRACKED as usize {
            return;
        }
        let count = YOUNG_COUNT.get() + 1;
        YOUNG_COUNT.set(count);
        if count >= YOUNG_THRESHOLD {
            crate::signals::request_break();
        }
        let start = YOUNG_START.get();
        if t.len() - start >= count + YOUNG_HOLES {
            squeeze(&mut t, start);
        }
        o.gc_slot.set(t.len() as u32);
        t.push(Rc::as_ptr(o));
    });
}

/// Moves the live registrations from `start` on down over the freed slots (each object
/// learns its new slot) and drops the freed slots at the end.
fn squeeze(t: &mut Vec<*const Object>, start: usize) {
    let mut w = start;
    for r in start..t.len() {
        let p = t[r];
        if p.is_null() {
            continue;
        }
        t[w] = p;
        // SAFETY: a non-null slot holds a live object: its `Drop` nulls the slot first.
        unsafe { (*p).gc_slot.set(w as u32) };
        w += 1;
    }
    t.truncate(w);
}

/// Forgets a freed object's registration (from `Object`'s `Drop`).
#[inline]
pub fn untrack(slot: u32) {
    let _ = TRACKED.try_with(|t| {
        if let Ok(mut t) = t.try_borrow_mut()
            && let Some(p) = t.get_mut(slot as usize)
        {
            *p = std::ptr::null();
        }
    });
    let _ = YOUNG_COUNT.try_with(|c| c.set(c.get().saturating_sub(1)));
}

/// Which collection is due, if any: `Some(true)` for a full one.
fn due_kind() -> Option<bool> {
    if !due() {
        return None;
    }
    let start = YOUNG_START.with(Cell::get);
    let old = OLD_AFTER_FULL.with(Cell::get);
    Some(start > old + old / 4 + YOUNG_THRESHOLD)
}

/// Has enough been allocated since the last collection to run one now?
#[inline]
pub fn due() -> bool {
    ENABLED.with(Cell::get) && YOUNG_COUNT.get() >= YOUNG_THRESHOLD
}

/// Whether the collection now due should be a full one.
pub fn due_full() -> bool {
    due_kind() == Some(true)
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
    if on {
        crate::signals::request_break();
    }
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    ENABLED.with(Cell::get)
}

/// The number of registered objects still alive (`len(gc.get_objects())`).
pub fn live_count() -> usize {
    TRACKED.with(|t| t.borrow().iter().filter(|p| !p.is_null()).count())
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
        Payload::MemoryView(m) => f(&m.obj),
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
            match i.attrs_if_any().map(RefCell::try_borrow) {
                Some(Ok(d)) => d.iter().for_each(|(k, v)| {
                    f(k);
                    f(v);
                }),
                Some(Err(_)) => return false,
                None => {}
            }
            for c in i.value_cells() {
                match c.try_borrow() {
                    Ok(v) => f(&v),
                    Err(_) => return false,
                }
            }
            match i.slots.try_borrow() {
                Ok(s) => s.iter().for_each(&mut *f),
                Err(_) => return false,
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
            if let Some(d) = i.attrs_if_any()
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
            if let Ok(mut s) = i.slots.try_borrow_mut() {
                dropped.extend(std::mem::take(&mut *s).into_vec());
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

/// Finds the garbage cycles in the young generation (or among all registered objects when
/// `full`): the unreachable objects (the caller finalizes and clears them). Compacts the
/// region looked at; its survivors become old.
pub fn find_garbage(full: bool) -> Vec<ObjRef> {
    let start = if full { 0 } else { YOUNG_START.with(Cell::get) };
    // Compact the region and take a strong reference to each live object in it (so none can
    // go while the counts are worked out).
    YOUNG_COUNT.set(0);
    let live: Vec<ObjRef> = TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        squeeze(&mut t, start);
        t[start..]
            .iter()
            .map(|&p| {
                // SAFETY: `p` came from `Rc::as_ptr` of a live `Rc<Object>`; the count is
                // raised before the new `Rc` owns it.
                unsafe {
                    Rc::increment_strong_count(p);
                    Rc::from_raw(p)
                }
            })
            .collect()
    });
    let index = |r: &ObjRef| -> Option<usize> {
        let slot = r.gc_slot.get();
        if slot == UNTRACKED || (slot as usize) < start {
            return None;
        }
        let i = slot as usize - start;
        (i < live.len()).then_some(i)
    };
    // Strong count minus the reference `live` holds.
    let mut refs: Vec<isize> = live.iter().map(|o| Rc::strong_count(o) as isize - 1).collect();
    for (i, o) in live.iter().enumerate() {
        let complete = for_each_ref(&o.payload, &mut |v| {
            if let Value::Obj(r) = v
                && let Some(j) = index(r)
            {
                refs[j] -= 1;
            }
        });
        if !complete {
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
                && let Some(j) = index(r)
                && !reachable[j]
            {
                reachable[j] = true;
                work.push(j);
            }
        });
    }
    let garbage: Vec<ObjRef> = live.iter().zip(&reachable).filter(|(_, r)| !**r).map(|(o, _)| o.clone()).collect();
    // Survivors (and the garbage, until it is freed) are old now.
    let end = TRACKED.with(|t| t.borrow().len());
    YOUNG_START.with(|c| c.set(end));
    if full {
        OLD_AFTER_FULL.with(|c| c.set(end - garbage.len()));
    }
    drop(live);
    garbage
}
