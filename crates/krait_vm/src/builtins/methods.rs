//! Methods of the built-in types (str, list, dict, set): each takes its receiver as the
//! first argument (already unwrapped from a subclass instance).

use crate::heap::Payload;
use crate::interp::call::new_list;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::types::Kind;
use crate::value::Value;

type Args = Vec<Value>;
type Kwargs = Vec<(String, Value)>;

/// The method tables of the built-in types, installed in their type dicts as method
/// descriptors (`crate::builtins::slots`).
pub fn tables() -> [(Kind, &'static [(&'static str, BuiltinFn)]); 4] {
    [(Kind::Str, STR_METHODS), (Kind::List, LIST_METHODS), (Kind::Dict, DICT_METHODS), (Kind::Set, SET_METHODS)]
}

const STR_METHODS: &[(&str, BuiltinFn)] = &[
    ("join", str_join),
    ("split", str_split),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("upper", str_upper),
    ("lower", str_lower),
    ("replace", str_replace),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("find", str_find),
    ("count", str_count),
    ("isdigit", str_isdigit),
    ("isalpha", str_isalpha),
    ("format", str_format),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("zfill", str_zfill),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("splitlines", str_splitlines),
    ("partition", str_partition),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("isspace", str_isspace),
    ("isalnum", str_isalnum),
    ("index", str_index),
    ("rfind", str_rfind),
    ("swapcase", str_swapcase),
];

const LIST_METHODS: &[(&str, BuiltinFn)] = &[
    ("append", list_append),
    ("pop", list_pop),
    ("extend", list_extend),
    ("insert", list_insert),
    ("index", list_index),
    ("count", list_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
    ("remove", list_remove),
];

const DICT_METHODS: &[(&str, BuiltinFn)] = &[
    ("get", dict_get),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("pop", dict_pop),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("copy", dict_copy),
];

fn recv_str(args: &Args) -> String {
    args.first().and_then(|v| v.as_str()).unwrap_or("").to_string()
}

fn str_arg(vm: &Vm, args: &Args, i: usize, method: &str) -> Result<String, PyErr> {
    match args.get(i) {
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error(format!("{method} arg must be None or str"))),
        },
        None => Err(vm.type_error(format!("{method}() takes at least 1 argument (0 given)"))),
    }
}

fn str_join(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let sep = recv_str(&args);
    let Some(it) = args.get(1) else { return Err(vm.type_error("str.join() takes exactly one argument (0 given)")) };
    let items = vm.seq_items(it)?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        match v.as_str() {
            Some(s) => parts.push(s.to_string()),
            None => {
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(v))));
            }
        }
    }
    Ok(Value::str(parts.join(&sep)))
}

fn str_split(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let sep_arg = args.get(1).cloned().or_else(|| kwargs.iter().find(|(k, _)| k == "sep").map(|(_, v)| v.clone()));
    let max = match args.get(2).cloned().or_else(|| kwargs.iter().find(|(k, _)| k == "maxsplit").map(|(_, v)| v.clone())) {
        Some(Value::Int(n)) if n >= 0 => Some(n as usize),
        _ => None,
    };
    let parts: Vec<Value> = match sep_arg.filter(|v| !matches!(v, Value::None)) {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if max.is_some_and(|m| out.len() >= m) {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start();
            }
            out
        }
        Some(sep) => {
            let Some(sep) = sep.as_str().map(str::to_string) else {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&sep))));
            };
            if sep.is_empty() {
                return Err(vm.error("ValueError", "empty separator"));
            }
            match max {
                Some(m) => s.splitn(m + 1, sep.as_str()).map(Value::str).collect(),
                None => s.split(sep.as_str()).map(Value::str).collect(),
            }
        }
    };
    Ok(new_list(parts))
}

fn strip_chars(args: &Args) -> Option<Vec<char>> {
    args.get(1).and_then(|v| v.as_str()).map(|c| c.chars().collect())
}

fn str_strip(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    Ok(Value::str(match strip_chars(&args) {
        Some(c) => s.trim_matches(c.as_slice()).to_string(),
        None => s.trim().to_string(),
    }))
}

fn str_lstrip(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    Ok(Value::str(match strip_chars(&args) {
        Some(c) => s.trim_start_matches(c.as_slice()).to_string(),
        None => s.trim_start().to_string(),
    }))
}

fn str_rstrip(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    Ok(Value::str(match strip_chars(&args) {
        Some(c) => s.trim_end_matches(c.as_slice()).to_string(),
        None => s.trim_end().to_string(),
    }))
}

