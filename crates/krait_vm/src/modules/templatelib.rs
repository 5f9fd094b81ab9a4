//! PEP 750 template strings: `string.templatelib.Template` and `Interpolation`, the
//! objects `t"..."` builds (BUILD_INTERPOLATION, BUILD_TEMPLATE), with their attributes,
//! iteration, concatenation of templates, constructors and reprs as CPython 3.14's.
//!
//! Promise: the types exist once per interpreter; bad constructor arguments raise
//! CPython's TypeErrors.

use super::{Args, Kwargs};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::iter::IterState;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

struct TemplateData {
    strings: Vec<Value>,
    interpolations: Vec<Value>,
}

struct InterpolationData {
    value: Value,
    expression: Value,
    conversion: Value,
    format_spec: Value,
}

thread_local! {
    static TYPES: RefCell<Option<(ObjRef, ObjRef)>> = const { RefCell::new(None) };
}

fn getter(name: &'static str, f: BuiltinFn) -> Value {
    Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None })
}

fn set(ty: &ObjRef, name: &str, v: Value) {
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str(name, v);
    }
}

/// The (Template, Interpolation) types.
fn types(vm: &Vm) -> (ObjRef, ObjRef) {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let object = vm.types.object.clone();
    let template = native::new_type(
        "Template",
        "string.templatelib",
        &object,
        &[("__iter__", t_iter), ("__repr__", t_repr), ("__add__", t_add), ("__radd__", t_radd)],
        &[],
        Some(t_new),
    );
    for (n, f) in [("strings", t_strings as BuiltinFn), ("interpolations", t_interpolations), ("values", t_values)] {
        set(&template, n, getter(n, f));
    }
    let interp = native::new_type("Interpolation", "string.templatelib", &object, &[("__repr__", i_repr)], &[], Some(i_new));
    for (n, f) in [("value", i_value as BuiltinFn), ("expression", i_expression), ("conversion", i_conversion), ("format_spec", i_format_spec)] {
        set(&interp, n, getter(n, f));
    }
    set(&interp, "__match_args__", new_tuple(["value", "expression", "conversion", "format_spec"].into_iter().map(Value::str).collect::<Vec<_>>()));
    let t = (template, interp);
    TYPES.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

/// BUILD_INTERPOLATION: `conversion` is 0 (none), 1 (`!s`), 2 (`!r`) or 3 (`!a`).
pub fn build_interpolation(vm: &mut Vm, value: Value, expression: Value, conversion: u32, format_spec: Option<Value>) -> PyResult {
    let conversion = match conversion {
        0 => Value::None,
        1 => Value::str("s"),
        2 => Value::str("r"),
        3 => Value::str("a"),
        _ => return Err(vm.error("SystemError", "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'")),
    };
    let (_, ty) = types(vm);
    Ok(native::wrap(&ty, InterpolationData { value, expression, conversion, format_spec: format_spec.unwrap_or_else(|| Value::str("")) }))
}

/// BUILD_TEMPLATE from the tuples of strings and interpolations.
pub fn build_template(vm: &mut Vm, strings: &Value, interpolations: &Value) -> PyResult {
    let strings = vm.seq_items(strings)?;
    let interpolations = vm.seq_items(interpolations)?;
    let (ty, _) = types(vm);
    Ok(native::wrap(&ty, TemplateData { strings, interpolations }))
}

fn tdata(vm: &Vm, v: Option<&Value>) -> Result<(Vec<Value>, Vec<Value>), PyErr> {
    let v = v.cloned().unwrap_or(Value::None);
    native::with_state::<TemplateData, _>(&v, |t| (t.strings.clone(), t.interpolations.clone())).ok_or_else(|| vm.type_error("expected a Template"))
}

fn idata(vm: &Vm, v: Option<&Value>) -> Result<[Value; 4], PyErr> {
    let v = v.cloned().unwrap_or(Value::None);
    native::with_state::<InterpolationData, _>(&v, |i| [i.value.clone(), i.expression.clone(), i.conversion.clone(), i.format_spec.clone()])
        .ok_or_else(|| vm.type_error("expected an Interpolation"))
}

fn is_interpolation(v: &Value) -> bool {
    native::with_state::<InterpolationData, _>(v, |_| ()).is_some()
}

/// `Template(*args)`: strings and interpolations in any order; adjacent strings join,
/// and the strings always outnumber the interpolations by one.
fn t_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("Template.__new__ only accepts *args arguments"));
    }
    let mut strings: Vec<String> = vec![String::new()];
    let mut interps = Vec::new();
    let mut last_was_str = false;
    for a in args.iter().skip(1) {
        if let Some(s) = a.as_str() {
            if last_was_str {
                if let Some(l) = strings.last_mut() {
                    l.push_str(s);
                }
            } else if let Some(l) = strings.last_mut() {
                *l = s.to_string();
            }
            last_was_str = true;
        } else if is_interpolation(a) {
            interps.push(a.clone());
            strings.push(String::new());
            last_was_str = false;
        } else {
            return Err(vm.type_error(format!("Template.__new__ *args need to be of type 'str' or 'Interpolation', got {}", vm.type_name(a))));
        }
    }
    let strings = strings.into_iter().map(Value::str).collect::<Vec<_>>();
    let s = new_tuple(strings);
    let i = new_tuple(interps);
    build_template(vm, &s, &i)
}

