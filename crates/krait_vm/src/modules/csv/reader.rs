//! `_csv.reader`: CPython's parser state machine over the lines an iterator gives, one
//! record per `__next__` (a quoted field may span lines), with the dialect's quoting,
//! escaping, doublequote, skipinitialspace and strict rules, the field size limit and
//! CPython's errors.

use super::dialect::{self, Params, QUOTE_NONE, QUOTE_NONNUMERIC, QUOTE_NOTNULL, QUOTE_STRINGS};
use super::{Args, Kwargs, field_limit};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_list;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// A reader's state between records.
struct Reader {
    input: Value,
    dialect: Value,
    params: Params,
    line_num: i64,
}

thread_local! {
    static CLASS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// The `_csv.Reader` type.
pub fn class(vm: &Vm) -> ObjRef {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[("__iter__", iter_self), ("__next__", next)];
    let ty = native::new_type("reader", "_csv", &vm.types.object, methods, &[], None);
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        for (n, f) in [("dialect", get_dialect as BuiltinFn), ("line_num", get_line_num)] {
            d.set_str(n, Value::new_obj(Payload::Property { fget: builtin(n, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
    }
    CLASS.with(|c| *c.borrow_mut() = Some(ty.clone()));
    ty
}

/// `_csv.reader(iterable, /, dialect='excel', **fmtparams)`.
pub fn reader(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        let n = args.len();
        return Err(vm.type_error(if n == 0 {
            "reader expected at least 1 argument, got 0".to_string()
        } else {
            format!("reader expected at most 2 arguments, got {n}")
        }));
    }
    let input = vm.get_iter(&args[0])?;
    let d = dialect::call_dialect(vm, args.get(1).cloned(), kwargs)?;
    let params = dialect::params(&d).ok_or_else(|| vm.type_error("bad dialect"))?;
    let c = class(vm);
    Ok(native::wrap(&c, Reader { input, dialect: d, params, line_num: 0 }))
}

fn iter_self(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    args.first().cloned().ok_or_else(|| vm.type_error("descriptor '__iter__' needs an argument"))
}

fn get_dialect(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    args.first().and_then(|v| native::with_state::<Reader, _>(v, |r| r.dialect.clone())).ok_or_else(|| vm.type_error("not a reader"))
}

fn get_line_num(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    args.first().and_then(|v| native::with_state::<Reader, _>(v, |r| Value::Int(r.line_num))).ok_or_else(|| vm.type_error("not a reader"))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// One record being parsed. `None` as a character is the end of a line.
struct Parser<'a> {
    d: &'a Params,
    state: State,
    field: String,
    field_len: usize,
    unquoted: bool,
    fields: Vec<Value>,
    limit: i64,
}

impl Parser<'_> {
    fn save_field(&mut self, vm: &mut Vm) -> Result<(), PyErr> {
        let q = self.d.quoting;
        let field = if self.unquoted && self.field_len == 0 && (q == QUOTE_NOTNULL || q == QUOTE_STRINGS) {
            Value::None
        } else {
            let text = Value::str(std::mem::take(&mut self.field));
            let nonempty = self.field_len != 0;
            self.field_len = 0;
            if self.unquoted && nonempty && (q == QUOTE_NONNUMERIC || q == QUOTE_STRINGS) {
                let float = Value::Obj(vm.types.float.clone());
                vm.call(float, vec![text], vec![])?
            } else {
                text
            }
        };
        self.fields.push(field);
        Ok(())
    }

    fn add_char(&mut self, vm: &mut Vm, c: char) -> Result<(), PyErr> {
        if self.field_len as i64 >= self.limit {
            return Err(dialect::csv_error(vm, format!("field larger than field limit ({})", self.limit)));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    fn process(&mut self, vm: &mut Vm, c: Option<char>) -> Result<(), PyErr> {
        let d = self.d;
        let is_nl = |c: Option<char>| matches!(c, Some('\n' | '\r'));
        let is_quote = |c: Option<char>| c.is_some() && c == d.quotechar && d.quoting != QUOTE_NONE;
        let is_escape = |c: Option<char>| c.is_some() && c == d.escapechar;
        let is_delim = |c: Option<char>| c == Some(d.delimiter);
        let mut state = self.state;
        if state == State::StartRecord {
            if c.is_none() {
                return Ok(());
            }
            if is_nl(c) {
                self.state = State::EatCrnl;
                return Ok(());
            }
            state = State::StartField;
        }
        if state == State::AfterEscapedCrnl {
            if c.is_none() {
                return Ok(());
            }
            state = State::InField;
        }
        match state {
            State::StartField => {
                self.unquoted = true;
                if is_nl(c) || c.is_none() {
                    self.save_field(vm)?;
                    self.state = if c.is_none() { State::StartRecord } else { State::EatCrnl };
                } else if is_quote(c) {
                    self.unquoted = false;
                    self.state = State::InQuotedField;
                } else if is_escape(c) {
                    self.state = State::EscapedChar;
                } else if c == Some(' ') && d.skipinitialspace {
                    self.state = State::StartField;
                } else if is_delim(c) {
                    self.save_field(vm)?;
                    self.state = State::StartField;
                } else if let Some(ch) = c {
                    self.add_char(vm, ch)?;
                    self.state = State::InField;
                }
            }
            State::EscapedChar => {
                if let Some(ch @ ('\n' | '\r')) = c {
                    self.add_char(vm, ch)?;
                    self.state = State::AfterEscapedCrnl;
                } else {
                    self.add_char(vm, c.unwrap_or('\n'))?;
                    self.state = State::InField;
                }
            }
            State::InField => {
                if is_nl(c) || c.is_none() {
                    self.save_field(vm)?;
                    self.state = if c.is_none() { State::StartRecord } else { State::EatCrnl };
                } else if is_escape(c) {
                    self.state = State::EscapedChar;
                } else if is_delim(c) {
                    self.save_field(vm)?;
                    self.state = State::StartField;
                } else if let Some(ch) = c {
                    self.add_char(vm, ch)?;
                    self.state = State::InField;
                }
            }
            State::InQuotedField => {
                if c.is_none() {
                    self.state = State::InQuotedField;
                } else if is_escape(c) {
                    self.state = State::EscapeInQuotedField;
                } else if is_quote(c) {
                    self.state = if d.doublequote { State::QuoteInQuotedField } else { State::InField };
                } else if let Some(ch) = c {
                    self.add_char(vm, ch)?;
                    self.state = State::InQuotedField;
                }
            }
            State::EscapeInQuotedField => {
                self.add_char(vm, c.unwrap_or('\n'))?;
                self.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => {
                if is_quote(c) {
                    if let Some(ch) = c {
                        self.add_char(vm, ch)?;
                    }
                    self.state = State::InQuotedField;
                } else if is_delim(c) {
                    self.save_field(vm)?;
                    self.state = State::StartField;
                } else if is_nl(c) || c.is_none() {
                    self.save_field(vm)?;
                    self.state = if c.is_none() { State::StartRecord } else { State::EatCrnl };
                } else if !d.strict {
                    if let Some(ch) = c {
                        self.add_char(vm, ch)?;
                    }
                    self.state = State::InField;
                } else {
                    let q = d.quotechar.unwrap_or('"');
                    return Err(dialect::csv_error(vm, format!("'{}' expected after '{q}'", d.delimiter)));
                }
            }
            State::EatCrnl => {
                if is_nl(c) {
                } else if c.is_none() {
                    self.state = State::StartRecord;
                } else {
                    return Err(dialect::csv_error(vm, "new-line character seen in unquoted field - do you need to open the file with newline=''?"));
                }
            }
            State::StartRecord | State::AfterEscapedCrnl => {}
        }
        Ok(())
    }
}

fn next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some((input, params)) = native::with_state::<Reader, _>(&this, |r| (r.input.clone(), r.params.clone())) else {
        return Err(vm.type_error("descriptor '__next__' requires a '_csv.reader' object"));
    };
    let mut p = Parser { d: &params, state: State::StartRecord, field: String::new(), field_len: 0, unquoted: false, fields: Vec::new(), limit: field_limit() };
    loop {
        let Some(line) = vm.next(&input)? else {
            if p.field_len != 0 || p.state == State::InQuotedField {
                if params.strict {
                    return Err(dialect::csv_error(vm, "unexpected end of data"));
                }
                p.save_field(vm)?;
                break;
            }
            return Err(vm.stop_iteration(Value::None));
        };
        let Some(text) = line.as_str().map(str::to_string) else {
            return Err(dialect::csv_error(
                vm,
                format!("iterator should return strings, not {} (the file should be opened in text mode)", vm.type_name(&line)),
            ));
        };
        native::with_state::<Reader, _>(&this, |r| r.line_num += 1);
        for c in text.chars() {
            p.process(vm, Some(c))?;
        }
        p.process(vm, None)?;
        if p.state == State::StartRecord {
            break;
        }
    }
    Ok(new_list(std::mem::take(&mut p.fields)))
}