fn str_upper(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(recv_str(&args).to_uppercase()))
}

fn str_lower(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(recv_str(&args).to_lowercase()))
}

fn str_replace(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let (a, b) = (str_arg(vm, &args, 1, "replace")?, str_arg(vm, &args, 2, "replace")?);
    Ok(Value::str(s.replace(&a, &b)))
}

fn str_startswith(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let p = str_arg(vm, &args, 1, "startswith")?;
    Ok(Value::Bool(s.starts_with(&p)))
}

fn str_endswith(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let p = str_arg(vm, &args, 1, "endswith")?;
    Ok(Value::Bool(s.ends_with(&p)))
}

fn str_find(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let p = str_arg(vm, &args, 1, "find")?;
    Ok(Value::Int(match s.find(&p) {
        Some(i) => s[..i].chars().count() as i64,
        None => -1,
    }))
}

fn str_count(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let p = str_arg(vm, &args, 1, "count")?;
    Ok(Value::Int(if p.is_empty() { s.chars().count() as i64 + 1 } else { s.matches(p.as_str()).count() as i64 }))
}

fn str_isdigit(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())))
}

fn str_isalpha(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    Ok(Value::Bool(!s.is_empty() && s.chars().all(char::is_alphabetic)))
}

fn str_format(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let pos = &args[1..];
    let mut out = String::new();
    let mut auto = 0;
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c == '{' && chars.get(i) == Some(&'{') {
            out.push('{');
            i += 1;
            continue;
        }
        if c == '}' && chars.get(i) == Some(&'}') {
            out.push('}');
            i += 1;
            continue;
        }
        if c != '{' {
            out.push(c);
            continue;
        }
        let mut field = String::new();
        while i < chars.len() && chars[i] != '}' {
            field.push(chars[i]);
            i += 1;
        }
        i += 1;
        let (name, spec) = match field.split_once(':') {
            Some((n, s)) => (n.to_string(), s.to_string()),
            None => (field.clone(), String::new()),
        };
        let (name, conv) = match name.split_once('!') {
            Some((n, c)) => (n.to_string(), Some(c.to_string())),
            None => (name, None),
        };
        let v = if name.is_empty() {
            let v = pos.get(auto).cloned();
            auto += 1;
            v
        } else if let Ok(n) = name.parse::<usize>() {
            pos.get(n).cloned()
        } else {
            kwargs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())
        };
        let Some(v) = v else {
            return Err(if name.is_empty() || name.parse::<usize>().is_ok() {
                vm.error("IndexError", format!("Replacement index {} out of range for positional args tuple", if name.is_empty() { auto - 1 } else { name.parse().unwrap_or(0) }))
            } else {
                PyErr(crate::interp::exceptions::new_exception(vm.types.exception("KeyError"), vec![Value::str(name)]))
            });
        };
        let v = match conv.as_deref() {
            Some("r") => Value::str(vm.repr(&v)?),
            Some("s") => Value::str(vm.to_str(&v)?),
            _ => v,
        };
        out.push_str(&vm.format(&v, &spec)?);
    }
    Ok(Value::str(out))
}

fn with_list<R>(args: &Args, f: impl FnOnce(&mut Vec<Value>) -> R) -> Option<R> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Some(f(&mut l.borrow_mut())),
        _ => None,
    }
}

fn list_append(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("list.append() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let v = args[1].clone();
    with_list(&args, |l| l.push(v));
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let idx = match args.get(1) {
        Some(Value::Int(i)) => Some(*i),
        _ => None,
    };
    let r = with_list(&args, |l| {
        if l.is_empty() {
            return Err("pop from empty list");
        }
        let n = l.len() as i64;
        let i = idx.unwrap_or(-1);
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err("pop index out of range");
        }
        Ok(l.remove(j as usize))
    });
    match r {
        Some(Ok(v)) => Ok(v),
        Some(Err(m)) => Err(vm.error("IndexError", m)),
        None => Ok(Value::None),
    }
}

fn list_extend(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(src) = args.get(1) else { return Err(vm.type_error("list.extend() takes exactly one argument (0 given)")) };
    let items = vm.seq_items(src)?;
    with_list(&args, |l| l.extend(items));
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (Some(Value::Int(i)), Some(v)) = (args.get(1), args.get(2)) else {
        return Err(vm.type_error("insert expected 2 arguments"));
    };
    let (i, v) = (*i, v.clone());
    with_list(&args, |l| {
        let n = l.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.insert(j as usize, v);
    });
    Ok(Value::None)
}

