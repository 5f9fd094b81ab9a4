//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`: the default
//! pickling protocol that `copy.copy`/`copy.deepcopy` (and pickle) rely on. Protocol 2 and
//! above give CPython's `reduce_newobj` tuple `(copyreg.__newobj__, (cls, *newargs), state,
//! listitems, dictitems)`; lower protocols defer to `copyreg._reduce_ex`. The state is the
//! instance `__dict__` (None when empty) plus a dict of the `__slots__` values that are set.

use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::types;
use crate::value::Value;

/// `object.__reduce_ex__(protocol)`.
pub fn object_reduce_ex(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first().cloned() else { return Err(vm.type_error("descriptor '__reduce_ex__' needs an argument")) };
    let protocol = match args.get(1) {
        Some(p) => crate::modules::util::index_i64(vm, p)?,
        None => return Err(vm.type_error("object.__reduce_ex__() takes exactly one argument (0 given)")),
    };
    // A class's own __reduce__ wins over the default.
    let cls = vm.types.type_of(&this);
    if let Some(r) = types::lookup(&cls, "__reduce__")
        && !matches!(r.payload(), Some(Payload::MethodDescr { owner, .. }) if std::rc::Rc::ptr_eq(owner, &vm.types.object))
    {
        // A built-in type's reduce sees the instance itself (a subclass keeps its class).
        if let Some(Payload::MethodDescr { func, .. }) = r.payload() {
            return (func.func)(vm, smallvec::smallvec![this], vec![]);
        }
        let f = vm.getattr(&this, "__reduce__")?;
        return vm.call(f, vec![], vec![]);
    }
    common_reduce(vm, &this, protocol)
}

/// `object.__reduce__()`.
pub fn object_reduce(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first().cloned() else { return Err(vm.type_error("descriptor '__reduce__' needs an argument")) };
    common_reduce(vm, &this, 0)
}

fn common_reduce(vm: &mut Vm, this: &Value, protocol: i64) -> PyResult {
    let copyreg = vm.import_module("copyreg")?;
    if protocol < 2 {
        let f = vm.getattr(&copyreg, "_reduce_ex")?;
        return vm.call(f, vec![this.clone(), Value::Int(protocol)], vec![]);
    }
    let cls = Value::Obj(vm.types.type_of(this));
    let (args, kwargs) = getnewargs(vm, this)?;
    let has_args = args.is_some();
    let kw_empty = match &kwargs {
        Some(k) => matches!(k.payload(), Some(Payload::Dict(d)) if d.borrow().is_empty()),
        None => true,
    };
    let (newobj, newargs) = if kw_empty {
        let mut items = vec![cls];
        if let Some(a) = &args {
            items.extend(vm.seq_items(a)?);
        }
        (vm.getattr(&copyreg, "__newobj__")?, new_tuple(items))
    } else {
        let a = args.unwrap_or_else(|| new_tuple([]));
        (vm.getattr(&copyreg, "__newobj_ex__")?, new_tuple([cls, a, kwargs.unwrap_or(Value::None)]))
    };
    let is_list = types::is_subclass(&vm.types.type_of(this), &vm.types.list);
    let is_dict = types::is_subclass(&vm.types.type_of(this), &vm.types.dict);
    let state = getstate(vm, this, !(has_args || is_list || is_dict))?;
    let listitems = if is_list { vm.get_iter(this)? } else { Value::None };
    let dictitems = if is_dict {
        let items = vm.getattr(this, "items")?;
        let items = vm.call(items, vec![], vec![])?;
        vm.get_iter(&items)?
    } else {
        Value::None
    };
    Ok(new_tuple([newobj, newargs, state, listitems, dictitems]))
}

