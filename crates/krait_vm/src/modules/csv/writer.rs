//! `_csv.writer`: rows (iterables of fields) joined into CSV lines with the dialect's
//! quoting (`QUOTE_MINIMAL`, `ALL`, `NONNUMERIC`, `NONE`, `STRINGS`, `NOTNULL`), escaping
//! and doubled quotes, written through the file's `write`; CPython's errors ("need to
//! escape, but no escapechar set", "single empty field record must be quoted"...).

use super::dialect::{self, Params, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC, QUOTE_NOTNULL, QUOTE_STRINGS};
use super::{Args, Kwargs};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::{native, types};
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

struct Writer {
    write: Value,
    dialect: Value,
    params: Params,
}

thread_local! {
    static CLASS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// The `_csv.Writer` type.
pub fn class(vm: &Vm) -> ObjRef {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[("writerow", writerow), ("writerows", writerows)];
    let ty = native::new_type("writer", "_csv", &vm.types.object, methods, &[], None);
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str(
            "dialect",
            Value::new_obj(Payload::Property { fget: builtin("dialect", get_dialect), fset: Value::None, fdel: Value::None, doc: Value::None }),
        );
    }
    CLASS.with(|c| *c.borrow_mut() = Some(ty.clone()));
    ty
}

/// `_csv.writer(fileobj, /, dialect='excel', **fmtparams)`.
pub fn writer(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        let n = args.len();
        return Err(vm.type_error(if n == 0 {
            "writer expected at least 1 argument, got 0".to_string()
        } else {
            format!("writer expected at most 2 arguments, got {n}")
        }));
    }
    let write = match vm.getattr_opt(&args[0], "write")? {
        Some(w) if crate::modules::util::is_callable(&w) || vm.getattr_opt(&w, "__call__")?.is_some() => w,
        _ => return Err(vm.type_error("argument 1 must have a \"write\" method")),
    };
    let d = dialect::call_dialect(vm, args.get(1).cloned(), kwargs)?;
    let params = dialect::params(&d).ok_or_else(|| vm.type_error("bad dialect"))?;
    let c = class(vm);
    Ok(native::wrap(&c, Writer { write, dialect: d, params }))
}

fn get_dialect(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    args.first().and_then(|v| native::with_state::<Writer, _>(v, |w| w.dialect.clone())).ok_or_else(|| vm.type_error("not a writer"))
}

/// PyNumber_Check: ints, floats, complex numbers and objects with `__index__`, `__int__`
/// or `__float__`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) | Payload::Complex { .. } => true,
            Payload::Str(_) => false,
            _ => {
                let ty = vm.types.type_of(v);
                ["__index__", "__int__", "__float__"].iter().any(|n| types::lookup(&ty, n).is_some())
            }
        },
        _ => false,
    }
}

/// Appends one field to the record (CPython's join_append).
fn join_field(vm: &mut Vm, d: &Params, rec: &mut String, nfields: usize, field: Option<&str>, mut quoted: bool) -> Result<(), PyErr> {
    let text = field.unwrap_or("");
    if text.is_empty() && d.delimiter == ' ' && d.skipinitialspace {
        if d.quoting == QUOTE_NONE || (field.is_none() && (d.quoting == QUOTE_STRINGS || d.quoting == QUOTE_NOTNULL)) {
            return Err(dialect::csv_error(vm, "empty field must be quoted if delimiter is a space and skipinitialspace is true"));
        }
        quoted = true;
    }
    let mut body = String::with_capacity(text.len());
    for c in text.chars() {
        let special = c == d.delimiter
            || Some(c) == d.escapechar
            || Some(c) == d.quotechar
            || c == '\n'
            || c == '\r'
            || d.lineterminator.contains(c);
        if special {
            let mut want_escape = false;
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if Some(c) == d.quotechar {
                    if d.doublequote {
                        body.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if Some(c) == d.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                match d.escapechar {
                    Some(e) => body.push(e),
                    None => return Err(dialect::csv_error(vm, "need to escape, but no escapechar set")),
                }
            }
        }
        body.push(c);
    }
    if nfields > 0 {
        rec.push(d.delimiter);
    }
    let q = d.quotechar.map(String::from).unwrap_or_default();
    if quoted {
        rec.push_str(&q);
    }
    rec.push_str(&body);
    if quoted {
        rec.push_str(&q);
    }
    Ok(())
}

fn writerow(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some((write, d)) = native::with_state::<Writer, _>(&this, |w| (w.write.clone(), w.params.clone())) else {
        return Err(vm.type_error("descriptor 'writerow' requires a '_csv.writer' object"));
    };
    if args.len() != 2 {
        return Err(vm.type_error(format!("writerow() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let row = &args[1];
    let it = match vm.get_iter(row) {
        Ok(it) => it,
        Err(e) if vm.is_instance_of(&e.0, "TypeError") => {
            return Err(dialect::csv_error(vm, format!("iterable expected, not {}", vm.type_name(row))));
        }
        Err(e) => return Err(e),
    };
    let mut rec = String::new();
    let mut nfields = 0usize;
    let mut null_field = false;
    while let Some(field) = vm.next(&it)? {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(vm, &field),
            QUOTE_ALL => true,
            QUOTE_STRINGS => field.as_str().is_some(),
            QUOTE_NOTNULL => !matches!(field, Value::None),
            _ => false,
        };
        null_field = matches!(field, Value::None);
        let text = if null_field {
            None
        } else if let Some(s) = field.as_str() {
            Some(s.to_string())
        } else {
            Some(vm.to_str(&field)?)
        };
        join_field(vm, &d, &mut rec, nfields, text.as_deref(), quoted)?;
        nfields += 1;
    }
    if nfields > 0 && rec.is_empty() {
        if d.quoting == QUOTE_NONE || (null_field && (d.quoting == QUOTE_STRINGS || d.quoting == QUOTE_NOTNULL)) {
            return Err(dialect::csv_error(vm, "single empty field record must be quoted"));
        }
        join_field(vm, &d, &mut rec, 0, None, true)?;
    }
    rec.push_str(&d.lineterminator);
    vm.call(write, vec![Value::str(rec)], vec![])
}

fn writerows(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("writerows() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let it = vm.get_iter(&args[1])?;
    while let Some(row) = vm.next(&it)? {
        writerow(vm, smallvec::smallvec![args[0].clone(), row], vec![])?;
    }
    Ok(Value::None)
}
