//! `_string`: the format-string parser behind `string.Formatter`. `formatter_parser(s)`
//! yields CPython's `(literal, field_name, format_spec, conversion)` tuples (an escaped
//! brace ends a literal with no field), and `formatter_field_name_split(name)` gives the
//! first part (an int when all digits) and the `(is_attribute, key)` steps after it. Errors
//! are CPython's ValueErrors.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;
use num_bigint::BigInt;

/// The `_string` module.
pub fn make(_vm: &mut Vm) -> Value {
    module(
        "_string",
        vec![
            ("formatter_parser", builtin("formatter_parser", formatter_parser)),
            ("formatter_field_name_split", builtin("formatter_field_name_split", field_name_split)),
        ],
    )
}

fn str_arg(vm: &Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Result<String, PyErr> {
    super::util::exactly_one(vm, name, args, kwargs)?;
    match args[0].as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("{name}() argument must be str, not {}", vm.type_name(&args[0])))),
    }
}

/// One parsed piece: literal text, then the field if one follows.
type Piece = (String, Option<(String, String, Option<char>)>);

fn parse(vm: &Vm, s: &str) -> Result<Vec<Piece>, PyErr> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    let err = |m: &str| vm.error("ValueError", m);
    while i < chars.len() {
        let start = i;
        let mut c = '\0';
        let mut markup = false;
        while i < chars.len() {
            c = chars[i];
            i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = i >= chars.len();
        let mut len = i - start;
        if c == '}' && markup && (at_end || chars[i] != '}') {
            return Err(err("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(err("Single '{' encountered in format string"));
        }
        if markup && !at_end {
            if chars[i] == c {
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = chars[start..start + len].iter().collect();
        if !markup {
            out.push((literal, None));
            continue;
        }
        // The field: name up to '}', ':' or '!' ('[...]' may hold any of them).
        let name_start = i;
        let mut c = '\0';
        while i < chars.len() {
            c = chars[i];
            i += 1;
            match c {
                '{' => return Err(err("unexpected '{' in field name")),
                '[' => {
                    while i < chars.len() && chars[i] != ']' {
                        i += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let name_end = if matches!(c, '}' | ':' | '!') { i - 1 } else { i };
        let name: String = chars[name_start..name_end].iter().collect();
        let mut conversion = None;
        let mut spec = String::new();
        if c == '!' || c == ':' {
            let mut spec_follows = true;
            if c == '!' {
                if i >= chars.len() {
                    return Err(err("end of string while looking for conversion specifier"));
                }
                conversion = Some(chars[i]);
                i += 1;
                if i < chars.len() {
                    let n = chars[i];
                    i += 1;
                    if n == '}' {
                        spec_follows = false;
                    } else if n != ':' {
                        return Err(err("expected ':' after conversion specifier"));
                    }
                }
            }
            if spec_follows {
                let spec_start = i;
                let mut count = 1;
                let mut closed = false;
                while i < chars.len() {
                    let ch = chars[i];
                    i += 1;
                    if ch == '{' {
                        count += 1;
                    } else if ch == '}' {
                        count -= 1;
                        if count == 0 {
                            spec = chars[spec_start..i - 1].iter().collect();
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(err("unmatched '{' in format spec"));
                }
            }
        } else if c != '}' {
            return Err(err("expected '}' before end of string"));
        }
        out.push((literal, Some((name, spec, conversion))));
    }
    Ok(out)
}

fn formatter_parser(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let s = str_arg(vm, "formatter_parser", &args, &kwargs)?;
    let pieces = parse(vm, &s)?;
    let items: Vec<Value> = pieces
        .into_iter()
        .map(|(lit, field)| match field {
            None => new_tuple([Value::str(lit), Value::None, Value::None, Value::None]),
            Some((name, spec, conv)) => new_tuple([
                Value::str(lit),
                Value::str(name),
                Value::str(spec),
                conv.map_or(Value::None, |c| Value::str(c.to_string())),
            ]),
        })
        .collect();
    vm.get_iter(&new_list(items))
}

/// A field-name part: an int when it is all ASCII digits, else the text.
fn key_value(s: &str) -> Value {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(n) = s.parse::<i64>() {
            return Value::Int(n);
        }
        if let Some(b) = BigInt::parse_bytes(s.as_bytes(), 10) {
            return crate::objects::int::from_big(b);
        }
    }
    Value::str(s)
}

fn field_name_split(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let s = str_arg(vm, "formatter_field_name_split", &args, &kwargs)?;
    let first_end = s.find(['.', '[']).unwrap_or(s.len());
    let first = key_value(&s[..first_end]);
    let mut rest = &s[first_end..];
    let mut steps = Vec::new();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            if e == 0 {
                return Err(vm.error("ValueError", "Empty attribute in format string"));
            }
            steps.push(new_tuple([Value::Bool(true), Value::str(&r[..e])]));
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(e) = r.find(']') else { return Err(vm.error("ValueError", "Missing ']' in format string")) };
            if e == 0 {
                return Err(vm.error("ValueError", "Empty attribute in format string"));
            }
            steps.push(new_tuple([Value::Bool(false), key_value(&r[..e])]));
            rest = &r[e + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(vm.error("ValueError", "Only '.' or '[' may follow ']' in format field specifier"));
            }
        } else {
            return Err(vm.error("ValueError", "Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let it = vm.get_iter(&new_list(steps))?;
    Ok(new_tuple([first, it]))
}
