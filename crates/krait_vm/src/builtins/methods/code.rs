//! Methods of code objects: `code.replace(**changes)` (a copy with some `co_*` fields
//! changed; the fields krait can change without recompiling).

use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;
use std::rc::Rc;

pub const CODE_METHODS: &[(&str, BuiltinFn)] = &[("replace", replace), ("__replace__", replace)];

fn replace(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some(Payload::Code(code)) = args.first().and_then(Value::payload) else {
        return Err(vm.type_error("descriptor 'replace' requires a 'code' object"));
    };
    if args.len() > 1 {
        return Err(vm.type_error(format!("replace() takes 0 positional arguments but {} were given", args.len() - 1)));
    }
    let mut new = (**code).clone();
    for (k, v) in kwargs {
        let int = |vm: &Vm, v: &Value| match v {
            Value::Int(i) => Ok(*i),
            _ => Err(vm.type_error(format!("replace() argument '{k}' must be int, not {}", vm.type_name(v)))),
        };
        let text = |vm: &Vm, v: &Value| match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error(format!("replace() argument '{k}' must be str, not {}", vm.type_name(v)))),
        };
        match k.as_str() {
            "co_flags" => new.flags = u32::try_from(int(vm, &v)?).map_err(|_| vm.error("ValueError", "co_flags out of range"))?,
            "co_name" => new.name = text(vm, &v)?,
            "co_qualname" => new.qualname = text(vm, &v)?,
            "co_filename" => new.filename = text(vm, &v)?,
            "co_firstlineno" => new.firstlineno = i32::try_from(int(vm, &v)?).map_err(|_| vm.error("ValueError", "co_firstlineno out of range"))?,
            other => return Err(vm.type_error(format!("replace() got an unexpected keyword argument '{other}'"))),
        }
    }
    Ok(Value::new_obj(Payload::Code(Rc::new(new))))
}