fn list_index(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let items = vm.seq_items(&args[0])?;
    let Some(x) = args.get(1) else { return Err(vm.type_error("index expected at least 1 argument, got 0")) };
    for (i, v) in items.iter().enumerate() {
        if vm.eq(v, x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr(x)?;
    Err(vm.error("ValueError", format!("{r} is not in list")))
}

fn list_remove(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let items = vm.seq_items(&args[0])?;
    let Some(x) = args.get(1) else { return Err(vm.type_error("list.remove() takes exactly one argument (0 given)")) };
    for (i, v) in items.iter().enumerate() {
        if vm.eq(v, x)? {
            with_list(&args, |l| l.remove(i));
            return Ok(Value::None);
        }
    }
    Err(vm.error("ValueError", "list.remove(x): x not in list"))
}

fn list_count(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let items = vm.seq_items(&args[0])?;
    let Some(x) = args.get(1) else { return Err(vm.type_error("count() takes exactly one argument (0 given)")) };
    let mut n = 0;
    for v in &items {
        if vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let key = super::kwarg(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let reverse = match super::kwarg(&mut kwargs, "reverse") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut items = vm.seq_items(&args[0])?;
    super::sort_values(vm, &mut items, key, reverse)?;
    with_list(&args, |l| *l = items);
    Ok(Value::None)
}

fn list_reverse(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with_list(&args, |l| l.reverse());
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_list(with_list(&args, |l| l.clone()).unwrap_or_default()))
}

fn list_clear(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with_list(&args, Vec::clear);
    Ok(Value::None)
}

fn dict_pairs(args: &Args) -> Vec<(Value, Value)> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Dict(d)) => d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    }
}

fn dict_get(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(key) = args.get(1) else { return Err(vm.type_error("get expected at least 1 argument, got 0")) };
    let r = match args[0].payload() {
        Some(Payload::Dict(d)) => vm.dict_get(d, key)?,
        _ => None,
    };
    Ok(r.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn view(args: &Args, view: u8) -> Value {
    Value::new_obj(Payload::DictView { dict: args.first().cloned().unwrap_or(Value::None), view })
}

fn dict_keys(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(view(&args, 0))
}

fn dict_values(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(view(&args, 1))
}

fn dict_items(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(view(&args, 2))
}

fn dict_pop(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(key) = args.get(1) else { return Err(vm.type_error("pop expected at least 1 argument, got 0")) };
    let r = match args[0].payload() {
        Some(Payload::Dict(d)) => vm.dict_remove(d, key)?,
        _ => None,
    };
    match r {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr(crate::interp::exceptions::new_exception(vm.types.exception("KeyError"), vec![key.clone()]))),
        },
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(key) = args.get(1) else { return Err(vm.type_error("setdefault expected at least 1 argument, got 0")) };
    let default = args.get(2).cloned().unwrap_or(Value::None);
    let existing = match args[0].payload() {
        Some(Payload::Dict(d)) => vm.dict_get(d, key)?,
        _ => None,
    };
    match existing {
        Some(v) => Ok(v),
        None => {
            vm.setitem(&args[0], key, default.clone())?;
            Ok(default)
        }
    }
}

fn dict_update(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if let Some(src) = args.get(1) {
        let pairs = dict_pairs(&vec![src.clone()]);
        for (k, v) in pairs {
            vm.setitem(&args[0], &k, v)?;
        }
    }
    for (k, v) in kwargs {
        vm.setitem(&args[0], &Value::str(k), v)?;
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let d = vm.new_dict();
    for (k, v) in dict_pairs(&args) {
        vm.setitem(&d, &k, v)?;
    }
    Ok(d)
}

const SET_METHODS: &[(&str, BuiltinFn)] = &[("add", set_add), ("remove", set_remove), ("discard", set_discard)];

fn set_storage(args: &Args) -> Option<&std::cell::RefCell<crate::objects::dict::Dict>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Set(d)) => Some(d),
        _ => None,
    }
}

fn set_add(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(x) = args.get(1) else { return Err(vm.type_error("set.add() takes exactly one argument (0 given)")) };
    if let Some(d) = set_storage(&args) {
        vm.dict_set(d, x.clone(), Value::None)?;
    }
    Ok(Value::None)
}

