//! `time.struct_time` (a tuple subclass of nine visible fields, with `tm_zone` and
//! `tm_gmtoff` beside them) and the calendar functions over it: `gmtime`, `localtime` (the
//! local zone is UTC, as the oracle's), `mktime` and `strftime` (C-locale names).

use super::Args;
use super::Kwargs;
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::types::InstanceObj;
use crate::value::{ObjRef, Value};

const FIELDS: [&str; 11] =
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];
const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

thread_local! {
    static STRUCT_TIME: std::cell::RefCell<Option<ObjRef>> = const { std::cell::RefCell::new(None) };
}

/// The `struct_time` class (made once per thread).
pub fn struct_time_class(vm: &Vm) -> Result<ObjRef, PyErr> {
    if let Some(c) = STRUCT_TIME.with(|s| s.borrow().clone()) {
        return Ok(c);
    }
    let class = crate::interp::types::new_class("struct_time", vec![vm.types.tuple.clone()], None).map_err(|m| vm.type_error(m))?;
    if let Payload::Type(t) = &class.payload {
        let mut d = t.dict_mut();
        d.set_str("__module__", Value::str("time"));
        d.set_str("__new__", Value::new_obj(Payload::StaticMethod(builtin("__new__", struct_new))));
        d.set_str("__repr__", builtin("__repr__", struct_repr));
        d.set_str("n_sequence_fields", Value::Int(9));
        d.set_str("n_fields", Value::Int(11));
        d.set_str("n_unnamed_fields", Value::Int(0));
        for (i, name) in FIELDS.iter().enumerate() {
            let fget = builtin(name, FIELD_GETTERS[i]);
            d.set_str(name, Value::new_obj(Payload::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
    }
    crate::objects::types::refresh_overrides(&class);
    STRUCT_TIME.with(|s| *s.borrow_mut() = Some(class.clone()));
    Ok(class)
}

/// A struct_time of nine values plus zone and offset.
fn make_struct(vm: &Vm, values: Vec<Value>, zone: Value, gmtoff: Value) -> PyResult {
    let class = struct_time_class(vm)?;
    let inst = InstanceObj::new(class);
    *inst.native.borrow_mut() = crate::interp::call::new_tuple(values);
    *inst.slots.borrow_mut() = Box::new([zone, gmtoff]);
    Ok(Value::new_obj(Payload::Instance(inst)))
}

fn struct_new(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let seq = args.get(1).cloned().unwrap_or(Value::None);
    let items = vm.seq_items(&seq).map_err(|_| vm.type_error("constructor requires a sequence"))?;
    if !(9..=11).contains(&items.len()) {
        let what = if items.len() < 9 { "at least" } else { "at most" };
        let n = if items.len() < 9 { 9 } else { 11 };
        return Err(vm.type_error(format!("time.struct_time() takes an {what} {n}-sequence ({}-sequence given)", items.len())));
    }
    let zone = items.get(9).cloned().unwrap_or(Value::None);
    let off = items.get(10).cloned().unwrap_or(Value::None);
    make_struct(vm, items[..9].to_vec(), zone, off)
}

/// The field `i` of a struct_time.
fn field(vm: &Vm, v: &Value, i: usize) -> PyResult {
    let Some(Payload::Instance(inst)) = v.payload() else { return Err(vm.type_error("struct_time expected")) };
    if i < 9 {
        return match inst.native.borrow().payload() {
            Some(Payload::Tuple(t)) => Ok(t.get(i).cloned().unwrap_or(Value::None)),
            _ => Ok(Value::None),
        };
    }
    Ok(inst.slots.borrow().get(i - 9).cloned().unwrap_or(Value::None))
}

macro_rules! getters {
    ($($name:ident = $i:expr),*) => {
        $(fn $name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
            field(vm, args.first().unwrap_or(&Value::None), $i)
        })*
        const FIELD_GETTERS: [crate::objects::function::BuiltinFn; 11] = [$($name),*];
    };
}
getters!(g0 = 0, g1 = 1, g2 = 2, g3 = 3, g4 = 4, g5 = 5, g6 = 6, g7 = 7, g8 = 8, g9 = 9, g10 = 10);

fn struct_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    let mut parts = Vec::new();
    for (i, name) in FIELDS.iter().take(9).enumerate() {
        let f = field(vm, &v, i)?;
        parts.push(format!("{name}={}", vm.repr(&f)?));
    }
    Ok(Value::str(format!("time.struct_time({})", parts.join(", "))))
}

/// Days since 1970-01-01 to (year, month, day) (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) to days since 1970-01-01.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn day_of_year(y: i64, m: i64, d: i64) -> i64 {
    days_from_civil(y, m, d) - days_from_civil(y, 1, 1) + 1
}

