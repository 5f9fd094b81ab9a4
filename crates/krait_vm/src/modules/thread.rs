//! `_thread`: krait runs one OS thread. Locks count their holds and remember the owning
//! thread ident (`allocate_lock`/`LockType`, `RLock` with the `_is_owned`/`_release_save`/
//! `_acquire_restore` protocol `threading.Condition` uses); a blocking acquire that could
//! only end by another thread's release raises RuntimeError instead of hanging, and one with
//! a timeout returns False. Starting a thread (`start_new_thread`, `start_joinable_thread`)
//! runs its function to completion at once, under a fresh ident that `get_ident` reports
//! while it runs, so `threading.Thread.start()` followed by `join()` behaves as a finished
//! thread; `_ThreadHandle` records that it is done. Also `stack_size`,
//! `daemon_threads_allowed` and the main-thread queries `threading` imports. `_local` is a
//! plain class: its attributes are not kept per thread (a started function sees the
//! starter's values). (`_threading_local`, the pure-Python fallback, cannot be imported
//! while `threading` is.)

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::Value;
use std::cell::RefCell;

/// The ident of the main thread.
const MAIN_IDENT: i64 = 1;

/// Which thread runs now (the innermost started function's ident) and the next free ident.
struct Threads {
    running: Vec<i64>,
    next: i64,
}

thread_local! {
    static MODULE: RefCell<Option<Value>> = const { RefCell::new(None) };
    static THREADS: RefCell<Threads> = const { RefCell::new(Threads { running: Vec::new(), next: MAIN_IDENT + 1 }) };
}

fn current_ident() -> i64 {
    THREADS.with(|t| t.borrow().running.last().copied().unwrap_or(MAIN_IDENT))
}

/// A lock's state: how many times it is held (a plain lock at most once) and by whom.
struct Lock {
    count: u64,
    owner: i64,
    reentrant: bool,
}

fn new_lock(vm: &mut Vm, args: Args, reentrant: bool) -> PyResult {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("lock.__new__(X): X is not a type object"));
    };
    Ok(native::wrap(&cls, Lock { count: 0, owner: 0, reentrant }))
}

fn lock_new(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    new_lock(vm, args, false)
}

fn rlock_new(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    new_lock(vm, args, true)
}

fn this(vm: &Vm, args: &[Value], what: &str) -> Result<Value, PyErr> {
    args.first().cloned().ok_or_else(|| vm.type_error(format!("{what}() needs self")))
}

fn acquire(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let me = this(vm, &args, "acquire")?;
    let p = super::util::bind(vm, "acquire", &args[1..], &kwargs, &["blocking", "timeout"], 0)?;
    let blocking = super::util::bool_arg(vm, &p[0], true)?;
    let timeout = match &p[1] {
        Some(t) => super::util::float_arg(vm, t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.error("ValueError", "can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.error("ValueError", "timeout value must be a non-negative number"));
    }
    let ident = current_ident();
    let got = native::with_state::<Lock, _>(&me, |l| {
        if l.count == 0 || (l.reentrant && l.owner == ident) {
            l.count += 1;
            l.owner = ident;
            true
        } else {
            false
        }
    })
    .unwrap_or(false);
    if !got && blocking && timeout == -1.0 {
        // One thread: no one else could ever release it.
        return Err(vm.error("RuntimeError", "deadlock: lock already held by this thread"));
    }
    Ok(Value::Bool(got))
}

fn release(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = this(vm, &args, "release")?;
    let ident = current_ident();
    let outcome = native::with_state::<Lock, _>(&me, |l| {
        if l.count == 0 || (l.reentrant && l.owner != ident) {
            Err(l.reentrant)
        } else {
            l.count -= 1;
            Ok(())
        }
    });
    match outcome {
        Some(Err(true)) => Err(vm.error("RuntimeError", "cannot release un-acquired lock")),
        Some(Err(false)) => Err(vm.error("RuntimeError", "release unlocked lock")),
        _ => Ok(Value::None),
    }
}

fn locked(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = this(vm, &args, "locked")?;
    Ok(Value::Bool(native::with_state::<Lock, _>(&me, |l| l.count > 0).unwrap_or(false)))
}

fn exit(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    release(vm, args.into_iter().take(1).collect(), Vec::new())?;
    Ok(Value::Bool(false))
}

fn at_fork_reinit(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = this(vm, &args, "_at_fork_reinit")?;
    native::with_state::<Lock, _>(&me, |l| l.count = 0);
    Ok(Value::None)
}

fn is_owned(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = this(vm, &args, "_is_owned")?;
    let ident = current_ident();
    Ok(Value::Bool(native::with_state::<Lock, _>(&me, |l| l.count > 0 && l.owner == ident).unwrap_or(false)))
}

fn recursion_count(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = this(vm, &args, "_recursion_count")?;
    let ident = current_ident();
    let n = native::with_state::<Lock, _>(&me, |l| if l.owner == ident { l.count } else { 0 }).unwrap_or(0);
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

/// `RLock._release_save()`: releases every hold, returning `(count, owner)`.
fn release_save(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = this(vm, &args, "_release_save")?;
    let saved = native::with_state::<Lock, _>(&me, |l| {
        if l.count == 0 {
            return None;
        }
        let s = (l.count, l.owner);
        l.count = 0;
        Some(s)
    })
    .flatten();
    let Some((count, owner)) = saved else { return Err(vm.error("RuntimeError", "cannot release un-acquired lock")) };
    Ok(crate::interp::call::new_tuple([Value::Int(i64::try_from(count).unwrap_or(i64::MAX)), Value::Int(owner)]))
}

/// `RLock._acquire_restore((count, owner))`.
fn acquire_restore(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = this(vm, &args, "_acquire_restore")?;
    let state = args.get(1).cloned().unwrap_or(Value::None);
    let items = vm.seq_items(&state)?;
    let [count, owner] = items.as_slice() else { return Err(vm.type_error("_acquire_restore() argument must be a 2-tuple")) };
    let count = super::util::index_i64(vm, count)?;
    let owner = super::util::index_i64(vm, owner)?;
    let free = native::with_state::<Lock, _>(&me, |l| {
        if l.count != 0 && l.owner != owner {
            return false;
        }
        l.count = u64::try_from(count).unwrap_or(0);
        l.owner = owner;
        true
    })
    .unwrap_or(true);
    if !free {
        return Err(vm.error("RuntimeError", "deadlock: lock already held by this thread"));
    }
    Ok(Value::None)
}

fn get_ident(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(current_ident()))
}

fn main_ident(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(MAIN_IDENT))
}

fn count(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(THREADS.with(|t| t.borrow().running.len() as i64)))
}

