//! Attribute access as CPython's `object.__getattribute__` and `type.__getattribute__` do it:
//! data descriptors on the type first, then the instance's own dict, then non-data
//! descriptors and plain class attributes, then `__getattr__`; setting and deleting go
//! through `__set__`/`__delete__` (properties included) before the instance dict.
//!
//! A class attribute is a descriptor when it is a function, a built-in method descriptor,
//! a classmethod/staticmethod, a property, or an instance of a class defining `__get__`
//! (a data descriptor when the class also defines `__set__` or `__delete__`). User
//! `__getattribute__`, `__getattr__`, `__setattr__` and `__delattr__` are honoured; the
//! built-in slots `object.__getattribute__` and friends run the generic algorithm directly.
//!
//! A few attributes are built into payloads rather than stored in dicts (`__class__`,
//! `__dict__`, an exception's `args` and `__cause__`, a function's `__name__`, a type's
//! `__mro__`...): [`Vm::native_attr`] and [`Vm::set_native_attr`] hold them.

use super::{PyErr, PyResult, Vm};
use crate::heap::Payload;
use crate::objects::types::{self, Kind};
use crate::value::{ObjRef, Value};

/// How a class attribute behaves when found through an instance.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum DescrKind {
    /// Wins over the instance dict (`property`, a class with `__set__` or `__delete__`).
    Data,
    /// Loses to the instance dict, but binds (`def`, `classmethod`, a class with `__get__`).
    NonData,
    /// A plain value.
    Plain,
}

impl Vm {
    fn descr_kind(&self, d: &Value) -> DescrKind {
        match d.payload() {
            Some(Payload::Property { .. }) => DescrKind::Data,
            Some(Payload::Function(_) | Payload::MethodDescr { .. } | Payload::ClassMethod(_) | Payload::StaticMethod(_)) => {
                DescrKind::NonData
            }
            Some(Payload::Instance(i)) if Self::native_descriptor(i).is_some() && !Self::user_defined(&i.class(), "__get__") => {
                Self::native_descriptor(i).map_or(DescrKind::Plain, |n| self.descr_kind(&n))
            }
            Some(Payload::Instance(i)) => {
                if types::lookup(&i.class(), "__set__").is_some() || types::lookup(&i.class(), "__delete__").is_some() {
                    DescrKind::Data
                } else if types::lookup(&i.class(), "__get__").is_some() {
                    DescrKind::NonData
                } else {
                    DescrKind::Plain
                }
            }
            _ => DescrKind::Plain,
        }
    }

    /// Whether `name` on class `c` comes from Python code rather than a built-in type's slot.
    fn user_defined(c: &ObjRef, name: &str) -> bool {
        types::lookup(c, name).is_some_and(|m| !matches!(m.payload(), Some(Payload::MethodDescr { .. })))
    }

    /// The AttributeError of a store to an object without an instance dict, as CPython's
    /// generic setattr words it: read-only when the class has the name (a non-data
    /// descriptor or a plain class value), else no such attribute and no `__dict__`.
    fn no_dict_store_error(&self, ty: &ObjRef, type_name: &str, name: &str) -> PyErr {
        if types::lookup(ty, name).is_some() {
            return self.error("AttributeError", format!("'{type_name}' object attribute '{name}' is read-only"));
        }
        self.error("AttributeError", format!("'{type_name}' object has no attribute '{name}' and no __dict__ for setting new attributes"))
    }

    /// The built-in descriptor inside an instance of a subclass of property, staticmethod or
    /// classmethod.
    fn native_descriptor(i: &types::InstanceObj) -> Option<Value> {
        let n = i.native.borrow();
        matches!(n.payload(), Some(Payload::Property { .. } | Payload::StaticMethod(_) | Payload::ClassMethod(_))).then(|| n.clone())
    }