/// `__getnewargs_ex__()` or `__getnewargs__()`, checked as CPython checks them.
fn getnewargs(vm: &mut Vm, this: &Value) -> Result<(Option<Value>, Option<Value>), PyErr> {
    if let Some(f) = vm.getattr_opt(this, "__getnewargs_ex__")? {
        let r = vm.call(f, vec![], vec![])?;
        let Some(Payload::Tuple(t)) = r.payload() else {
            return Err(vm.type_error(format!("__getnewargs_ex__ should return a tuple, not '{}'", vm.type_name(&r))));
        };
        let [a, k] = &t[..] else {
            return Err(vm.error("ValueError", format!("__getnewargs_ex__ should return a tuple of length 2, not {}", t.len())));
        };
        return Ok((Some(a.clone()), Some(k.clone())));
    }
    if let Some(f) = vm.getattr_opt(this, "__getnewargs__")? {
        let r = vm.call(f, vec![], vec![])?;
        if !matches!(r.payload(), Some(Payload::Tuple(_))) {
            return Err(vm.type_error(format!("__getnewargs__ should return a tuple, not '{}'", vm.type_name(&r))));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

/// `obj.__getstate__()`, or the default state when the class does not override it.
fn getstate(vm: &mut Vm, this: &Value, required: bool) -> PyResult {
    let cls = vm.types.type_of(this);
    match types::lookup(&cls, "__getstate__") {
        Some(f) if !matches!(f.payload(), Some(Payload::MethodDescr { owner, .. }) if std::rc::Rc::ptr_eq(owner, &vm.types.object)) => {
            let f = vm.getattr(this, "__getstate__")?;
            vm.call(f, vec![], vec![])
        }
        _ => default_state(vm, this, required),
    }
}

/// `object.__getstate__()`.
pub fn object_getstate(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first().cloned() else { return Err(vm.type_error("descriptor '__getstate__' needs an argument")) };
    default_state(vm, &this, false)
}

fn default_state(vm: &mut Vm, this: &Value, required: bool) -> PyResult {
    let Some(Payload::Instance(i)) = this.payload() else {
        if required {
            return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(this))));
        }
        return Ok(Value::None);
    };
    if required && !i.native.borrow().is_null() {
        return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(this))));
    }
    let mut state = if i.attrs().borrow().is_empty() { Value::None } else { Value::Obj(i.dict_obj().clone()) };
    let copyreg = vm.import_module("copyreg")?;
    let f = vm.getattr(&copyreg, "_slotnames")?;
    let names = vm.call(f, vec![Value::Obj(i.class_obj())], vec![])?;
    let names = vm.seq_items(&names)?;
    if !names.is_empty() {
        let slots = vm.new_dict();
        for n in names {
            let name = vm.to_str(&n)?;
            if let Some(v) = vm.getattr_opt(this, &name)?
                && let Some(Payload::Dict(d)) = slots.payload()
            {
                vm.dict_set(d, n, v)?;
            }
        }
        if matches!(slots.payload(), Some(Payload::Dict(d)) if !d.borrow().is_empty()) {
            state = new_tuple([state, slots]);
        }
    }
    Ok(state)
}

/// `set.__reduce__()` and `frozenset.__reduce__()`: `(cls, (list(self),), __dict__ or None)`.
pub fn set_reduce(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first().cloned() else { return Err(vm.type_error("descriptor '__reduce__' needs an argument")) };
    let items = vm.seq_items(&this)?;
    let cls = Value::Obj(vm.types.type_of(&this));
    let state = match this.payload() {
        Some(Payload::Instance(i)) if !i.attrs().borrow().is_empty() => Value::Obj(i.dict_obj().clone()),
        _ => Value::None,
    };
    Ok(new_tuple([cls, new_tuple([crate::interp::call::new_list(items)]), state]))
}

/// `bytearray.__reduce__()`: `(cls, (bytes(self),), __dict__ or None)`.
pub fn bytearray_reduce(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first().cloned() else { return Err(vm.type_error("descriptor '__reduce__' needs an argument")) };
    let data = crate::builtins::methods::bytes_like(&this).unwrap_or_default();
    let cls = Value::Obj(vm.types.type_of(&this));
    let state = match this.payload() {
        Some(Payload::Instance(i)) if !i.attrs().borrow().is_empty() => Value::Obj(i.dict_obj().clone()),
        _ => Value::None,
    };
    Ok(new_tuple([cls, new_tuple([crate::builtins::methods::new_bytes(data, false)]), state]))
}

/// `slice.__reduce__()`: `(slice, (start, stop, step))`.
pub fn slice_reduce(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first().cloned() else { return Err(vm.type_error("descriptor '__reduce__' needs an argument")) };
    let Some(Payload::Slice(a, b, c)) = this.payload() else { return Err(vm.type_error("descriptor '__reduce__' requires a 'slice' object")) };
    Ok(new_tuple([Value::Obj(vm.types.type_of(&this)), new_tuple([a.clone(), b.clone(), c.clone()])]))
}

/// `tuple.__getnewargs__()`: `(tuple(self),)`.
pub fn tuple_getnewargs(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("descriptor '__getnewargs__' needs an argument")) };
    let items = vm.seq_items(this)?;
    Ok(new_tuple([new_tuple(items)]))
}