fn t_strings(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_tuple(tdata(vm, args.first())?.0))
}

fn t_interpolations(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_tuple(tdata(vm, args.first())?.1))
}

fn t_values(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (_, interps) = tdata(vm, args.first())?;
    let mut out = Vec::with_capacity(interps.len());
    for i in &interps {
        out.push(idata(vm, Some(i))?[0].clone());
    }
    Ok(new_tuple(out))
}

fn t_iter(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (strings, interps) = tdata(vm, args.first())?;
    let mut items = Vec::new();
    for (k, s) in strings.iter().enumerate() {
        if s.as_str().is_some_and(|t| !t.is_empty()) {
            items.push(s.clone());
        }
        if let Some(i) = interps.get(k) {
            items.push(i.clone());
        }
    }
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Values { items, pos: 0, kind: crate::objects::iter::K_ITERATOR }))))
}

fn t_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (strings, interps) = tdata(vm, args.first())?;
    let s = vm.repr(&new_tuple(strings))?;
    let i = vm.repr(&new_tuple(interps))?;
    Ok(Value::str(format!("Template(strings={s}, interpolations={i})")))
}

fn concat(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (mut s1, mut i1) = tdata(vm, Some(a))?;
    let (s2, i2) = tdata(vm, Some(b))?;
    let joined = format!("{}{}", s1.pop().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default(), s2.first().and_then(|v| v.as_str()).unwrap_or(""));
    s1.push(Value::str(joined));
    s1.extend(s2.into_iter().skip(1));
    i1.extend(i2);
    let (ty, _) = types(vm);
    Ok(native::wrap(&ty, TemplateData { strings: s1, interpolations: i1 }))
}

fn t_add(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else { return Ok(Value::not_implemented()) };
    if tdata(vm, Some(b)).is_ok() {
        return concat(vm, a, b);
    }
    if b.as_str().is_some() {
        return Err(vm.type_error("can only concatenate string.templatelib.Template (not \"str\") to string.templatelib.Template"));
    }
    Ok(Value::not_implemented())
}

fn t_radd(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (Some(_), Some(b)) = (args.first(), args.get(1)) else { return Ok(Value::not_implemented()) };
    if b.as_str().is_some() {
        return Err(vm.type_error("can only concatenate str (not \"string.templatelib.Template\") to str"));
    }
    Ok(Value::not_implemented())
}

/// `Interpolation(value, expression='', conversion=None, format_spec='')`.
fn i_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = crate::builtins::methods::bind_args(vm, "Interpolation", &args, &kwargs, &["value", "expression", "conversion", "format_spec"], 1)?;
    let value = p[0].clone().unwrap_or(Value::None);
    let expression = p[1].clone().unwrap_or_else(|| Value::str(""));
    let conversion = p[2].clone().unwrap_or(Value::None);
    let format_spec = p[3].clone().unwrap_or_else(|| Value::str(""));
    if !matches!(conversion, Value::None) && !matches!(conversion.as_str(), Some("s" | "r" | "a")) {
        return Err(vm.error("ValueError", "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'"));
    }
    let (_, ty) = types(vm);
    Ok(native::wrap(&ty, InterpolationData { value, expression, conversion, format_spec }))
}

fn i_field(vm: &mut Vm, args: &[Value], k: usize) -> PyResult {
    Ok(idata(vm, args.first())?[k].clone())
}

fn i_value(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    i_field(vm, &args, 0)
}

fn i_expression(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    i_field(vm, &args, 1)
}

fn i_conversion(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    i_field(vm, &args, 2)
}

fn i_format_spec(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    i_field(vm, &args, 3)
}

fn i_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let [v, e, c, f] = idata(vm, args.first())?;
    let parts = [vm.repr(&v)?, vm.repr(&e)?, vm.repr(&c)?, vm.repr(&f)?];
    Ok(Value::str(format!("Interpolation({})", parts.join(", "))))
}
