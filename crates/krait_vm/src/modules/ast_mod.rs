//! `_ast`: the AST node classes, built from krait_syntax's `ast.spec` (the same spec the
//! Rust node types are generated from): `AST`, one abstract class per sum type (`stmt`,
//! `expr`, ...) and one class per constructor, each with `_fields`, `_attributes`,
//! `__match_args__`, `_field_types`, None class defaults for optional fields and
//! CPython 3.13+'s constructor rules (positional fields, keywords, omitted optional fields
//! None, omitted lists empty, an omitted `ctx` `Load()`). [`to_python`] turns a parsed
//! tree into these objects (what `compile(..., PyCF_ONLY_AST)` and `ast.parse` return),
//! walking the nodes through krait_syntax's reflection interface.
//!
//! Promise: `ast.dump(ast.parse(src))` is CPython's text for every tree the parser makes;
//! operator and context nodes are shared instances, as in CPython.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::types::new_class;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};
use krait_syntax::ast::{self, Constant, Node};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

const SPEC: &str = include_str!("../../../krait_syntax/ast.spec");

pub const PYCF_ONLY_AST: i64 = 0x400;

#[derive(Clone)]
struct Field {
    name: String,
    ty: String,
    /// 'one', '?' optional, '*' list, '+' list of optionals.
    kind: char,
}

struct ClassSpec {
    name: String,
    base: String,
    fields: Vec<Field>,
    attributes: Vec<(String, bool)>,
}

/// The classes of the spec, in order (bases before subclasses).
fn parse_spec() -> Vec<ClassSpec> {
    fn fields(s: &str) -> Vec<Field> {
        s.split(',')
            .filter_map(|f| {
                let (name, ty) = f.trim().split_once(':')?;
                let ty = ty.trim();
                let (ty, kind) = if let Some(t) = ty.strip_suffix("?*") {
                    (t, '+')
                } else if let Some(t) = ty.strip_suffix('*') {
                    (t, '*')
                } else if let Some(t) = ty.strip_suffix('?') {
                    (t, '?')
                } else {
                    (ty, '1')
                };
                Some(Field { name: name.trim().to_string(), ty: ty.to_string(), kind })
            })
            .collect()
    }
    fn attrs(s: Option<&str>) -> Vec<(String, bool)> {
        s.map(|a| a.split_whitespace().map(|w| (w.trim_end_matches('?').to_string(), w.ends_with('?'))).collect()).unwrap_or_default()
    }
    /// `Name(fields) @ attrs` -> (name, fields, attrs).
    fn ctor(line: &str) -> (String, Vec<Field>, Vec<(String, bool)>) {
        let (head, at) = match line.split_once('@') {
            Some((h, a)) => (h.trim(), Some(a)),
            None => (line.trim(), None),
        };
        let (name, rest) = head.split_once('(').unwrap_or((head, ")"));
        (name.trim().to_string(), fields(rest.trim_end_matches(')')), attrs(at))
    }
    let mut out = Vec::new();
    let mut sum: Option<(String, Vec<(String, bool)>)> = None;
    for line in SPEC.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("sum ") {
            let (name, at) = match rest.split_once('@') {
                Some((n, a)) => (n.trim().to_string(), attrs(Some(a))),
                None => (rest.trim().to_string(), Vec::new()),
            };
            out.push(ClassSpec { name: name.clone(), base: "AST".into(), fields: Vec::new(), attributes: at.clone() });
            sum = Some((name, at));
        } else if let Some(rest) = line.strip_prefix("product ") {
            let (name, fields, attributes) = ctor(rest);
            out.push(ClassSpec { name, base: "AST".into(), fields, attributes });
            sum = None;
        } else if let Some((base, at)) = &sum {
            let (name, fields, _) = ctor(line);
            out.push(ClassSpec { name, base: base.clone(), fields, attributes: at.clone() });
        }
    }
    out
}

struct Registry {
    classes: HashMap<String, ObjRef>,
    fields: HashMap<String, Vec<Field>>,
    singletons: RefCell<HashMap<String, Value>>,
}

thread_local! {
    static REGISTRY: RefCell<Option<Rc<Registry>>> = const { RefCell::new(None) };
}

fn registry(vm: &mut Vm) -> Result<Rc<Registry>, PyErr> {
    if let Some(r) = REGISTRY.with(|r| r.borrow().clone()) {
        return Ok(r);
    }
    vm.import_module("_ast")?;
    REGISTRY.with(|r| r.borrow().clone()).ok_or_else(|| vm.error("SystemError", "_ast is not initialised"))
}

fn set(ty: &ObjRef, name: &str, v: Value) {
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str(name, v);
    }
}

