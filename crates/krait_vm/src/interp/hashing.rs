//! `hash()` and dict/set access with the full object model: a user `__hash__` (or
//! `__hash__ = None`) decides a key's hash and a user `__eq__` decides equality of keys with
//! the same hash. Keys made only of built-in values take the dict's own fast path; otherwise
//! the candidates with the right hash are copied out and compared with no borrow of the dict
//! held, so `__eq__` may run any code (an entry that changed meanwhile no longer matches).

use super::{PyErr, Vm};
use crate::heap::Payload;
use crate::objects::dict::{self, Dict};
use crate::objects::types;
use crate::value::Value;
use std::cell::RefCell;

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> Result<u64, PyErr> {
        match v.payload() {
            Some(Payload::Instance(i)) => {
                let native = i.native.borrow().clone();
                match &types::lookup(&i.class_obj(), "__hash__") {
                    None | Some(Value::None) => Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
                    // A built-in slot: object's hashes by identity, another type's (a
                    // subclass of int, str...) hashes the value inside.
                    // A Rust module's type with its own __hash__ (weakref.ref) runs it.
                    Some(f)
                        if let Some(Payload::MethodDescr { owner, .. }) = f.payload()
                            && !matches!(native.payload(), Some(Payload::Native(_)) if !std::rc::Rc::ptr_eq(owner, &self.types.object)) =>
                    {
                        if native.is_null() || std::rc::Rc::ptr_eq(owner, &self.types.object) {
                            Ok(dict::identity_hash(v))
                        } else {
                            self.hash(&native)
                        }
                    }
                    Some(f) => {
                        let r = self.call(f.clone(), vec![v.clone()], vec![])?;
                        match r {
                            // An int that fits is the hash as it is (-1, the C error value,
                            // becomes -2), as CPython's slot_tp_hash; a bigger one is hashed.
                            Value::Int(-1) => Ok(-2i64 as u64),
                            Value::Int(n) => Ok(n as u64),
                            Value::Bool(b) => Ok(u64::from(b)),
                            ref other => match other.payload() {
                                Some(Payload::BigInt(_)) => dict::hash_key(other).map_err(|_| self.type_error("unhashable")),
                                _ => Err(self.type_error("__hash__ method should return an integer")),
                            },
                        }
                    }
                }
            }
            Some(Payload::Tuple(items)) if items.iter().any(dict::needs_vm) => {
                // The built-in tuple hash, over each item's full hash.
                let mut h = dict::TUPLE_HASH_SEED;
                for it in items.iter() {
                    h = dict::tuple_hash_step(h, self.hash(it)?);
                }
                Ok(h)
            }
            _ => dict::hash_key(v).map_err(|u| self.type_error(format!("unhashable type: '{}'", u.0))),
        }
    }

    /// Finds `key` in `d`: its hash and, when present, its position.
    fn dict_find(&mut self, d: &RefCell<Dict>, key: &Value) -> Result<(u64, Option<usize>), PyErr> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) if self.is_instance_of(&e.0, "TypeError") && crate::interp::exceptions::message_of(&e.0).starts_with("unhashable type") => {
                return Err(self.unhashable_key(key, "a dict key"));
            }
            Err(e) => return Err(e),
        };
        let cands = d.borrow().candidates(h);
        for (pos, k) in cands {
            if k.is(key) {
                return Ok((h, Some(pos)));
            }
            let equal = if dict::needs_vm(key) || dict::needs_vm(&k) { self.eq(&k, key)? } else { dict::key_eq(&k, key) };
            if equal {
                return Ok((h, Some(pos)));
            }
        }
        Ok((h, None))
    }

    /// `d[key]` if present.
    pub fn dict_get(&mut self, d: &RefCell<Dict>, key: &Value) -> Result<Option<Value>, PyErr> {
        let key_ref = key;
        if d.borrow().finds_without_vm(key) {
            return d.borrow().get(key).map_err(|_| self.unhashable_key(key_ref, "a dict key"));
        }
        let (_, pos) = self.dict_find(d, key)?;
        Ok(pos.and_then(|p| d.borrow().entry_value(p)))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &RefCell<Dict>, key: Value, value: Value) -> Result<(), PyErr> {
        if d.borrow().finds_without_vm(&key) {
            let hash = dict::hash_key(&key).map_err(|_| self.unhashable_key(&key, "a dict key"))?;
            d.borrow_mut().set_hashed(key, hash, value);
            return Ok(());
        }
        let (h, pos) = self.dict_find(d, &key)?;
        match pos {
            Some(p) => d.borrow_mut().set_at(p, value),
            None => d.borrow_mut().insert_new(h, key, value),
        }
        Ok(())
    }

    /// `del d[key]`: the removed value, None when absent.
    pub fn dict_remove(&mut self, d: &RefCell<Dict>, key: &Value) -> Result<Option<Value>, PyErr> {
        let key_ref = key;
        if d.borrow().finds_without_vm(key) {
            return d.borrow_mut().remove(key).map_err(|_| self.unhashable_key(key_ref, "a dict key"));
        }
        let (h, pos) = self.dict_find(d, key)?;
        Ok(pos.and_then(|p| d.borrow_mut().remove_at(h, p)))
    }

    /// CPython's TypeError for an unhashable key used as `role` ("a dict key", "a set
    /// element").
    pub fn unhashable_key(&self, key: &Value, role: &str) -> PyErr {
        let t = self.type_name(key);
        // A hashable container (a tuple) holding an unhashable item: hashing the item failed,
        // and that error is the one CPython reports.
        if let Err(crate::objects::dict::Unhashable(inner)) = crate::objects::dict::hash_key(key)
            && inner != t
        {
            return self.type_error(format!("unhashable type: '{inner}'"));
        }
        self.type_error(format!("cannot use '{t}' as {role} (unhashable type: '{t}')"))
    }

    /// Turns a dict-key TypeError of a set operation into the set-element one.
    pub fn as_set_error(&self, e: PyErr) -> PyErr {
        let msg = crate::interp::exceptions::message_of(&e.0);
        if self.is_instance_of(&e.0, "TypeError") && msg.starts_with("cannot use '") && msg.contains(" as a dict key ") {
            return self.type_error(msg.replacen(" as a dict key ", " as a set element ", 1));
        }
        e
    }

    /// The `<__main__.C object at 0x...>` repr of `object.__repr__`.
    pub fn default_repr(&mut self, v: &Value) -> String {
        let ty = self.types.type_of(v);
        let module = match &ty.payload {
            Payload::Type(t) => match t.dict.borrow().get_str("__module__") {
                Some(m) => m.as_str().map(str::to_string),
                None => None,
            },
            _ => None,
        };
        let qual = match &ty.payload {
            Payload::Type(t) => t.qualname.borrow().clone(),
            _ => "object".to_string(),
        };
        match module {
            Some(m) if m != "builtins" => format!("<{m}.{qual} object at {:#x}>", v.id()),
            _ => format!("<{qual} object at {:#x}>", v.id()),
        }
    }
}
