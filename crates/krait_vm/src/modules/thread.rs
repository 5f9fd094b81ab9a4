//! `_thread`: krait runs one thread, so locks only need to count: `allocate_lock`/`LockType`
//! and `RLock` (acquire, release, locked, context manager), `get_ident`, `_local`, and
//! `start_new_thread` refusing with RuntimeError.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyResult, Vm};
use crate::objects::native;
use crate::value::Value;

/// A lock's state: how many times it is held (a plain lock at most once).
struct Lock {
    count: u32,
    reentrant: bool,
}

fn new_lock(vm: &mut Vm, args: Args, reentrant: bool) -> PyResult {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("lock.__new__(X): X is not a type object"));
    };
    Ok(native::wrap(&cls, Lock { count: 0, reentrant }))
}

fn lock_new(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    new_lock(vm, args, false)
}

fn rlock_new(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    new_lock(vm, args, true)
}

fn acquire(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("acquire() needs self")) };
    let blocking = kwargs.iter().find(|(k, _)| k == "blocking").map(|(_, v)| v.clone()).or_else(|| args.get(1).cloned());
    let blocking = match blocking {
        Some(b) => vm.truthy(&b)?,
        None => true,
    };
    let got = native::with_state::<Lock, _>(this, |l| {
        if l.count == 0 || l.reentrant {
            l.count += 1;
            true
        } else {
            false
        }
    })
    .unwrap_or(false);
    if !got && blocking {
        // One thread: waiting for ourselves would never end.
        return Err(vm.error("RuntimeError", "deadlock: lock already held by this thread"));
    }
    Ok(Value::Bool(got))
}

fn release(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("release() needs self")) };
    let ok = native::with_state::<Lock, _>(this, |l| {
        if l.count == 0 {
            false
        } else {
            l.count -= 1;
            true
        }
    })
    .unwrap_or(false);
    if !ok {
        return Err(vm.error("RuntimeError", "release unlocked lock"));
    }
    Ok(Value::None)
}

fn locked(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("locked() needs self")) };
    Ok(Value::Bool(native::with_state::<Lock, _>(this, |l| l.count > 0).unwrap_or(false)))
}

fn exit(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    release(vm, args.into_iter().take(1).collect(), Vec::new())?;
    Ok(Value::Bool(false))
}

fn get_ident(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(1))
}

fn count(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(0))
}

fn start_new_thread(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Err(vm.error("RuntimeError", "can't start new thread: krait runs a single thread"))
}

fn allocate_lock(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    let m = crate::modules::builtin_module(vm, "_thread").unwrap_or(Value::None);
    let ty = vm.getattr(&m, "LockType")?;
    vm.call(ty, vec![], vec![])
}

/// The `_thread` module (created once per VM: its classes must stay the same objects).
pub fn make(vm: &mut Vm) -> Value {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        return m;
    }
    let object = vm.types.object.clone();
    let methods: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("acquire", acquire),
        ("release", release),
        ("locked", locked),
        ("__enter__", acquire),
        ("__exit__", exit),
        ("acquire_lock", acquire),
        ("release_lock", release),
    ];
    let lock = native::new_type("lock", "_thread", &object, methods, &[], Some(lock_new));
    let rlock = native::new_type("RLock", "_thread", &object, methods, &[], Some(rlock_new));
    let local = crate::interp::types::new_class("_local", vec![object], None).map(Value::Obj).unwrap_or(Value::None);
    let m = module(
        "_thread",
        vec![
            ("LockType", Value::Obj(lock.clone())),
            ("lock", Value::Obj(lock)),
            ("RLock", Value::Obj(rlock)),
            ("allocate_lock", builtin("allocate_lock", allocate_lock)),
            ("allocate", builtin("allocate", allocate_lock)),
            ("get_ident", builtin("get_ident", get_ident)),
            ("get_native_id", builtin("get_native_id", get_ident)),
            ("_count", builtin("_count", count)),
            ("start_new_thread", builtin("start_new_thread", start_new_thread)),
            ("start_new", builtin("start_new", start_new_thread)),
            ("error", Value::Obj(vm.types.exception("RuntimeError"))),
            ("TIMEOUT_MAX", Value::Float(9_223_372_036.0)),
            ("_local", local),
        ],
    );
    MODULE.with(|c| *c.borrow_mut() = Some(m.clone()));
    m
}

thread_local! {
    static MODULE: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}