fn set_remove_impl(vm: &mut Vm, args: &Args, strict: bool) -> PyResult {
    let Some(x) = args.get(1) else { return Err(vm.type_error("set.remove() takes exactly one argument (0 given)")) };
    let removed = match set_storage(args) {
        Some(d) => vm.dict_remove(d, x)?,
        None => None,
    };
    if removed.is_none() && strict {
        return Err(PyErr(crate::interp::exceptions::new_exception(vm.types.exception("KeyError"), vec![x.clone()])));
    }
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    set_remove_impl(vm, &args, true)
}

fn set_discard(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    set_remove_impl(vm, &args, false)
}

fn int_arg(vm: &Vm, args: &Args, i: usize) -> Result<i64, PyErr> {
    match args.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        Some(v) => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        None => Err(vm.type_error("expected at least 1 argument, got 0")),
    }
}

fn str_title(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in recv_str(&args).chars() {
        if prev_cased { out.extend(c.to_lowercase()) } else { out.extend(c.to_uppercase()) }
        prev_cased = c.is_alphabetic();
    }
    Ok(Value::str(out))
}

fn str_capitalize(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let mut it = s.chars();
    Ok(Value::str(match it.next() {
        Some(c) => c.to_uppercase().chain(it.flat_map(char::to_lowercase)).collect::<String>(),
        None => String::new(),
    }))
}

fn str_swapcase(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(
        recv_str(&args)
            .chars()
            .flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() })
            .collect::<String>(),
    ))
}

fn str_zfill(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let w = int_arg(vm, &args, 1)?.max(0) as usize;
    let n = s.chars().count();
    if n >= w {
        return Ok(Value::str(s));
    }
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), s[1..].to_string()),
        _ => (String::new(), s.clone()),
    };
    Ok(Value::str(format!("{sign}{}{digits}", "0".repeat(w - n))))
}

fn justify(vm: &mut Vm, args: &Args, how: char) -> PyResult {
    let s = recv_str(args);
    let w = int_arg(vm, args, 1)?.max(0) as usize;
    let fill = match args.get(2).and_then(|v| v.as_str()) {
        Some(f) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(_) => return Err(vm.type_error("The fill character must be exactly one character long")),
        None => ' ',
    };
    let n = s.chars().count();
    if n >= w {
        return Ok(Value::str(s));
    }
    let pad = w - n;
    let f = |k: usize| fill.to_string().repeat(k);
    Ok(Value::str(match how {
        '<' => format!("{s}{}", f(pad)),
        '>' => format!("{}{s}", f(pad)),
        _ => {
            let left = pad / 2 + (pad & w & 1);
            format!("{}{s}{}", f(left), f(pad - left))
        }
    }))
}

fn str_center(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    justify(vm, &args, '^')
}

fn str_ljust(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    justify(vm, &args, '<')
}

fn str_rjust(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    justify(vm, &args, '>')
}

fn str_splitlines(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_list(recv_str(&args).lines().map(Value::str).collect()))
}

fn str_partition(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let sep = str_arg(vm, &args, 1, "partition")?;
    if sep.is_empty() {
        return Err(vm.error("ValueError", "empty separator"));
    }
    let parts = match s.split_once(sep.as_str()) {
        Some((a, b)) => vec![Value::str(a), Value::str(sep.clone()), Value::str(b)],
        None => vec![Value::str(s.clone()), Value::str(""), Value::str("")],
    };
    Ok(crate::interp::call::new_tuple(parts))
}

fn str_pred(args: &Args, f: fn(char) -> bool, cased: bool) -> PyResult {
    let s = recv_str(args);
    if cased {
        let has_cased = s.chars().any(|c| c.is_lowercase() || c.is_uppercase());
        return Ok(Value::Bool(has_cased && s.chars().all(f)));
    }
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn str_isupper(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    str_pred(&args, |c| !c.is_lowercase(), true)
}

fn str_islower(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    str_pred(&args, |c| !c.is_uppercase(), true)
}

fn str_isspace(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    str_pred(&args, char::is_whitespace, false)
}

fn str_isalnum(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    str_pred(&args, char::is_alphanumeric, false)
}

fn str_index(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let p = str_arg(vm, &args, 1, "index")?;
    match s.find(&p) {
        Some(i) => Ok(Value::Int(s[..i].chars().count() as i64)),
        None => Err(vm.error("ValueError", "substring not found")),
    }
}

fn str_rfind(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = recv_str(&args);
    let p = str_arg(vm, &args, 1, "rfind")?;
    Ok(Value::Int(match s.rfind(&p) {
        Some(i) => s[..i].chars().count() as i64,
        None => -1,
    }))
}
