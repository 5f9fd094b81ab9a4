//! Exception groups (PEP 654): `BaseExceptionGroup(message, exceptions)` and its methods
//! (`split`, `subgroup`, `derive`, `str`), and what `except*` runs on (CHECK_EG_MATCH and the
//! PREP_RERAISE_STAR intrinsic). `message` and `exceptions` are read from `args`.

use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::exceptions::exc_payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::types;
use crate::value::Value;

/// Installs `__new__`, `__str__`, `split`, `subgroup`, `derive` on BaseExceptionGroup.
pub fn install(vm: &Vm) {
    let beg = vm.types.exception("BaseExceptionGroup");
    let Payload::Type(t) = &beg.payload else { return };
    let mut d = t.dict_mut();
    d.set_str("__new__", Value::new_obj(Payload::StaticMethod(super::builtin("__new__", eg_new))));
    d.set_str("__init__", super::builtin("__init__", eg_init));
    for (name, f) in [("__str__", eg_str as crate::objects::function::BuiltinFn), ("split", eg_split), ("subgroup", eg_subgroup), ("derive", eg_derive)] {
        d.set_str(name, Value::new_obj(Payload::MethodDescr { func: crate::objects::function::BuiltinFunction { name, func: f, one: None }, owner: beg.clone(), arity: crate::objects::function::Arity::Any, direct: crate::objects::function::Direct::None }));
    }
}

impl Vm {
    /// Is `v` an exception group?
    pub fn is_exception_group(&self, v: &Value) -> bool {
        self.is_instance_of(v, "BaseExceptionGroup")
    }

    /// The (message, exceptions) of an exception group.
    pub fn eg_parts(&self, eg: &Value) -> (Value, Vec<Value>) {
        let Some(i) = exc_payload(eg) else { return (Value::None, Vec::new()) };
        let args = i.exc().args.borrow().clone();
        let Some(Payload::Tuple(a)) = args.payload() else { return (Value::None, Vec::new()) };
        let msg = a.first().cloned().unwrap_or(Value::None);
        let excs = match a.get(1).and_then(Value::payload) {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => Vec::new(),
        };
        (msg, excs)
    }

    /// A new exception group `BaseExceptionGroup(message, excs)` (an ExceptionGroup when all
    /// are Exceptions).
    pub fn new_exception_group(&mut self, message: &str, excs: Vec<Value>) -> PyResult {
        let beg = Value::Obj(self.types.exception("BaseExceptionGroup"));
        self.call(beg, vec![Value::str(message), new_list(excs)], vec![])
    }

    /// `eg.split(condition)` for any exception (a leaf matches or not as a whole).
    fn eg_split_value(&mut self, exc: &Value, cond: &Matcher) -> Result<(Value, Value), PyErr> {
        if self.matches(exc, cond)? {
            return Ok((exc.clone(), Value::None));
        }
        if !self.is_exception_group(exc) {
            return Ok((Value::None, exc.clone()));
        }
        let (_, excs) = self.eg_parts(exc);
        let (mut yes, mut no) = (Vec::new(), Vec::new());
        for e in excs {
            let (m, r) = self.eg_split_value(&e, cond)?;
            if !matches!(m, Value::None) {
                yes.push(m);
            }
            if !matches!(r, Value::None) {
                no.push(r);
            }
        }
        let m = self.eg_subset(exc, yes)?;
        let r = self.eg_subset(exc, no)?;
        Ok((m, r))
    }

    /// `eg.derive(excs)` with eg's traceback, cause, context and notes; None for no excs.
    fn eg_subset(&mut self, eg: &Value, excs: Vec<Value>) -> PyResult {
        if excs.is_empty() {
            return Ok(Value::None);
        }
        let derive = self.getattr(eg, "derive")?;
        let new = self.call(derive, vec![new_list(excs)], vec![])?;
        if !self.is_exception_instance(&new) {
            return Err(self.type_error(format!("derive must return an instance of BaseExceptionGroup, not {}", self.type_name(&new))));
        }
        if let (Some(src), Some(dst)) = (exc_payload(eg), exc_payload(&new)) {
            *dst.exc().traceback.borrow_mut() = src.exc().traceback.borrow().clone();
            *dst.exc().cause.borrow_mut() = src.exc().cause.borrow().clone();
            *dst.exc().context.borrow_mut() = src.exc().context.borrow().clone();
            dst.exc().suppress_context.set(src.exc().suppress_context.get());
        }
        if let Some(notes) = self.getattr_opt(eg, "__notes__")?
            && let Ok(items) = self.seq_items(&notes)
        {
            self.setattr(&new, "__notes__", new_list(items))?;
        }
        Ok(new)
    }