fn always_true(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(true))
}

fn nothing(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn stack_size(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "stack_size", &args, &kwargs, 0, 1)?;
    if let Some(size) = args.first() {
        let n = super::util::index_i64(vm, size)?;
        if n != 0 && n < 32768 {
            return Err(vm.error("ValueError", "size not valid: 32768 bytes minimum"));
        }
    }
    Ok(Value::Int(0))
}

/// Runs `func(*args, **kwargs)` as a thread that starts and ends now: under a fresh ident;
/// an exception it lets out is reported as CPython reports one ending a thread (SystemExit
/// silently ends it).
fn run_thread(vm: &mut Vm, func: Value, args: Vec<Value>, kwargs: Vec<(String, Value)>) -> i64 {
    let ident = THREADS.with(|t| {
        let mut t = t.borrow_mut();
        let id = t.next;
        t.next += 1;
        t.running.push(id);
        id
    });
    let r = vm.call(func.clone(), args, kwargs);
    THREADS.with(|t| t.borrow_mut().running.pop());
    if let Err(e) = r
        && !vm.is_instance_of(&e.0, "SystemExit")
    {
        let what = vm.repr(&func).unwrap_or_default();
        let text = vm.format_exception(&e.0);
        vm.flush();
        vm.err_out.extend_from_slice(format!("Exception ignored in thread started by {what}:\n{text}").as_bytes());
    }
    ident
}

fn start_new_thread(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "start_new_thread", &args, &kwargs, 2, 3)?;
    let func = args[0].clone();
    if !super::util::is_callable(&func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !matches!(args[1].payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let fargs = vm.seq_items(&args[1])?;
    let mut fkwargs = Vec::new();
    if let Some(kw) = args.get(2) {
        let Some(Payload::Dict(d)) = kw.payload() else { return Err(vm.type_error("optional 3rd arg must be a dictionary")) };
        let items: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            fkwargs.push((vm.to_str(&k)?, v));
        }
    }
    Ok(Value::Int(run_thread(vm, func, fargs, fkwargs)))
}

/// A thread handle's state: the thread's ident and whether it has finished.
struct Handle {
    ident: i64,
    done: bool,
}

fn handle_type(vm: &mut Vm) -> Result<Value, PyErr> {
    let m = make(vm);
    vm.getattr(&m, "_ThreadHandle")
}

fn new_handle(vm: &mut Vm, ident: i64, done: bool) -> PyResult {
    let Value::Obj(ty) = handle_type(vm)? else { return Err(vm.type_error("no _ThreadHandle type")) };
    Ok(native::wrap(&ty, Handle { ident, done }))
}

fn handle_new(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("_ThreadHandle.__new__(X): X is not a type object"));
    };
    Ok(native::wrap(&cls, Handle { ident: 0, done: false }))
}

fn start_joinable_thread(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = super::util::bind(vm, "start_joinable_thread", &args, &kwargs, &["function", "handle", "daemon"], 1)?;
    let func = p[0].clone().unwrap_or(Value::None);
    if !super::util::is_callable(&func) {
        return Err(vm.type_error("thread function must be callable"));
    }
    let handle = match &p[1] {
        Some(h) if !matches!(h, Value::None) => h.clone(),
        _ => new_handle(vm, 0, false)?,
    };
    let next = THREADS.with(|t| t.borrow().next);
    native::with_state::<Handle, _>(&handle, |h| h.ident = next).ok_or_else(|| vm.type_error("'handle' must be a _ThreadHandle"))?;
    run_thread(vm, func, Vec::new(), Vec::new());
    native::with_state::<Handle, _>(&handle, |h| h.done = true);
    Ok(handle)
}