/// `gmtime(secs)` as struct_time values.
fn utc_struct(vm: &Vm, secs: i64) -> PyResult {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7);
    let vals = [y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, wday, day_of_year(y, m, d), 0];
    make_struct(vm, vals.iter().map(|v| Value::Int(*v)).collect(), Value::str("UTC"), Value::Int(0))
}

fn secs_arg(vm: &mut Vm, args: &[Value]) -> Result<i64, PyErr> {
    match args.first() {
        None | Some(Value::None) => Ok(super::time::now_secs()),
        Some(v) => {
            let f = super::util::float_arg(vm, v)?;
            if !f.is_finite() {
                return Err(vm.error(if f.is_nan() { "ValueError" } else { "OverflowError" }, "timestamp out of range for platform time_t"));
            }
            Ok(f.floor() as i64)
        }
    }
}

pub fn gmtime(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = secs_arg(vm, &args)?;
    utc_struct(vm, s)
}

/// The nine integer fields of a struct_time or a 9-tuple.
fn fields_of(vm: &mut Vm, t: &Value) -> Result<[i64; 9], PyErr> {
    let items = vm.seq_items(t)?;
    if items.len() < 9 {
        return Err(vm.type_error(format!("time.struct_time() takes an at least 9-sequence ({}-sequence given)", items.len())));
    }
    let mut out = [0i64; 9];
    for (slot, v) in out.iter_mut().zip(&items) {
        *slot = crate::builtins::methods::index_value(vm, v)?;
    }
    Ok(out)
}

pub fn mktime(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = args.first().cloned().unwrap_or(Value::None);
    let f = fields_of(vm, &t)?;
    let days = days_from_civil(f[0], f[1], 1) + f[2] - 1;
    Ok(Value::Float((days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5]) as f64))
}

pub fn strftime(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(fmt) = args.first().and_then(|f| f.as_str()).map(str::to_string) else {
        return Err(vm.type_error("strftime() argument 1 must be str"));
    };
    let f = match args.get(1) {
        Some(t) => fields_of(vm, t)?,
        None => {
            let now = utc_struct(vm, super::time::now_secs())?;
            fields_of(vm, &now)?
        }
    };
    if !(1..=12).contains(&f[1]) {
        return Err(vm.error("ValueError", "month out of range"));
    }
    let (y, mo, d, h, mi, s, wd, yd) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6].rem_euclid(7), f[7]);
    let month = MONTHS[(mo - 1) as usize];
    let day = DAYS[wd as usize];
    // Sunday-first and Monday-first week numbers of the year.
    let week = |first: i64| (yd + 6 - (wd - first).rem_euclid(7)) / 7;
    let mut out = String::new();
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(k) = it.next() else {
            out.push('%');
            break;
        };
        let piece = match k {
            'a' => day[..3].to_string(),
            'A' => day.to_string(),
            'b' | 'h' => month[..3].to_string(),
            'B' => month.to_string(),
            'd' => format!("{d:02}"),
            'e' => format!("{d:2}"),
            'H' => format!("{h:02}"),
            'I' => format!("{:02}", if h % 12 == 0 { 12 } else { h % 12 }),
            'j' => format!("{yd:03}"),
            'm' => format!("{mo:02}"),
            'M' => format!("{mi:02}"),
            'p' => (if h < 12 { "AM" } else { "PM" }).to_string(),
            'S' => format!("{s:02}"),
            'w' => ((wd + 1) % 7).to_string(),
            'u' => (wd + 1).to_string(),
            'y' => format!("{:02}", y.rem_euclid(100)),
            'Y' => y.to_string(),
            'C' => format!("{:02}", y.div_euclid(100)),
            'U' => format!("{:02}", week(6)),
            'W' => format!("{:02}", week(0)),
            'F' => format!("{y}-{mo:02}-{d:02}"),
            'T' => format!("{h:02}:{mi:02}:{s:02}"),
            'R' => format!("{h:02}:{mi:02}"),
            'D' => format!("{mo:02}/{d:02}/{:02}", y.rem_euclid(100)),
            'c' => format!("{} {} {d:2} {h:02}:{mi:02}:{s:02} {y}", &day[..3], &month[..3]),
            'x' => format!("{mo:02}/{d:02}/{:02}", y.rem_euclid(100)),
            'X' => format!("{h:02}:{mi:02}:{s:02}"),
            'Z' => "UTC".to_string(),
            'z' => "+0000".to_string(),
            'n' => "\n".to_string(),
            't' => "\t".to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    Ok(Value::str(out))
}
