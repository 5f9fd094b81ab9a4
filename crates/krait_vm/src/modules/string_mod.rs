//! `_string`: the two helpers `string.Formatter` is built on — `formatter_parser(s)`
//! (the `(literal, field_name, format_spec, conversion)` chunks of a format string) and
//! `formatter_field_name_split(name)` (the first name and its `.attr`/`[key]` parts) —
//! with CPython's ValueErrors for malformed format strings.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::iter::IterState;
use crate::value::Value;
use std::cell::RefCell;

fn str_arg(vm: &Vm, fname: &str, args: &Args, kwargs: &Kwargs) -> Result<String, PyErr> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    let [v] = args.as_slice() else {
        return Err(vm.type_error(format!("{fname}() takes exactly one argument ({} given)", args.len())));
    };
    let n = crate::builtins::slots::unwrap_native(v);
    match n.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("expected str, got {}", vm.type_name(v)))),
    }
}

fn opt(s: Option<String>) -> Value {
    s.map_or(Value::None, Value::str)
}

/// One field after its `{`: (field name, format spec, conversion), the rest consumed.
fn parse_field(vm: &Vm, c: &[char], i: &mut usize) -> Result<(String, String, Option<char>), PyErr> {
    let start = *i;
    let mut stop = None;
    while *i < c.len() {
        let ch = c[*i];
        *i += 1;
        match ch {
            '{' => return Err(vm.error("ValueError", "unexpected '{' in field name")),
            '[' => {
                while *i < c.len() && c[*i] != ']' {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(ch);
                break;
            }
            _ => {}
        }
    }
    let Some(stop) = stop else { return Err(vm.error("ValueError", "expected '}' before end of string")) };
    let name: String = c[start..*i - 1].iter().collect();
    if stop == '}' {
        return Ok((name, String::new(), None));
    }
    let mut conversion = None;
    if stop == '!' {
        if *i >= c.len() {
            return Err(vm.error("ValueError", "end of string while looking for conversion specifier"));
        }
        conversion = Some(c[*i]);
        *i += 1;
        if *i < c.len() {
            let next = c[*i];
            *i += 1;
            if next == '}' {
                return Ok((name, String::new(), conversion));
            }
            if next != ':' {
                return Err(vm.error("ValueError", "expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    while *i < c.len() {
        let ch = c[*i];
        *i += 1;
        match ch {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok((name, c[spec_start..*i - 1].iter().collect(), conversion));
                }
            }
            _ => {}
        }
    }
    Err(vm.error("ValueError", "unmatched '{' in format spec"))
}

fn formatter_parser(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let s = str_arg(vm, "formatter_parser", &args, &kwargs)?;
    let c: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let lit_start = i;
        let mut brace = None;
        while i < c.len() {
            let ch = c[i];
            i += 1;
            if ch == '{' || ch == '}' {
                brace = Some(ch);
                break;
            }
        }
        let at_end = i >= c.len();
        let mut len = i - lit_start;
        let mut markup = brace.is_some();
        if brace == Some('}') && (at_end || c[i] != '}') {
            return Err(vm.error("ValueError", "Single '}' encountered in format string"));
        }
        if at_end && brace == Some('{') {
            return Err(vm.error("ValueError", "Single '{' encountered in format string"));
        }
        if !at_end && brace.is_some() {
            if Some(c[i]) == brace {
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = c[lit_start..lit_start + len].iter().collect();
        if !markup {
            out.push(new_tuple(vec![Value::str(literal), Value::None, Value::None, Value::None]));
            continue;
        }
        let (name, spec, conv) = parse_field(vm, &c, &mut i)?;
        out.push(new_tuple(vec![Value::str(literal), Value::str(name), Value::str(spec), opt(conv.map(String::from))]));
    }
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Values { items: out, pos: 0 }))))
}

/// A field-name part: an int when it is all decimal digits.
fn part(s: String) -> Value {
    if !s.is_empty()
        && s.chars().all(|c| c.is_ascii_digit())
        && let Ok(n) = s.parse::<i64>()
    {
        return Value::Int(n);
    }
    Value::str(s)
}

fn formatter_field_name_split(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let s = str_arg(vm, "formatter_field_name_split", &args, &kwargs)?;
    let c: Vec<char> = s.chars().collect();
    let first_end = c.iter().position(|&ch| ch == '.' || ch == '[').unwrap_or(c.len());
    let first = part(c[..first_end].iter().collect());
    let mut rest = Vec::new();
    let mut i = first_end;
    while i < c.len() {
        let ch = c[i];
        i += 1;
        if ch == '.' {
            let start = i;
            while i < c.len() && c[i] != '.' && c[i] != '[' {
                i += 1;
            }
            if i == start {
                return Err(vm.error("ValueError", "Empty attribute in format string"));
            }
            rest.push(new_tuple(vec![Value::Bool(true), Value::str(c[start..i].iter().collect::<String>())]));
        } else if ch == '[' {
            let start = i;
            while i < c.len() && c[i] != ']' {
                i += 1;
            }
            if i >= c.len() {
                return Err(vm.error("ValueError", "Missing ']' in format string"));
            }
            if i == start {
                return Err(vm.error("ValueError", "Empty attribute in format string"));
            }
            rest.push(new_tuple(vec![Value::Bool(false), part(c[start..i].iter().collect())]));
            i += 1;
            if i < c.len() && c[i] != '.' && c[i] != '[' {
                return Err(vm.error("ValueError", "Only '.' or '[' may follow ']' in format field specifier"));
            }
        } else {
            return Err(vm.error("ValueError", "Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let it = Value::new_obj(Payload::Iter(RefCell::new(IterState::Values { items: rest, pos: 0 })));
    Ok(new_tuple(vec![first, it]))
}

pub fn make(_vm: &mut Vm) -> Value {
    module(
        "_string",
        vec![
            ("formatter_parser", builtin("formatter_parser", formatter_parser)),
            ("formatter_field_name_split", builtin("formatter_field_name_split", formatter_field_name_split)),
        ],
    )
}