fn strs(items: impl Iterator<Item = String>) -> Value {
    new_tuple(items.map(Value::str).collect::<Vec<_>>())
}

/// The field specs of `obj`'s class (the first spec'd class in its MRO).
fn fields_of(reg: &Registry, cls: &ObjRef) -> Vec<Field> {
    for c in crate::objects::types::mro_of(cls) {
        if let Payload::Type(t) = &c.payload
            && let Some(f) = reg.fields.get(&t.name)
            && reg.classes.get(&t.name).is_some_and(|k| Rc::ptr_eq(k, &c))
        {
            return f.clone();
        }
    }
    Vec::new()
}

/// `AST.__init__(self, *args, **kwargs)` with CPython 3.13+'s rules.
fn ast_init(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first().cloned() else { return Err(vm.type_error("__init__ needs self")) };
    let reg = registry(vm)?;
    let cls = vm.types.type_of(&this);
    let name = match &cls.payload {
        Payload::Type(t) => t.name.clone(),
        _ => String::new(),
    };
    let specs = fields_of(&reg, &cls);
    let names_v = vm.getattr(&Value::Obj(cls.clone()), "_fields")?;
    let mut names = Vec::new();
    for n in vm.seq_items(&names_v)? {
        names.push(vm.to_str(&n)?);
    }
    let pos = &args[1..];
    if pos.len() > names.len() {
        let n = names.len();
        return Err(vm.type_error(format!("{name} constructor takes at most {n} positional argument{}", if n == 1 { "" } else { "s" })));
    }
    for (n, v) in names.iter().zip(pos) {
        vm.setattr(&this, n, v.clone())?;
    }
    for (k, v) in kwargs {
        if let Some(i) = names.iter().position(|n| *n == k)
            && i < pos.len()
        {
            return Err(vm.type_error(format!("{name} got multiple values for argument '{k}'")));
        }
        vm.setattr(&this, &k, v)?;
    }
    for f in specs.iter() {
        if has_own(&this, &f.name) {
            continue;
        }
        let default = match f.kind {
            '?' => Some(Value::None),
            '*' | '+' => Some(new_list(Vec::new())),
            _ if f.ty == "expr_context" => Some(singleton(vm, &reg, "Load")?),
            _ => None,
        };
        if let Some(d) = default {
            vm.setattr(&this, &f.name, d)?;
        }
    }
    Ok(Value::None)
}

/// Does the instance itself (not its class) hold attribute `name`?
fn has_own(v: &Value, name: &str) -> bool {
    match v.payload() {
        Some(Payload::Instance(i)) => i.attrs().borrow().get_str(name).is_some(),
        _ => false,
    }
}

/// The shared instance of a field-less class (`Load()`, `Add()`).
fn singleton(vm: &mut Vm, reg: &Registry, name: &str) -> PyResult {
    if let Some(v) = reg.singletons.borrow().get(name) {
        return Ok(v.clone());
    }
    let Some(cls) = reg.classes.get(name) else { return Err(vm.error("SystemError", format!("no AST class {name}"))) };
    let v = vm.new_instance(cls);
    reg.singletons.borrow_mut().insert(name.to_string(), v.clone());
    Ok(v)
}

fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => Value::ellipsis(),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => crate::objects::int::from_big((**b).clone()),
        Constant::Float(f) => Value::float(*f),
        Constant::Complex { real, imag } => crate::builtins::methods::new_complex(*real, *imag),
        Constant::Str(s) => match krait_syntax::literal::literal_code_points(s) {
            Some(points) => crate::objects::str::from_code_points(&points),
            None => Value::str(s.as_str()),
        },
        Constant::Bytes(b) => crate::builtins::methods::new_bytes(b.clone(), false),
    }
}

fn field_value(vm: &mut Vm, reg: &Registry, v: ast::Value<'_>) -> PyResult {
    Ok(match v {
        ast::Value::Node(n) => node(vm, reg, n)?,
        ast::Value::Absent => Value::None,
        ast::Value::Str(s) => Value::str(s),
        ast::Value::Int(i) => Value::Int(i),
        ast::Value::Constant(c) => constant(c),
        ast::Value::List(seq) => {
            let mut items = Vec::with_capacity(seq.len());
            for i in 0..seq.len() {
                items.push(field_value(vm, reg, seq.item(i))?);
            }
            new_list(items)
        }
    })
}

