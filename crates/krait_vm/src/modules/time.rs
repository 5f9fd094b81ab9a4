//! `time`: the clocks (time, time_ns, perf_counter, monotonic, process_time and their _ns
//! forms), sleep, and (in `time_struct.rs`) struct_time, gmtime, localtime, mktime and
//! strftime in the UTC zone.

use super::util::{exactly_one, float_arg};
use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::int::from_big;
use crate::value::Value;
use num_bigint::BigInt;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn no_args(vm: &Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Result<(), crate::interp::PyErr> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

/// The current Unix time in whole seconds.
pub fn now_secs() -> i64 {
    (wall_ns().div_euclid(1_000_000_000)) as i64
}

fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn mono_ns() -> i128 {
    static START: OnceLock<Instant> = OnceLock::new();
    let start = START.get_or_init(Instant::now);
    // Offset so the clock does not start at zero (like CPython's, an arbitrary origin).
    start.elapsed().as_nanos() as i128 + 1_000_000_000
}

fn cpu_ns() -> i128 {
    let mut ts = [0i64; 2];
    // CLOCK_PROCESS_CPUTIME_ID is 2 on Linux.
    unsafe extern "C" {
        fn clock_gettime(clk: i32, ts: *mut i64) -> i32;
    }
    // SAFETY: `ts` is a writable timespec-sized buffer (two 64-bit fields on 64-bit Linux).
    let rc = unsafe { clock_gettime(2, ts.as_mut_ptr()) };
    if rc != 0 {
        return mono_ns();
    }
    i128::from(ts[0]) * 1_000_000_000 + i128::from(ts[1])
}

fn ns_value(n: i128) -> Value {
    from_big(BigInt::from(n))
}

macro_rules! clocks {
    ($($f:ident, $fns:ident, $name:literal, $src:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
                no_args(vm, $name, &args, &kwargs)?;
                Ok(Value::Float($src() as f64 / 1e9))
            }
            fn $fns(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
                no_args(vm, concat!($name, "_ns"), &args, &kwargs)?;
                Ok(ns_value($src()))
            }
        )*
    };
}

clocks! {
    time, time_ns, "time", wall_ns;
    perf_counter, perf_counter_ns, "perf_counter", mono_ns;
    monotonic, monotonic_ns, "monotonic", mono_ns;
    process_time, process_time_ns, "process_time", cpu_ns;
}

fn sleep(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    exactly_one(vm, "time.sleep", &args, &kwargs)?;
    let s = float_arg(vm, &args[0])?;
    if s.is_nan() {
        return Err(vm.error("ValueError", "Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.error("ValueError", "sleep length must be non-negative"));
    }
    vm.flush();
    if crate::signals::sleep(std::time::Duration::from_secs_f64(s.min(1e9))) {
        return Err(vm.keyboard_interrupt());
    }
    Ok(Value::None)
}

pub fn make(vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("gmtime", super::time_struct::gmtime),
        ("localtime", super::time_struct::gmtime),
        ("mktime", super::time_struct::mktime),
        ("strftime", super::time_struct::strftime),
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("sleep", sleep),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    if let Ok(st) = super::time_struct::struct_time_class(vm) {
        items.push(("struct_time", Value::Obj(st)));
    }
    items.push(("timezone", Value::Int(0)));
    items.push(("altzone", Value::Int(0)));
    items.push(("daylight", Value::Int(0)));
    items.push(("tzname", crate::interp::call::new_tuple([Value::str("UTC"), Value::str("UTC")])));
    module("time", items)
}
