//! `obj.__class__ = cls`: CPython's `object_set_class` rules. Only instances of classes
//! written in Python may change class, only to another such class, and only when both
//! give their instances the same layout, decided as CPython's `compatible_for_assignment`:
//! each class is walked up while it adds nothing to its base (no `__dict__`, `__weakref__`
//! or `__slots__` member of its own; built-in exceptions without fields of their own), and
//! the two ancestors reached must be the same class, or extend the same base by the same
//! members. The messages are CPython's.

use super::{PyErr, Vm};
use crate::heap::Payload;
use crate::objects::types::{self, Kind, mro_of};
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// Built-in exceptions whose instances carry fields beyond BaseException's (CPython's
/// `ComplexExtendsException`/`MiddlingExtendsException` structs); every other built-in
/// exception has BaseException's layout.
const EXCEPTION_LAYOUTS: &[&str] = &[
    "BaseExceptionGroup",
    "StopIteration",
    "SystemExit",
    "ImportError",
    "OSError",
    "NameError",
    "AttributeError",
    "SyntaxError",
    "UnicodeEncodeError",
    "UnicodeDecodeError",
    "UnicodeTranslateError",
];

/// What a class adds to the layout of its base (CPython's `tp_base`): a `__dict__`, a
/// `__weakref__` slot, `__slots__` members (sorted, as `ht_slots`). A built-in class is
/// described by its own identity instead (`solid`).
#[derive(PartialEq)]
struct Added {
    solid: usize,
    dict: bool,
    weakref: bool,
    slots: Vec<String>,
}

/// The base whose layout a class extends (the first base).
fn tp_base(class: &ObjRef) -> Option<ObjRef> {
    match &class.payload {
        Payload::Type(t) => t.bases.borrow().first().cloned(),
        _ => None,
    }
}

/// The names a class's own `__slots__` declares, mangled with the class name as its member
/// descriptors are; None without `__slots__`.
fn declared_slots(class: &ObjRef) -> Option<Vec<String>> {
    let Payload::Type(t) = &class.payload else { return None };
    let declared = t.dict.borrow().get_str("__slots__")?;
    let names: Vec<String> = match declared.payload() {
        Some(Payload::Str(name)) => vec![name.to_string()],
        Some(Payload::Tuple(items)) => items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        Some(Payload::List(items)) => items.borrow().iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    };
    Some(names.iter().map(|n| krait_compiler::symtable::mangle(Some(&t.name), n)).collect())
}

impl Vm {
    /// Is `class` a built-in type (CPython's immutable, non-heap types)?
    fn is_builtin_class(&self, class: &ObjRef) -> bool {
        match &class.payload {
            Payload::Type(t) => t.kind != Kind::Instance || self.types.exceptions.values().any(|e| Rc::ptr_eq(e, class)),
            _ => true,
        }
    }

    /// Do instances of `class` have a `__dict__` and a `__weakref__` slot?
    pub(super) fn dict_and_weakref(&self, class: &ObjRef) -> (bool, bool) {
        if self.is_builtin_class(class) {
            // Built-in exceptions carry a dict; other built-in bases neither.
            return (types::is_subclass(class, &self.types.base_exception), false);
        }
        let base = tp_base(class).map_or((false, false), |b| self.dict_and_weakref(&b));
        let added = self.added_by(class);
        (base.0 || added.dict, base.1 || added.weakref)
    }

    /// What `class` adds to its base's layout.
    fn added_by(&self, class: &ObjRef) -> Added {
        if self.is_builtin_class(class) {
            let solid = Rc::as_ptr(&self.solid_builtin(class)) as usize;
            return Added { solid, dict: false, weakref: false, slots: Vec::new() };
        }
        let (has_dict, has_weakref) = tp_base(class).map_or((false, false), |b| self.dict_and_weakref(&b));
        match declared_slots(class) {
            None => Added { solid: 0, dict: !has_dict, weakref: !has_weakref, slots: Vec::new() },
            Some(mut names) => {
                let dict = !has_dict && names.iter().any(|n| n == "__dict__");
                let weakref = !has_weakref && names.iter().any(|n| n == "__weakref__");
                names.retain(|n| n != "__dict__" && n != "__weakref__");
                names.sort();
                Added { solid: 0, dict, weakref, slots: names }
            }
        }
    }

    /// CPython's `compatible_with_tp_base`: instances of `class` are laid out as its
    /// base's.
    fn same_as_base(&self, class: &ObjRef) -> bool {
        if tp_base(class).is_none() {
            return false;
        }
        if self.is_builtin_class(class) {
            return !Rc::ptr_eq(&self.solid_builtin(class), class);
        }
        let added = self.added_by(class);
        !added.dict && !added.weakref && added.slots.is_empty()
    }

    /// CPython's `compatible_for_assignment`: the classes' most basic equivalent
    /// ancestors are the same, or extend the same base by the same members.
    fn same_layout(&self, old: &ObjRef, new: &ObjRef) -> bool {
        let settle = |mut c: ObjRef| {
            while self.same_as_base(&c)
                && let Some(b) = tp_base(&c)
            {
                c = b;
            }
            c
        };
        let (old_base, new_base) = (settle(old.clone()), settle(new.clone()));
        if Rc::ptr_eq(&old_base, &new_base) {
            return true;
        }
        match (tp_base(&old_base), tp_base(&new_base)) {
            (Some(a), Some(b)) if Rc::ptr_eq(&a, &b) => {
                !self.is_builtin_class(&old_base) && !self.is_builtin_class(&new_base) && self.added_by(&old_base) == self.added_by(&new_base)
            }
            _ => false,
        }
    }

    /// The built-in class whose layout `class` (a built-in) has: exceptions share
    /// BaseException's unless they carry fields of their own.
    fn solid_builtin(&self, class: &ObjRef) -> ObjRef {
        if !types::is_subclass(class, &self.types.base_exception) {
            return class.clone();
        }
        for c in mro_of(class) {
            if let Payload::Type(t) = &c.payload
                && EXCEPTION_LAYOUTS.contains(&t.name.as_str())
                && self.types.exceptions.get(t.name.as_str()).is_some_and(|e| Rc::ptr_eq(e, &c))
            {
                return c;
            }
        }
        self.types.base_exception.clone()
    }

    /// `obj.__class__ = value` (`value` None: `del obj.__class__`).
    pub fn set_class(&mut self, obj: &Value, value: Option<&Value>) -> Result<(), PyErr> {
        let Some(value) = value else {
            return Err(self.type_error("can't delete __class__ attribute"));
        };
        let Some(new) = value.as_obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
            return Err(self.type_error(format!("__class__ must be set to a class, not '{}' object", self.type_name(value))));
        };
        let old = self.types.type_of(obj);
        let Some(Payload::Instance(inst)) = obj.payload() else {
            return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        };
        if self.is_builtin_class(new) || self.is_builtin_class(&old) {
            return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        if !self.same_layout(&old, new) {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                types::type_name(new),
                types::type_name(&old)
            )));
        }
        if !inst.set_class(new.clone()) {
            return Err(self.error("RuntimeError", "__class__ assignment: the object's class is in use"));
        }
        Ok(())
    }
}