fn node(vm: &mut Vm, reg: &Registry, n: &dyn Node) -> PyResult {
    let name = n.class_name();
    let Some(cls) = reg.classes.get(name) else { return Err(vm.error("SystemError", format!("no AST class {name}"))) };
    let mut values = Vec::new();
    let mut err = None;
    n.for_each_field(&mut |fname, v| {
        if err.is_none() {
            match field_value(vm, reg, v) {
                Ok(x) => values.push((fname, x)),
                Err(e) => err = Some(e),
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    if values.is_empty() && n.range().is_none() {
        return singleton(vm, reg, name);
    }
    let inst = vm.new_instance(cls);
    if let Some(Payload::Instance(i)) = inst.payload() {
        let mut d = i.attrs().borrow_mut();
        for (k, v) in values {
            d.set_str(k, v);
        }
        if let Some(r) = n.range() {
            d.set_str("lineno", Value::Int(i64::from(r.lineno)));
            d.set_str("col_offset", Value::Int(i64::from(r.col_offset)));
            d.set_str("end_lineno", Value::Int(i64::from(r.end_lineno)));
            d.set_str("end_col_offset", Value::Int(i64::from(r.end_col_offset)));
        }
    }
    Ok(inst)
}

/// The Python objects of a parsed tree.
pub fn to_python(vm: &mut Vm, tree: &ast::Mod) -> PyResult {
    let reg = registry(vm)?;
    node(vm, &reg, tree)
}

pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types.object.clone();
    let mut classes: HashMap<String, ObjRef> = HashMap::new();
    let mut fields: HashMap<String, Vec<Field>> = HashMap::new();
    let items: Vec<(&'static str, Value)> = Vec::new();
    let mut order: Vec<ObjRef> = Vec::new();
    let Ok(ast_cls) = new_class("AST", vec![object], None) else { return module("_ast", items) };
    set(&ast_cls, "__module__", Value::str("ast"));
    set(&ast_cls, "_fields", new_tuple(Vec::new()));
    set(&ast_cls, "_attributes", new_tuple(Vec::new()));
    set(&ast_cls, "__match_args__", new_tuple(Vec::new()));
    set(&ast_cls, "_field_types", vm.new_dict());
    set(&ast_cls, "__init__", builtin("__init__", ast_init));
    classes.insert("AST".into(), ast_cls.clone());
    order.push(ast_cls);
    let specs = parse_spec();
    let list_type = Value::Obj(vm.types.list.clone());
    let alias = vm.generic_alias_type().ok();
    for s in &specs {
        let Some(base) = classes.get(&s.base).cloned() else { continue };
        let Ok(cls) = new_class(&s.name, vec![base], None) else { continue };
        set(&cls, "__module__", Value::str("ast"));
        set(&cls, "_fields", strs(s.fields.iter().map(|f| f.name.clone())));
        set(&cls, "__match_args__", strs(s.fields.iter().map(|f| f.name.clone())));
        set(&cls, "_attributes", strs(s.attributes.iter().map(|a| a.0.clone())));
        for f in &s.fields {
            if f.kind == '?' {
                set(&cls, &f.name, Value::None);
            }
        }
        for (a, optional) in &s.attributes {
            if *optional {
                set(&cls, a, Value::None);
            }
        }
        classes.insert(s.name.clone(), cls.clone());
        fields.insert(s.name.clone(), s.fields.clone());
        order.push(cls);
    }
    // `_field_types`: list fields as `list[T]` (what ast.dump looks at), others as `T`.
    for s in &specs {
        let Some(cls) = classes.get(&s.name) else { continue };
        let d = vm.new_dict();
        if let Some(Payload::Dict(dd)) = d.payload() {
            for f in &s.fields {
                let t = classes.get(&f.ty).map(|c| Value::Obj(c.clone())).unwrap_or_else(|| Value::Obj(vm.types.object.clone()));
                let t = match (&alias, f.kind) {
                    (Some(ga), '*' | '+') => vm.call(ga.clone(), vec![list_type.clone(), t.clone()], vec![]).unwrap_or(t),
                    _ => t,
                };
                dd.borrow_mut().set_str(&f.name, t);
            }
        }
        set(cls, "_field_types", d);
    }
    let m = module("_ast", items);
    if let Some(d) = crate::import::module_dict(&m) {
        let mut d = d.borrow_mut();
        for c in &order {
            if let Payload::Type(t) = &c.payload {
                d.set_str(&t.name, Value::Obj(c.clone()));
            }
        }
        d.set_str("PyCF_ONLY_AST", Value::Int(PYCF_ONLY_AST));
        d.set_str("PyCF_TYPE_COMMENTS", Value::Int(0x1000));
        d.set_str("PyCF_ALLOW_TOP_LEVEL_AWAIT", Value::Int(0x2000));
        d.set_str("PyCF_OPTIMIZED_AST", Value::Int(0x8000 | PYCF_ONLY_AST));
    }
    let reg = Registry { classes, fields, singletons: RefCell::new(HashMap::new()) };
    REGISTRY.with(|r| *r.borrow_mut() = Some(Rc::new(reg)));
    m
}