    fn matches(&mut self, exc: &Value, cond: &Matcher) -> Result<bool, PyErr> {
        match cond {
            Matcher::Types(t) => self.exception_matches(exc, t),
            Matcher::Call(f) => {
                let r = self.call(f.clone(), vec![exc.clone()], vec![])?;
                self.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(!self.is_exception_group(exc) && ids.contains(&exc.id())),
        }
    }

    fn matcher(&self, cond: &Value) -> Result<Matcher, PyErr> {
        let is_exc_class = |v: &Value| v.as_obj().is_some_and(|c| matches!(c.payload, Payload::Type(_)) && self.is_exception_class(c));
        match cond.payload() {
            Some(Payload::Type(_)) if is_exc_class(cond) => Ok(Matcher::Types(cond.clone())),
            Some(Payload::Tuple(items)) if items.iter().all(is_exc_class) => Ok(Matcher::Types(cond.clone())),
            Some(Payload::Type(_)) => Err(self.type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)")),
            _ if crate::builtins::callable_value(self, cond) => Ok(Matcher::Call(cond.clone())),
            _ => Err(self.type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)")),
        }
    }

    /// CHECK_EG_MATCH: (rest, match) of the raised `exc` against an `except*` clause's type.
    pub fn check_eg_match(&mut self, exc: &Value, match_type: &Value) -> Result<(Value, Value), PyErr> {
        self.check_except_star_type(match_type)?;
        if self.exception_matches(exc, match_type)? {
            if self.is_exception_group(exc) {
                return Ok((Value::None, exc.clone()));
            }
            let wrapped = self.new_exception_group("", vec![exc.clone()])?;
            if let (Some(src), Some(dst)) = (exc_payload(exc), exc_payload(&wrapped)) {
                *dst.exc().traceback.borrow_mut() = src.exc().traceback.borrow().last().cloned().into_iter().collect();
            }
            // The wrapper's args hold a tuple, as CPython's.
            if let Some(i) = exc_payload(&wrapped) {
                *i.exc().args.borrow_mut() = new_tuple([Value::str(""), new_tuple([exc.clone()])]);
            }
            return Ok((Value::None, wrapped));
        }
        if self.is_exception_group(exc) {
            let m = self.matcher(match_type)?;
            let (yes, no) = self.eg_split_value(exc, &m)?;
            return Ok((no, yes));
        }
        Ok((exc.clone(), Value::None))
    }

    fn check_except_star_type(&mut self, t: &Value) -> Result<(), PyErr> {
        let items = match t.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![t.clone()],
        };
        let beg = self.types.exception("BaseExceptionGroup");
        for it in &items {
            match it.as_obj() {
                Some(c) if matches!(c.payload, Payload::Type(_)) && self.is_exception_class(c) => {
                    if types::is_subclass(c, &beg) {
                        return Err(self.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
                    }
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
            }
        }
        Ok(())
    }

    /// PREP_RERAISE_STAR: what leaves an `except*` statement (None, a reraised part of
    /// `orig`, the exceptions its handlers raised, or a group of them).
    pub fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult {
        let excs = self.seq_items(excs)?;
        let excs: Vec<Value> = excs.into_iter().filter(|e| !matches!(e, Value::None)).collect();
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if !self.is_exception_group(orig) {
            return Ok(excs[0].clone());
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in excs {
            if same_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut leaves = Vec::new();
        for e in &reraised {
            self.leaf_ids(e, &mut leaves);
        }
        let reraised_eg = if leaves.is_empty() { Value::None } else { self.eg_split_value(orig, &Matcher::Leaves(leaves))?.0 };
        if raised.is_empty() {
            return Ok(reraised_eg);
        }
        if !matches!(reraised_eg, Value::None) {
            raised.push(reraised_eg);
        }
        if raised.len() == 1 {
            return Ok(raised.remove(0));
        }
        self.new_exception_group("", raised)
    }

    fn leaf_ids(&self, e: &Value, out: &mut Vec<i64>) {
        if self.is_exception_group(e) {
            for x in self.eg_parts(e).1 {
                self.leaf_ids(&x, out);
            }
        } else {
            out.push(e.id());
        }
    }
}

/// How `split`/`subgroup` choose exceptions.
enum Matcher {
    Types(Value),
    Call(Value),
    /// The leaves with these ids (PREP_RERAISE_STAR's projection).
    Leaves(Vec<i64>),
}

/// Do two exceptions share traceback, cause, context and notes (a bare `raise` of a split part)?
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (exc_payload(a), exc_payload(b)) else { return false };
    let tb = |t: &[crate::objects::types::TbEntry]| t.iter().map(|e| (e.filename.clone(), e.line, e.col)).collect::<Vec<_>>();
    tb(&x.exc().traceback.borrow()) == tb(&y.exc().traceback.borrow())
        && x.exc().cause.borrow().is(&y.exc().cause.borrow())
        && x.exc().context.borrow().is(&y.exc().context.borrow())
}

fn eg_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", "BaseExceptionGroup")));
    }
    let mut it = args.into_iter();
    let cls = it.next().and_then(|c| c.as_obj().cloned()).ok_or_else(|| vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"))?;
    let rest: Vec<Value> = it.collect();
    let cname = types::type_name(&cls);
    if rest.len() != 2 {
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", rest.len())));
    }
    let (msg, seq) = (&rest[0], &rest[1]);
    if msg.as_str().is_none() {
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", vm.type_name(msg))));
    }
    let is_seq = matches!(seq.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
        || (!matches!(seq.payload(), Some(Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_)))
            && types::lookup(&vm.types.type_of(seq), "__getitem__").is_some());
    if !is_seq {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.seq_items(seq)?;
    if excs.is_empty() {
        return Err(vm.error("ValueError", "second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.types.exception("Exception");
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if !vm.is_exception_instance(e) {
            return Err(vm.error("ValueError", format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exceptions &= types::is_subclass(&vm.types.type_of(e), &exception);
    }
    let beg = vm.types.exception("BaseExceptionGroup");
    let eg = vm.types.exception("ExceptionGroup");
    let class = if std::rc::Rc::ptr_eq(&cls, &eg) {
        if !all_exceptions {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        cls.clone()
    } else if std::rc::Rc::ptr_eq(&cls, &beg) {
        if all_exceptions { eg } else { beg }
    } else {
        if !all_exceptions && types::is_subclass(&cls, &exception) {
            return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{cname}'")));
        }
        cls.clone()
    };
    vm.new_object(&class, rest.clone(), vec![])
}

fn eg_init(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn eg_str(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let eg = args.first().cloned().unwrap_or(Value::None);
    let (msg, excs) = vm.eg_parts(&eg);
    let msg = vm.to_str(&msg)?;
    let n = excs.len();
    Ok(Value::str(format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn eg_split(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [eg, cond] = args.as_slice() else { return Err(vm.type_error("split() takes exactly one argument")) };
    let m = vm.matcher(cond)?;
    let (yes, no) = vm.eg_split_value(eg, &m)?;
    Ok(new_tuple([yes, no]))
}

fn eg_subgroup(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [eg, cond] = args.as_slice() else { return Err(vm.type_error("subgroup() takes exactly one argument")) };
    let m = vm.matcher(cond)?;
    Ok(vm.eg_split_value(eg, &m)?.0)
}

fn eg_derive(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [eg, excs] = args.as_slice() else { return Err(vm.type_error("derive() takes exactly one argument")) };
    let (msg, _) = vm.eg_parts(eg);
    let beg = Value::Obj(vm.types.exception("BaseExceptionGroup"));
    vm.call(beg, vec![msg, excs.clone()], vec![])
}

/// `eg.message` and `eg.exceptions`.
pub fn eg_attr(vm: &Vm, eg: &Value, name: &str) -> Option<Value> {
    if !matches!(name, "message" | "exceptions") || !vm.is_exception_group(eg) {
        return None;
    }
    let (msg, excs) = vm.eg_parts(eg);
    Some(if name == "message" { msg } else { new_tuple(excs) })
}

/// Checks `PyErr` carries an exception group (for tracebacks).
pub fn is_group(vm: &Vm, e: &PyErr) -> bool {
    vm.is_exception_group(&e.0)
}