fn make_thread_handle(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_make_thread_handle", &args, &kwargs)?;
    let ident = super::util::index_i64(vm, &args[0])?;
    new_handle(vm, ident, false)
}

fn handle_state<R>(vm: &Vm, args: &[Value], f: impl FnOnce(&mut Handle) -> R) -> Result<R, PyErr> {
    args.first().and_then(|h| native::with_state::<Handle, _>(h, f)).ok_or_else(|| vm.type_error("descriptor requires a '_thread._ThreadHandle' object"))
}

fn handle_ident(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(handle_state(vm, &args, |h| h.ident)?))
}

fn handle_is_done(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(handle_state(vm, &args, |h| h.done)?))
}

fn handle_set_done(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    handle_state(vm, &args, |h| h.done = true)?;
    Ok(Value::None)
}

fn handle_join(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = super::util::bind(vm, "join", args.get(1..).unwrap_or(&[]), &kwargs, &["timeout"], 0)?;
    let (done, ident) = handle_state(vm, &args, |h| (h.done, h.ident))?;
    if !done && ident == current_ident() {
        return Err(vm.error("RuntimeError", "Cannot join current thread"));
    }
    if !done && p[0].as_ref().is_none_or(|t| matches!(t, Value::None)) {
        return Err(vm.error("RuntimeError", "deadlock: joining a thread that can never finish"));
    }
    Ok(Value::None)
}

fn handle_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let ident = handle_state(vm, &args, |h| h.ident)?;
    let id = args.first().map_or(0, Value::id);
    Ok(Value::str(format!("<_thread._ThreadHandle object: ident={ident} at {id:#x}>")))
}

fn allocate_lock(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    let m = make(vm);
    let ty = vm.getattr(&m, "LockType")?;
    vm.call(ty, vec![], vec![])
}

/// The `_thread` module (created once per VM: its classes must stay the same objects).
pub fn make(vm: &mut Vm) -> Value {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        return m;
    }
    let object = vm.types.object.clone();
    let mut methods: Vec<(&'static str, BuiltinFn)> = vec![
        ("acquire", acquire),
        ("release", release),
        ("locked", locked),
        ("__enter__", acquire),
        ("__exit__", exit),
        ("acquire_lock", acquire),
        ("release_lock", release),
        ("locked_lock", locked),
        ("_at_fork_reinit", at_fork_reinit),
    ];
    let lock = native::new_type("lock", "_thread", &object, &methods, &[], Some(lock_new));
    methods.truncate(5);
    methods.extend([
        ("_at_fork_reinit", at_fork_reinit as BuiltinFn),
        ("_is_owned", is_owned),
        ("_recursion_count", recursion_count),
        ("_release_save", release_save),
        ("_acquire_restore", acquire_restore),
    ]);
    let rlock = native::new_type("RLock", "_thread", &object, &methods, &[], Some(rlock_new));
    let handle_methods: &[(&'static str, BuiltinFn)] =
        &[("is_done", handle_is_done), ("_set_done", handle_set_done), ("join", handle_join), ("__repr__", handle_repr)];
    let handle = native::new_type("_ThreadHandle", "_thread", &object, handle_methods, &[], Some(handle_new));
    if let Payload::Type(t) = &handle.payload {
        let fget = builtin("ident", handle_ident);
        t.dict_mut().set_str("ident", Value::new_obj(Payload::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None }));
    }
    let local = crate::interp::types::new_class("_local", vec![object], None).map(Value::Obj).unwrap_or(Value::None);
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_ident),
        ("_get_main_thread_ident", main_ident),
        ("_is_main_interpreter", always_true),
        ("daemon_threads_allowed", always_true),
        ("_shutdown", nothing),
        ("_count", count),
        ("stack_size", stack_size),
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("start_joinable_thread", start_joinable_thread),
        ("_make_thread_handle", make_thread_handle),
    ];
    let mut items: Vec<(&'static str, Value)> = vec![
        ("LockType", Value::Obj(lock.clone())),
        ("lock", Value::Obj(lock)),
        ("RLock", Value::Obj(rlock)),
        ("_ThreadHandle", Value::Obj(handle)),
        ("error", Value::Obj(vm.types.exception("RuntimeError"))),
        ("TIMEOUT_MAX", Value::Float(9_223_372_036.0)),
        ("_local", local),
    ];
    for (n, f) in fns {
        items.push((n, builtin(n, *f)));
    }
    let m = module("_thread", items);
    MODULE.with(|c| *c.borrow_mut() = Some(m.clone()));
    m
}