    /// `d.__get__(obj, owner)` for a class attribute `d` (obj None: looked up on the class).
    pub fn descr_get(&mut self, d: Value, obj: Option<&Value>, owner: &ObjRef, name: &str) -> PyResult {
        match d.payload() {
            Some(Payload::Function(_) | Payload::MethodDescr { .. }) => Ok(match obj {
                Some(o) => Value::new_obj(Payload::BoundMethod { receiver: o.clone(), func: d }),
                None => d,
            }),
            Some(Payload::ClassMethod(f)) => {
                Ok(Value::new_obj(Payload::BoundMethod { receiver: Value::Obj(owner.clone()), func: f.clone() }))
            }
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            Some(Payload::Property { fget, .. }) => match obj {
                None => Ok(d.clone()),
                Some(o) => {
                    if matches!(fget, Value::None) {
                        let what = if name.is_empty() { "property".to_string() } else { format!("property '{name}'") };
                        return Err(self.error("AttributeError", format!("{what} of '{}' object has no getter", self.type_name(o))));
                    }
                    let fget = fget.clone();
                    self.call(fget, vec![o.clone()], vec![])
                }
            },
            Some(Payload::Instance(i)) if Self::native_descriptor(i).is_some() && !Self::user_defined(&i.class(), "__get__") => {
                match Self::native_descriptor(i) {
                    Some(n) => self.descr_get(n, obj, owner, name),
                    None => Ok(d.clone()),
                }
            }
            Some(Payload::Instance(i)) => match types::lookup(&i.class_obj(), "__get__") {
                Some(get) => {
                    let inst = obj.cloned().unwrap_or(Value::None);
                    self.call(get, vec![d.clone(), inst, Value::Obj(owner.clone())], vec![])
                }
                None => Ok(d),
            },
            _ => Ok(d),
        }
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult {
        let ty = self.types.type_of(obj);
        if types::overrides(&ty, types::OVERRIDES_GETATTRIBUTE)
            && let Some(ga) = types::lookup(&ty, "__getattribute__")
        {
            return match self.call(ga, vec![obj.clone(), Value::str(name)], vec![]) {
                Err(e) if self.is_instance_of(&e.0, "AttributeError") => match types::lookup(&ty, "__getattr__") {
                    Some(hook) => self.call(hook, vec![obj.clone(), Value::str(name)], vec![]),
                    None => Err(e),
                },
                r => r,
            };
        }
        if let Payload::Type(t) = &ty.payload
            && (t.kind == Kind::Native || t.native == Kind::Native)
            && let Some(v) = crate::builtins::superobj::getattr(self, obj, name)?
        {
            return Ok(v);
        }
        // `__getattr__` answers whatever `object.__getattribute__` raises AttributeError for
        // (an unset slot, a property's getter), as well as a missing attribute.
        match self.generic_getattr(obj, name, &ty) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) if self.is_instance_of(&e.0, "AttributeError") => match types::lookup(&ty, "__getattr__") {
                Some(hook) => return self.call(hook, vec![obj.clone(), Value::str(name)], vec![]),
                None => return Err(e),
            },
            Err(e) => return Err(e),
        }
        if let Some(hook) = types::lookup(&ty, "__getattr__") {
            return self.call(hook, vec![obj.clone(), Value::str(name)], vec![]);
        }
        if let Some(Payload::Module { .. }) = obj.payload() {
            // PEP 562 `__getattr__` and CPython's circular-import messages (import/from.rs).
            return self.module_missing_attribute(obj, name);
        }
        Err(self.no_attribute(obj, name))
    }

    /// `getattr(obj, name, None)`-like: the attribute, or None when it is missing
    /// (other errors propagate).
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> Result<Option<Value>, PyErr> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance_of(&e.0, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The AttributeError for a missing `obj.name`, with CPython's message and suggestion.
    pub fn no_attribute(&mut self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj.payload() {
            Some(Payload::Type(t)) => format!("type object '{}' has no attribute '{name}'", t.name),
            Some(Payload::Module { name: m, .. }) => format!("module '{m}' has no attribute '{name}'"),
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        self.attribute_error(obj, msg, name)
    }

    /// `object.__getattribute__` (and `type.__getattribute__` for classes) without the
    /// `__getattr__` hook: the attribute, or None when it is missing.
    pub fn generic_getattr(&mut self, obj: &Value, name: &str, ty: &ObjRef) -> Result<Option<Value>, PyErr> {
        if let Some(Payload::Type(_)) = obj.payload()
            && let Some(cls) = obj.as_obj()
        {
            let cls = cls.clone();
            return self.type_getattr(obj, &cls, name, ty);
        }
        if name == "__class__" {
            return Ok(Some(Value::Obj(ty.clone())));
        }
        // A function's annotations are computed by its __annotate__, whose errors propagate.
        if name == "__annotations__"
            && let Some(Payload::Function(f)) = obj.payload()
            && f.annotations.borrow().is_none()
            && let Some(annotate) = f.annotate.borrow().clone().filter(|a| !matches!(a, Value::None))
        {
            let d = self.call(annotate, vec![Value::Int(1)], vec![])?;
            *f.annotations.borrow_mut() = Some(d.clone());
            return Ok(Some(d));
        }
        let descr = types::lookup(ty, name);
        if let Some(d) = &descr
            && self.descr_kind(d) == DescrKind::Data
        {
            return self.descr_get(d.clone(), Some(obj), ty, name).map(Some);
        }
        if let Some(v) = self.native_data_attr(obj, name) {
            return Ok(Some(v));
        }
        let own = match obj.payload() {
            Some(Payload::Instance(i)) => i.attrs().borrow().get_str(name),
            Some(Payload::Module { dict, .. }) => match &dict.payload {
                Payload::Dict(d) => d.borrow().get_str(name),
                _ => None,
            },
            Some(Payload::Function(f)) => match f.dict.borrow().as_ref().and_then(Value::payload) {
                Some(Payload::Dict(d)) => d.borrow().get_str(name),
                _ => None,
            },
            _ => None,
        };
        if own.is_some() {
            return Ok(own);
        }
        if let Some(d) = descr {
            return self.descr_get(d, Some(obj), ty, name).map(Some);
        }
        Ok(self.native_attr(obj, name))
    }

    /// `cls.name` for a class `cls` whose metaclass is `meta`.
    fn type_getattr(&mut self, obj: &Value, cls: &ObjRef, name: &str, meta: &ObjRef) -> Result<Option<Value>, PyErr> {
        // A class's docstring is its own (not inherited).
        if name == "__doc__"
            && let Payload::Type(t) = &cls.payload
        {
            let own = t.dict.borrow().get_str("__doc__");
            return match own {
                Some(d) => self.descr_get(d, None, cls, name).map(Some),
                None if std::rc::Rc::ptr_eq(cls, &self.types.object) => Ok(Some(Value::str(crate::builtins::OBJECT_DOC))),
                None => Ok(Some(Value::None)),
            };
        }
        let meta_attr = types::lookup(meta, name);
        if let Some(d) = &meta_attr
            && self.descr_kind(d) == DescrKind::Data
        {
            return self.descr_get(d.clone(), Some(obj), meta, name).map(Some);
        }
        if let Some(v) = self.type_native_attr(cls, name) {
            return Ok(Some(v));
        }
        if let Some(v) = types::lookup(cls, name) {
            return self.descr_get(v, None, cls, name).map(Some);
        }
        if let Some(d) = meta_attr {
            return self.descr_get(d, Some(obj), meta, name).map(Some);
        }
        if name == "__doc__" {
            return Ok(Some(Value::None));
        }
        if name == "__module__" {
            return Ok(Some(Value::str("builtins")));
        }
        Ok(None)
    }

    /// A function's annotations as SET_FUNCTION_ATTRIBUTE gives them (a dict, or the
    /// compiler's flat tuple `(name, value, ...)`), as a dict.
    pub fn annotations_dict(&mut self, v: Value) -> PyResult {
        let Some(Payload::Tuple(items)) = v.payload() else { return Ok(v) };
        let d = self.new_dict();
        if let Some(Payload::Dict(dd)) = d.payload() {
            for pair in items.chunks(2) {
                if let [k, val] = pair {
                    self.dict_set(dd, k.clone(), val.clone())?;
                }
            }
        }
        Ok(d)
    }

    /// Attributes a class has without storing them in its dict.
    pub(crate) fn type_native_attr(&mut self, cls: &ObjRef, name: &str) -> Option<Value> {
        let Payload::Type(t) = &cls.payload else { return None };
        Some(match name {
            // An assigned __name__ is kept in the class dict.
            "__name__" => t.dict.borrow().get_str("__name__").filter(|n| n.as_str().is_some()).unwrap_or_else(|| Value::str(t.name.clone())),
            "__qualname__" => Value::str(t.qualname.borrow().clone()),
            "__mro__" => super::call::new_tuple(types::mro_of(cls).into_iter().map(Value::Obj).collect::<Vec<_>>()),
            "__bases__" => super::call::new_tuple(t.bases.borrow().iter().cloned().map(Value::Obj).collect::<Vec<_>>()),
            "__base__" => t.base().map(Value::Obj).unwrap_or(Value::None),
            "__flags__" => Value::Int(super::classes::type_flags(self, cls)),
            "__class__" => Value::Obj(t.meta.borrow().clone().unwrap_or_else(|| self.types.type_.clone())),
            "__dict__" => {
                let d = self.new_dict();
                if let Some(Payload::Dict(nd)) = d.payload() {
                    for (k, v) in t.dict.borrow().iter() {
                        let _ = nd.borrow_mut().set(k.clone(), v.clone());
                    }
                }
                crate::builtins::mappingproxy::wrap(self, d)
            }
            "__module__" if t.kind != Kind::Instance => t.dict.borrow().get_str("__module__").unwrap_or_else(|| Value::str("builtins")),
            _ => return None,
        })
    }

    /// Built-in attributes that win over the instance dict (CPython's getset descriptors).
    fn native_data_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        match obj.payload()? {
            Payload::Instance(i) => {
                if name == "__dict__" {
                    // A class with __slots__ (and no __dict__ slot) gives its instances none.
                    if types::overrides(&i.class(), types::SLOTS_RESTRICT) {
                        return None;
                    }
                    return Some(Value::Obj(i.dict_obj().clone()));
                }
                if !self.is_exception_instance(obj) {
                    return None;
                }
                if let Some(v) = crate::builtins::exc_group::eg_attr(self, obj, name) {
                    return Some(v);
                }
                Some(match name {
                    "args" => i.exc().args.borrow().clone(),
                    "__cause__" => i.exc().cause.borrow().clone(),
                    "__context__" => i.exc().context.borrow().clone(),
                    "__suppress_context__" => Value::Bool(i.exc().suppress_context.get()),
                    "__traceback__" => self.traceback_of(obj),
                    _ => return None,
                })
            }
            _ => None,
        }
    }

    /// Built-in attributes found after the class (functions' and properties' attributes).
    pub fn native_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        match obj.payload()? {
            Payload::Function(f) => Some(match name {
                "__name__" => Value::str(f.name()),
                "__qualname__" => Value::str(f.qualname()),
                "__module__" => match f.globals.payload() {
                    Some(Payload::Dict(d)) => d.borrow().get_str("__name__").unwrap_or(Value::None),
                    _ => Value::None,
                },
                "__defaults__" => f.defaults.borrow().clone().unwrap_or(Value::None),
                "__kwdefaults__" => f.kwdefaults.borrow().clone().unwrap_or(Value::None),
                "__closure__" => f.closure.borrow().clone().unwrap_or(Value::None),
                "__globals__" => f.globals.clone(),
                // The builtins the function's code sees: its globals' `__builtins__` (a
                // module means its dict), else the interpreter's.
                "__builtins__" => {
                    let b = match f.globals.payload() {
                        Some(Payload::Dict(d)) => d.borrow().get_str("__builtins__"),
                        _ => None,
                    };
                    match b {
                        Some(m) if matches!(m.payload(), Some(Payload::Module { .. })) => match m.payload() {
                            Some(Payload::Module { dict, .. }) => Value::Obj(dict.clone()),
                            _ => self.builtins.clone(),
                        },
                        Some(d) if matches!(d.payload(), Some(Payload::Dict(_))) => d,
                        _ => self.builtins.clone(),
                    }
                }
                "__annotate__" => f.annotate.borrow().clone().unwrap_or(Value::None),
                "__type_params__" => super::call::new_tuple([]),
                "__annotations__" => {
                    let cached = f.annotations.borrow().clone();
                    if let Some(a) = cached {
                        // The compiler's tuple form (name, value, ...) becomes a dict.
                        if matches!(a.payload(), Some(Payload::Tuple(_))) {
                            let d = self.annotations_dict(a).ok()?;
                            *f.annotations.borrow_mut() = Some(d.clone());
                            return Some(d);
                        }
                        return Some(a);
                    }
                    let annotate = f.annotate.borrow().clone();
                    let d = match annotate {
                        Some(fun) if !matches!(fun, Value::None) => match self.call(fun, vec![Value::Int(1)], vec![]) {
                            Ok(d) => d,
                            Err(_) => return None,
                        },
                        _ => self.new_dict(),
                    };
                    *f.annotations.borrow_mut() = Some(d.clone());
                    d
                }
                "__code__" => Value::new_obj(Payload::Code(f.code.clone())),
                "__doc__" => match f.code.consts.first() {
                    Some(v) if f.code.flags & 0x0400_0000 != 0 && v.as_str().is_some() => v.clone(),
                    _ => Value::None,
                },
                "__dict__" => {
                    let existing = f.dict.borrow().clone();
                    match existing {
                        Some(d) => d,
                        None => {
                            let d = self.new_dict();
                            *f.dict.borrow_mut() = Some(d.clone());
                            d
                        }
                    }
                }
                _ => return None,
            }),
            Payload::Builtin(b) => match name {
                "__name__" | "__qualname__" => Some(Value::str(b.name)),
                // A function of the builtins module is bound to it.
                "__self__" => {
                    let own = match self.builtins.payload() {
                        Some(Payload::Dict(d)) => d.borrow().get_str(b.name).is_some_and(|f| f.is(obj)),
                        _ => false,
                    };
                    Some(if own { self.builtins_module() } else { Value::None })
                }
                "__doc__" => Some(crate::builtins::builtin_doc(b.name).map_or(Value::None, Value::str)),
                "__module__" => Some(Value::str("builtins")),
                _ => None,
            },
            Payload::MethodDescr { func, owner, .. } => match name {
                "__name__" => Some(Value::str(func.name)),
                "__qualname__" => Some(Value::str(format!("{}.{}", types::type_name(owner), func.name))),
                "__objclass__" => Some(Value::Obj(owner.clone())),
                "__doc__" => Some(Value::None),
                _ => None,
            },
            Payload::BoundMethod { receiver, func } => match name {
                "__self__" => Some(receiver.clone()),
                "__func__" => Some(func.clone()),
                _ => {
                    let func = func.clone();
                    self.getattr(&func, name).ok()
                }
            },
            Payload::Property { fget, fset, fdel, doc } => match name {
                "fget" => Some(fget.clone()),
                // A getset descriptor's owner: the built-in type whose dict holds it.
                "__objclass__" if matches!(fget.payload(), Some(Payload::Builtin(_))) => {
                    let mut owners = vec![self.types.type_.clone(), self.types.object.clone()];
                    owners.extend(crate::builtins::methods::attr_tables().into_iter().filter_map(|(k, _)| self.types.of_kind(k)));
                    owners.into_iter().find(|t| match &t.payload {
                        Payload::Type(tt) => tt.dict.borrow().iter().any(|(_, v)| v.is(obj)),
                        _ => false,
                    }).map(Value::Obj)
                }
                "__name__" if !matches!(fget, Value::None) => {
                    let fget = fget.clone();
                    self.getattr(&fget, "__name__").ok()
                }
                "fset" => Some(fset.clone()),
                "fdel" => Some(fdel.clone()),
                "__isabstractmethod__" => {
                    let mut any = false;
                    for f in [fget.clone(), fset.clone(), fdel.clone()] {
                        if !matches!(f, Value::None)
                            && let Ok(Some(v)) = self.getattr_opt(&f, "__isabstractmethod__")
                        {
                            any |= self.truthy(&v).unwrap_or(false);
                        }
                    }
                    Some(Value::Bool(any))
                }
                "__doc__" => Some(if matches!(doc, Value::None) {
                    let fget = fget.clone();
                    self.getattr(&fget, "__doc__").unwrap_or(Value::None)
                } else {
                    doc.clone()
                }),
                "getter" | "setter" | "deleter" => {
                    let f: crate::objects::function::BuiltinFn = match name {
                        "getter" => crate::builtins::property_getter,
                        "setter" => crate::builtins::property_setter,
                        _ => crate::builtins::property_deleter,
                    };
                    let name: &'static str = match name {
                        "getter" => "getter",
                        "setter" => "setter",
                        _ => "deleter",
                    };
                    Some(Value::new_obj(Payload::BoundMethod { receiver: obj.clone(), func: crate::builtins::builtin(name, f) }))
                }
                _ => None,
            },
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => match name {
                "__func__" | "__wrapped__" => Some(f.clone()),
                "__isabstractmethod__" => {
                    let f = f.clone();
                    Some(match self.getattr_opt(&f, "__isabstractmethod__") {
                        Ok(Some(v)) => v,
                        _ => Value::Bool(false),
                    })
                }
                _ => None,
            },
            Payload::Module { name: m, .. } => match name {
                "__name__" => Some(Value::str(m.clone())),
                "__dict__" => match obj.payload() {
                    Some(Payload::Module { dict, .. }) => Some(Value::Obj(dict.clone())),
                    _ => None,
                },
                _ => None,
            },
            Payload::Instance(_) if self.is_exception_instance(obj) => crate::builtins::exc_attrs::derived(self, obj, name),
            Payload::DictView { dict, .. } if name == "mapping" => Some(crate::builtins::mappingproxy::wrap(self, dict.clone())),
            Payload::Cell(c) if name == "cell_contents" => {
                let v = c.borrow().clone();
                if v.is_null() {
                    return None;
                }
                Some(v)
            }
            Payload::Generator(g) => {
                let (prefix, kind) = match g.borrow().kind {
                    crate::objects::generator::GenKind::Generator => ("gi_", 0),
                    crate::objects::generator::GenKind::Coroutine => ("cr_", 1),
                    crate::objects::generator::GenKind::AsyncGenerator => ("ag_", 2),
                };
                if name == "__name__" || name == "__qualname__" {
                    let st = g.borrow();
                    return Some(Value::str(if name == "__name__" {
                        st.qualname().rsplit('.').next().unwrap_or("").to_string()
                    } else {
                        st.qualname().to_string()
                    }));
                }
                let field = name.strip_prefix(prefix)?;
                match field {
                    "running" => Some(Value::Bool(g.borrow().running)),
                    "suspended" => {
                        let st = g.borrow();
                        Some(Value::Bool(st.started && !st.running && st.frame.is_some()))
                    }
                    "code" => {
                        let st = g.borrow();
                        st.frame.as_ref().map(|f| Value::new_obj(Payload::Code(f.code.clone()))).or(Some(Value::None))
                    }
                    "frame" => {
                        let snap = {
                            let st = g.borrow();
                            st.frame.as_ref().map(|f| {
                                let line = f.code.positions.get(f.lasti / 2).and_then(|p| p.line).unwrap_or(f.code.firstlineno);
                                (f.code.clone(), line, f.lasti as i32, f.globals.clone())
                            })
                        };
                        Some(match snap {
                            Some((code, line, lasti, globals)) => {
                                let locals = self.new_dict();
                                crate::modules::sys::snapshot_frame(self, code, line, lasti, globals, locals, Value::None)
                            }
                            None => Value::None,
                        })
                    }
                    "yieldfrom" | "await" => Some(self.gen_delegate(obj).unwrap_or(Value::None)),
                    // Origin tracking (sys.set_coroutine_origin_tracking_depth) is off.
                    "origin" if kind == 1 => Some(Value::None),
                    _ => None,
                }
            }
            Payload::Code(c) => Some(match name {
                "co_name" => Value::str(c.name.clone()),
                "co_qualname" => Value::str(c.qualname.clone()),
                "co_filename" => Value::str(c.filename.clone()),
                "co_firstlineno" => Value::Int(i64::from(c.firstlineno)),
                "co_argcount" => Value::Int(c.argcount as i64),
                "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
                "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
                "co_flags" => Value::Int(i64::from(c.flags)),
                "co_positions" => Value::new_obj(Payload::BoundMethod {
                    receiver: obj.clone(),
                    func: crate::builtins::builtin("co_positions", crate::builtins::code_positions),
                }),
                "co_freevars" | "co_cellvars" => {
                    let bit = if name == "co_freevars" { 0x80 } else { 0x40 };
                    super::call::new_tuple(
                        c.localsplusnames
                            .iter()
                            .zip(&c.localspluskinds)
                            .filter(|(_, k)| **k & bit != 0)
                            .map(|(n, _)| Value::str(n.clone()))
                            .collect::<Vec<_>>(),
                    )
                }
                "co_nlocals" => Value::Int(c.localspluskinds.iter().filter(|k| **k & 0x20 != 0).count() as i64),
                "co_names" => super::call::new_tuple(c.names.clone()),
                "co_consts" => super::call::new_tuple(c.consts.clone()),
                "co_stacksize" => Value::Int(c.stacksize as i64),
                "co_varnames" => super::call::new_tuple(
                    c.localsplusnames
                        .iter()
                        .zip(&c.localspluskinds)
                        .filter(|(_, k)| **k & 0x20 != 0)
                        .map(|(n, _)| Value::str(n.clone()))
                        .collect::<Vec<_>>(),
                ),
                _ => return None,
            }),
            _ => None,
        }
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &str, value: Value) -> Result<(), PyErr> {
        let ty = self.types.type_of(obj);
        if types::overrides(&ty, types::OVERRIDES_SETATTR)
            && let Some(sa) = types::lookup(&ty, "__setattr__")
        {
            return self.call(sa, vec![obj.clone(), Value::str(name), value], vec![]).map(|_| ());
        }
        self.generic_setattr(obj, name, Some(value), &ty)
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> Result<(), PyErr> {
        let ty = self.types.type_of(obj);
        if types::overrides(&ty, types::OVERRIDES_DELATTR)
            && let Some(da) = types::lookup(&ty, "__delattr__")
        {
            return self.call(da, vec![obj.clone(), Value::str(name)], vec![]).map(|_| ());
        }
        self.generic_setattr(obj, name, None, &ty)
    }

    /// `object.__setattr__` (`value` Some) and `object.__delattr__` (None).
    pub fn generic_setattr(&mut self, obj: &Value, name: &str, value: Option<Value>, ty: &ObjRef) -> Result<(), PyErr> {
        if let Some(d) = types::lookup(ty, name) {
            let d = match d.payload() {
                Some(Payload::Instance(i)) if types::lookup(&i.class(), "__set__").is_none() => Self::native_descriptor(i).unwrap_or(d),
                _ => d,
            };
            match d.payload() {
                Some(Payload::Property { fset, fdel, .. }) => {
                    let (f, what) = if value.is_some() { (fset, "setter") } else { (fdel, "deleter") };
                    if matches!(f, Value::None) {
                        return Err(self.error(
                            "AttributeError",
                            format!("property '{name}' of '{}' object has no {what}", self.type_name(obj)),
                        ));
                    }
                    let f = f.clone();
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    return self.call(f, args, vec![]).map(|_| ());
                }
                Some(Payload::Instance(i)) => {
                    let hook = if value.is_some() { "__set__" } else { "__delete__" };
                    if let Some(f) = types::lookup(&i.class_obj(), hook) {
                        let mut args = vec![d.clone(), obj.clone()];
                        args.extend(value);
                        return self.call(f, args, vec![]).map(|_| ());
                    }
                }
                _ => {}
            }
        }
        match obj.payload() {
            Some(Payload::Instance(inst)) => {
                if self.set_native_attr(obj, name, &value)? {
                    return Ok(());
                }
                // Instances of `object` itself have no __dict__.
                if let Payload::Type(t) = &ty.payload
                    && matches!(t.kind, Kind::Object)
                {
                    return Err(match value {
                        Some(_) => self.no_dict_store_error(ty, &t.name, name),
                        None => self.no_attribute(obj, name),
                    });
                }
                match value {
                    Some(v) => {
                        if types::overrides(ty, types::SLOTS_RESTRICT) && !slots_allow(ty, name) {
                            return Err(self.no_dict_store_error(ty, &self.type_name(obj), name));
                        }
                        self.store_in_dict(inst.attrs(), obj, name, Some(v))
                    }
                    None => self.store_in_dict(inst.attrs(), obj, name, None),
                }
            }
            Some(Payload::Type(t)) => {
                if t.kind != Kind::Instance {
                    return Err(self.type_error(format!(
                        "cannot set '{name}' attribute of immutable type '{}'",
                        t.name
                    )));
                }
                if let (Some(q), "__qualname__") = (value.as_ref().and_then(Value::as_str), name) {
                    *t.qualname.borrow_mut() = q.to_string();
                    return Ok(());
                }
                if name == "__del__" && value.is_some() {
                    t.has_del.set(true);
                }
                if let Some(v) = &value
                    && t.replace_plain(name, v)
                {
                    return Ok(());
                }
                t.modified();
                self.store_in_dict(&t.dict, obj, name, value)?;
                if matches!(name, "__getattribute__" | "__setattr__" | "__delattr__")
                    && let Some(c) = obj.as_obj()
                {
                    types::refresh_overrides(c);
                }
                Ok(())
            }
            // `f.__code__ = code` with the same bytecode (what types.coroutine does to set a
            // flag): the code object is kept beside the function; krait cannot swap bytecode.
            Some(Payload::Function(f)) if name == "__code__" => {
                let Some(new) = value.as_ref() else { return Err(self.type_error("__code__ must be set to a code object")) };
                let Some(Payload::Code(c)) = new.payload() else {
                    return Err(self.type_error("__code__ must be set to a code object"));
                };
                if c.code != f.code.code || c.localsplusnames != f.code.localsplusnames {
                    return Err(self.type_error("krait cannot replace a function's bytecode (__code__ with different code)"));
                }
                let d = match self.native_attr(obj, "__dict__") {
                    Some(d) => d,
                    None => return Err(self.no_attribute(obj, name)),
                };
                match d.payload() {
                    Some(Payload::Dict(d)) => self.store_in_dict(d, obj, name, value),
                    _ => Ok(()),
                }
            }
            Some(Payload::Function(f)) if !matches!(name, "__code__" | "__globals__" | "__closure__") => {
                if name == "__name__" || name == "__qualname__" {
                    let Some(s) = value.as_ref().and_then(Value::as_str).map(str::to_string) else {
                        return Err(self.type_error(format!("{name} must be set to a string object")));
                    };
                    *(if name == "__name__" { &f.name } else { &f.qualname }).borrow_mut() = Some(s);
                    return Ok(());
                }
                if name == "__annotations__" || name == "__annotate__" {
                    let v = value.filter(|v| !matches!(v, Value::None));
                    *(if name == "__annotations__" { &f.annotations } else { &f.annotate }).borrow_mut() = v;
                    if name == "__annotate__" {
                        *f.annotations.borrow_mut() = None;
                    }
                    return Ok(());
                }
                if name == "__defaults__" || name == "__kwdefaults__" {
                    let v = value.filter(|v| !matches!(v, Value::None));
                    *(if name == "__defaults__" { &f.defaults } else { &f.kwdefaults }).borrow_mut() = v;
                    return Ok(());
                }
                if name == "__annotations__" || name == "__annotate__" {
                    let v = value.filter(|v| !matches!(v, Value::None));
                    if name == "__annotate__" {
                        *f.annotate.borrow_mut() = v;
                        *f.annotations.borrow_mut() = None;
                    } else {
                        *f.annotations.borrow_mut() = v;
                    }
                    return Ok(());
                }
                if matches!(name, "__name__" | "__qualname__") && value.as_ref().is_some_and(|v| v.as_str().is_none()) {
                    return Err(self.type_error(format!("{name} must be set to a string object")));
                }
                let d = match self.native_attr(obj, "__dict__") {
                    Some(d) => d,
                    None => return Err(self.no_attribute(obj, name)),
                };
                match d.payload() {
                    Some(Payload::Dict(d)) => self.store_in_dict(d, obj, name, value),
                    _ => Ok(()),
                }
            }
            Some(Payload::Module { dict, .. }) => match &dict.payload {
                Payload::Dict(d) => self.store_in_dict(d, obj, name, value),
                _ => Ok(()),
            },
            Some(Payload::Cell(c)) if name == "cell_contents" => {
                *c.borrow_mut() = value.unwrap_or(Value::Null);
                Ok(())
            }
            _ if name == "__class__" => self.set_class(obj, value.as_ref()),
            _ => {
                if types::lookup(ty, name).is_some() || self.native_attr(obj, name).is_some() {
                    return Err(self.error(
                        "AttributeError",
                        format!("'{}' object attribute '{name}' is read-only", self.type_name(obj)),
                    ));
                }
                Err(self.error(
                    "AttributeError",
                    format!("'{}' object has no attribute '{name}' and no __dict__ for setting new attributes", self.type_name(obj)),
                ))
            }
        }
    }

    /// `d[name] = value` for an attribute dict, or `del d[name]` (value None: AttributeError
    /// when absent).
    fn store_in_dict(&mut self, d: &std::cell::RefCell<crate::objects::dict::Dict>, obj: &Value, name: &str, value: Option<Value>) -> Result<(), PyErr> {
        match value {
            Some(v) => {
                d.borrow_mut().set_str(name, v);
                Ok(())
            }
            None => {
                let removed = d.borrow_mut().remove(&Value::str(name)).ok().flatten();
                match removed {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
        }
    }

    /// Sets (or deletes) an attribute held in an instance's payload; false when `name` is
    /// not one of them.
    fn set_native_attr(&mut self, obj: &Value, name: &str, value: &Option<Value>) -> Result<bool, PyErr> {
        let Some(Payload::Instance(i)) = obj.payload() else { return Ok(false) };
        if name == "__class__" {
            return self.set_class(obj, value.as_ref()).map(|()| true);
        }
        if !self.is_exception_instance(obj) {
            return Ok(false);
        }
        let v = value.clone().unwrap_or(Value::None);
        match name {
            "args" => {
                let items = self.seq_items(&v)?;
                *i.exc().args.borrow_mut() = super::call::new_tuple(items);
            }
            "__cause__" => {
                if !matches!(v, Value::None) && !self.is_exception_instance(&v) {
                    return Err(self.type_error("exception cause must be None or derive from BaseException"));
                }
                *i.exc().cause.borrow_mut() = v;
                i.exc().suppress_context.set(true);
            }
            "__context__" => {
                if !matches!(v, Value::None) && !self.is_exception_instance(&v) {
                    return Err(self.type_error("exception context must be None or derive from BaseException"));
                }
                *i.exc().context.borrow_mut() = v;
            }
            "__suppress_context__" => {
                let b = self.truthy(&v)?;
                i.exc().suppress_context.set(b);
            }
            "__traceback__" => {
                if matches!(v, Value::None) {
                    i.exc().traceback.borrow_mut().clear();
                } else if let Some(entries) = crate::builtins::tb::entries_of(&v) {
                    *i.exc().traceback.borrow_mut() = entries;
                } else {
                    return Err(self.type_error("__traceback__ must be a traceback or None"));
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `LOAD_ATTR` on an instance of a Python class without `__getattribute__`, with the
    /// name's hash known: the instance dict or a plain class attribute; None means "take the
    /// general path" (descriptors, `__getattr__`, missing attributes).
    #[inline]
    pub fn instance_attr_fast(&self, obj: &Value, name: &str, hash: u64) -> Option<Value> {
        let Some(Payload::Instance(inst)) = obj.payload() else { return None };
        if types::overrides(&inst.class(), types::OVERRIDES_GETATTRIBUTE) {
            return None;
        }
        let descr = types::lookup_hashed(&inst.class(), name, hash);
        let own = || inst.attrs_if_any().and_then(|d| d.borrow().get_str_hashed(name, hash));
        match descr.as_ref().and_then(Value::payload) {
            None => own(),
            Some(Payload::Function(_)) => match own() {
                Some(v) => Some(v),
                None => descr.map(|f| Value::new_obj(Payload::BoundMethod { receiver: obj.clone(), func: f })),
            },
            Some(Payload::Str(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_) | Payload::BigInt(_)) => {
                own().or(descr)
            }
            // A `__slots__` member: the value sits in the slot storage (an unset slot takes
            // the general path, which raises CPython's AttributeError).
            Some(Payload::Instance(d)) if std::rc::Rc::ptr_eq(&d.class(), &self.types.member) => {
                inst.slot(crate::builtins::member::index_for(descr.as_ref()?, &inst.class())?)
            }
            _ => None,
        }
    }

    /// `STORE_ATTR` on an instance of a Python class with no `__setattr__`, `__slots__` or
    /// descriptor for the name: stores into the instance dict; false means "take the general
    /// path".
    #[inline]
    pub fn instance_store_fast(&self, obj: &Value, key: &Value, name: &str, hash: u64, value: &Value) -> bool {
        let Some(Payload::Instance(inst)) = obj.payload() else { return false };
        if inst.class_overrides(types::OVERRIDES_SETATTR)
            || (inst.class_overrides(types::SLOTS_RESTRICT) && !slots_allow(&inst.class(), name))
        {
            return false;
        }
        if let Some(d) = types::lookup_hashed(&inst.class(), name, hash) {
            match d.payload() {
                // A `__slots__` member: store into the slot storage.
                Some(Payload::Instance(m)) if std::rc::Rc::ptr_eq(&m.class(), &self.types.member) => {
                    let Some(index) = crate::builtins::member::index_for(&d, &inst.class()) else { return false };
                    let old = inst.set_slot(index, value.clone());
                    drop(old);
                    return true;
                }
                Some(Payload::Property { .. } | Payload::Instance(_)) => return false,
                _ => {}
            }
        }
        if matches!(name, "__class__" | "__dict__")
            || (inst.has_exc_args()
                && matches!(name, "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"))
        {
            return false;
        }
        match &inst.class().payload {
            Payload::Type(t) => inst.store_in_dict(t, key, hash, value),
            _ => inst.attrs().borrow_mut().set_hashed(key.clone(), hash, value.clone()),
        }
        true
    }

    /// For `LOAD_ATTR` in its method form: (the function, self) when `obj.name` is a method
    /// found on the type that would merely bind `obj`, else (the attribute, Null).
    /// `hash` is the name's [`crate::objects::dict::str_hash`].
    pub fn load_method(&mut self, obj: &Value, name: &str, hash: u64) -> Result<(Value, Value), PyErr> {
        let ty = self.types.type_of(obj);
        // A super object looks attributes up in the MRO after its class, not in its type.
        let is_super = self.is_super_object(obj, &ty);
        if !is_super
            && !matches!(obj.payload(), Some(Payload::Type(_)))
            && let Some(d) = types::lookup_hashed(&ty, name, hash)
            && matches!(d.payload(), Some(Payload::Function(_) | Payload::MethodDescr { .. }))
        {
            let shadowed = match obj.payload() {
                Some(Payload::Instance(i)) => i.attrs().borrow().get_str_hashed(name, hash).is_some(),
                _ => false,
            };
            let custom = types::overrides(&ty, types::OVERRIDES_GETATTRIBUTE);
            if !shadowed && !custom {
                return Ok((d, obj.clone()));
            }
        }
        Ok((self.getattr(obj, name)?, Value::Null))
    }

    /// Is `obj`, of type `ty`, a `super` object (an instance of super or a subclass holding
    /// super's state)? Asked of native types only, whose MRO is short.
    pub(super) fn is_super_object(&self, obj: &Value, ty: &ObjRef) -> bool {
        matches!(&ty.payload, Payload::Type(t) if t.kind == Kind::Native || t.native == Kind::Native)
            && types::is_subclass(ty, &self.types.super_)
            && crate::builtins::superobj::state(obj).is_some()
    }

    /// Is `v` an instance of the built-in exception class `name` (or a subclass)?
    pub fn is_instance_of(&self, v: &Value, name: &str) -> bool {
        let class = self.types.type_of(v);
        types::is_subclass(&class, &self.types.exception(name))
    }

    /// `super(class, receiver).name` (zero-argument super passes the enclosing class and the
    /// first argument). With `method` set, a plain function is returned unbound with the
    /// receiver as self, as LOAD_SUPER_ATTR's method form wants; else (value, Null).
    pub fn super_attr(&mut self, class: &Value, receiver: &Value, name: &str, method: bool) -> Result<(Value, Value), PyErr> {
        let Some(class) = class.as_obj().filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
            return Err(self.type_error(format!("super() argument 1 must be a type, not {}", self.type_name(class))));
        };
        // The receiver is a class in classmethods and __new__ (super(C, cls)).
        let receiver_class = receiver.as_obj().filter(|r| matches!(r.payload, Payload::Type(_)) && types::is_subclass(r, &class)).cloned();
        let start = match &receiver_class {
            Some(c) => c.clone(),
            None => {
                let t = self.types.type_of(receiver);
                if !types::is_subclass(&t, &class) {
                    return Err(self.type_error(format!(
                        "super(type, obj): obj ({} {}) is not an instance or subtype of type ({}).",
                        if matches!(receiver.payload(), Some(Payload::Type(_))) { "type" } else { "instance of" },
                        if matches!(receiver.payload(), Some(Payload::Type(_))) {
                            types::type_name(receiver.as_obj().unwrap_or(&t))
                        } else {
                            types::type_name(&t)
                        },
                        types::type_name(&class)
                    )));
                }
                t
            }
        };
        let mro = types::mro_of(&start);
        let after = mro.iter().position(|c| std::rc::Rc::ptr_eq(c, &class)).map_or(mro.len(), |i| i + 1);
        let found = mro[after..].iter().find_map(|c| match &c.payload {
            Payload::Type(t) => t.dict.borrow().get_str(name),
            _ => None,
        });
        let Some(found) = found else {
            return Err(self.error("AttributeError", format!("'super' object has no attribute '{name}'")));
        };
        if method && receiver_class.is_none() && matches!(found.payload(), Some(Payload::Function(_) | Payload::MethodDescr { .. })) {
            return Ok((found, receiver.clone()));
        }
        let v = match &receiver_class {
            Some(c) => self.descr_get(found, None, c, name)?,
            None => self.descr_get(found, Some(receiver), &start, name)?,
        };
        Ok((v, Value::Null))
    }
}

/// May an instance of `ty` get a `name` attribute in its dict? Not when every class of its
/// MRO (but object) declares `__slots__` and none names `name` or `__dict__` (the names are
/// gathered by `types::refresh_overrides`).
pub(crate) fn slots_allow(ty: &ObjRef, name: &str) -> bool {
    match &ty.payload {
        Payload::Type(t) => t.slot_names.borrow().iter().any(|s| &**s == name),
        _ => true,
    }
}
