//! `re.Pattern`: match/fullmatch/search, findall/finditer/scanner, split, sub/subn (a
//! literal, a callable, or a template compiled by `re._compile_template`), the attributes,
//! `repr`, equality and hashing — with `sre.c`'s rules for empty matches (a search after
//! an empty match must advance) and its TypeErrors for mixing str and bytes.

use super::matchobj::{self, Out, ScannerData, TemplateData, new_match};
use super::subject::Subject;
use super::{Args, Kwargs, PatternData, bind, ssize, types};
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::modules::util::is_callable;
use crate::objects::dict::Dict;
use crate::objects::function::BuiltinFn;
use crate::objects::iter::IterState;
use crate::objects::native;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub const METHODS: &[(&str, BuiltinFn)] = &[
    ("match", pmatch),
    ("fullmatch", fullmatch),
    ("search", search),
    ("findall", findall),
    ("finditer", finditer),
    ("scanner", scanner),
    ("split", split),
    ("sub", sub),
    ("subn", subn),
    ("__repr__", repr),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__hash__", hash),
    ("__copy__", copy),
    ("__deepcopy__", deepcopy),
];

pub const GETTERS: &[(&str, BuiltinFn)] = &[("pattern", get_pattern), ("flags", get_flags), ("groups", get_groups), ("groupindex", get_groupindex)];

/// The pattern data of a receiver.
pub fn this(vm: &Vm, v: Option<&Value>, what: &str) -> Result<Rc<PatternData>, PyErr> {
    let v = v.cloned().unwrap_or(Value::None);
    native::with_state::<Rc<PatternData>, _>(&v, |p| p.clone())
        .ok_or_else(|| vm.type_error(format!("descriptor '{what}' for 're.Pattern' objects doesn't apply to a '{}' object", vm.type_name(&v))))
}

/// RuntimeError for code the engine cannot run.
pub fn engine_error(vm: &Vm) -> PyErr {
    vm.error("RuntimeError", "internal error in regular expression engine")
}

/// The subject of `string` for pattern `pat`, with `pos`/`endpos` clamped to it.
pub fn prepare(vm: &mut Vm, pat: &PatternData, string: &Value, pos: i64, endpos: i64) -> Result<(Rc<Subject>, usize, usize), PyErr> {
    let subject = Subject::of(vm, string)?;
    if subject.is_bytes() && pat.isbytes == 0 {
        return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
    }
    if !subject.is_bytes() && pat.isbytes > 0 {
        return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
    }
    let len = subject.len() as i64;
    let clamp = |x: i64| x.clamp(0, len) as usize;
    Ok((subject, clamp(pos), clamp(endpos)))
}

/// The `(string, pos, endpos)` arguments of match/search/findall/finditer/scanner.
fn string_pos_end(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &Kwargs) -> Result<(Value, i64, i64), PyErr> {
    let p = bind(vm, fname, args.get(1..).unwrap_or(&[]), kwargs, &["string", "pos", "endpos"], 1)?;
    let pos = ssize(vm, &p[1], 0)?;
    let endpos = ssize(vm, &p[2], i64::MAX)?;
    Ok((p[0].clone().unwrap_or(Value::None), pos, endpos))
}

fn run_one(vm: &mut Vm, args: Args, kwargs: Kwargs, name: &str, how: u8) -> PyResult {
    let pat = this(vm, args.first(), name)?;
    let (string, pos, endpos) = string_pos_end(vm, name, &args, &kwargs)?;
    let (subject, start, end) = prepare(vm, &pat, &string, pos, endpos)?;
    let mut eng = subject.engine(&pat.code, end, pat.groups);
    eng.set_flags(how == 1, false);
    let found = if how == 2 { eng.search(start) } else { eng.match_at(start) };
    match found.map_err(|_| engine_error(vm))? {
        Some(regs) => new_match(vm, &args[0], &pat, &string, &subject, &regs, start, end),
        None => Ok(Value::None),
    }
}

fn pmatch(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    run_one(vm, args, kwargs, "match", 0)
}

fn fullmatch(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    run_one(vm, args, kwargs, "fullmatch", 1)
}

fn search(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    run_one(vm, args, kwargs, "search", 2)
}

fn findall(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let pat = this(vm, args.first(), "findall")?;
    let (string, pos, endpos) = string_pos_end(vm, "findall", &args, &kwargs)?;
    let (subject, mut start, end) = prepare(vm, &pat, &string, pos, endpos)?;
    let mut eng = subject.engine(&pat.code, end, pat.groups);
    let mut out = Vec::new();
    let mut must_advance = false;
    while start <= end {
        eng.set_flags(false, must_advance);
        let Some(r) = eng.search(start).map_err(|_| engine_error(vm))? else { break };
        let group = |g: usize| match (r.marks.get(2 * g - 2), r.marks.get(2 * g - 1)) {
            (Some(Some(a)), Some(Some(b))) => subject.slice(*a, *b),
            _ => subject.empty(),
        };
        out.push(match pat.groups {
            0 => subject.slice(r.start, r.end),
            1 => group(1),
            n => new_tuple((1..=n).map(group).collect::<Vec<_>>()),
        });
        must_advance = r.end == r.start;
        start = r.end;
    }
    Ok(new_list(out))
}

fn make_scanner(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, name: &str) -> PyResult {
    let pat = this(vm, args.first(), name)?;
    let (string, pos, endpos) = string_pos_end(vm, name, args, kwargs)?;
    let (subject, start, end) = prepare(vm, &pat, &string, pos, endpos)?;
    let t = types(vm)?;
    let data = ScannerData { pattern: args[0].clone(), pat, string, subject, start: Some(start), pos: start, end, must_advance: false, busy: false };
    Ok(native::wrap(&t.scanner, data))
}

fn scanner(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    make_scanner(vm, &args, &kwargs, "scanner")
}

fn finditer(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let sc = make_scanner(vm, &args, &kwargs, "finditer")?;
    let search = vm.getattr(&sc, "search")?;
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Call { func: search, sentinel: Value::None }))))
}

fn split(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let pat = this(vm, args.first(), "split")?;
    let p = bind(vm, "split", args.get(1..).unwrap_or(&[]), &kwargs, &["string", "maxsplit"], 1)?;
    let string = p[0].clone().unwrap_or(Value::None);
    let maxsplit = ssize(vm, &p[1], 0)?;
    let (subject, _, end) = prepare(vm, &pat, &string, 0, i64::MAX)?;
    let mut eng = subject.engine(&pat.code, end, pat.groups);
    let mut out = Vec::new();
    let (mut last, mut start, mut n) = (0usize, 0usize, 0i64);
    let mut must_advance = false;
    while maxsplit == 0 || n < maxsplit {
        eng.set_flags(false, must_advance);
        let Some(r) = eng.search(start).map_err(|_| engine_error(vm))? else { break };
        out.push(subject.slice(last, r.start));
        for g in 0..pat.groups {
            out.push(match (r.marks.get(2 * g), r.marks.get(2 * g + 1)) {
                (Some(Some(a)), Some(Some(b))) => subject.slice(*a, *b),
                _ => Value::None,
            });
        }
        n += 1;
        must_advance = r.end == r.start;
        last = r.end;
        start = r.end;
    }
    out.push(subject.slice(last, end));
    Ok(new_list(out))
}

/// What replaces each match in `sub`.
enum Filter {
    Literal(Value),
    Template(TemplateData),
    Callable(Value),
}

/// Calls `re._compile_template(pattern, repl)` and checks that it made a template.
pub fn compile_template(vm: &mut Vm, pattern: &Value, repl: &Value) -> Result<TemplateData, PyErr> {
    let re = vm.import_module("re")?;
    let f = vm.getattr(&re, "_compile_template")?;
    let t = vm.call(f, vec![pattern.clone(), repl.clone()], vec![])?;
    match native::with_state::<TemplateData, _>(&t, |d| d.clone()) {
        Some(d) => Ok(d),
        None => Err(vm.error("RuntimeError", format!("the result of compiling a replacement string is {}", vm.qualified_type_name(&t)))),
    }
}

fn has_backslash(v: &Value) -> Option<bool> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.contains('\\')),
        _ => crate::builtins::methods::bytes_like(v).map(|b| b.contains(&b'\\')),
    }
}

fn subx(vm: &mut Vm, args: Args, kwargs: Kwargs, name: &str) -> Result<(Value, i64), PyErr> {
    let pat = this(vm, args.first(), name)?;
    let p = bind(vm, name, args.get(1..).unwrap_or(&[]), &kwargs, &["repl", "string", "count"], 2)?;
    let repl = p[0].clone().unwrap_or(Value::None);
    let string = p[1].clone().unwrap_or(Value::None);
    let count = ssize(vm, &p[2], 0)?;
    let filter = if is_callable(&repl) {
        Filter::Callable(repl)
    } else if has_backslash(&crate::builtins::slots::unwrap_native(&repl)) == Some(false) {
        Filter::Literal(repl)
    } else {
        let t = compile_template(vm, &args[0], &repl)?;
        if t.chunks.is_empty() { Filter::Literal(t.literal) } else { Filter::Template(t) }
    };
    let (subject, _, end) = prepare(vm, &pat, &string, 0, i64::MAX)?;
    let mut eng = subject.engine(&pat.code, end, pat.groups);
    let mut out = Out::new(subject.is_bytes());
    let (mut i, mut start, mut n) = (0usize, 0usize, 0i64);
    let mut must_advance = false;
    while count == 0 || n < count {
        eng.set_flags(false, must_advance);
        let Some(r) = eng.search(start).map_err(|_| engine_error(vm))? else { break };
        if i < r.start {
            out.push_slice(&subject, i, r.start);
        }
        let item = match &filter {
            Filter::Literal(v) => v.clone(),
            Filter::Template(t) => {
                let m = new_match(vm, &args[0], &pat, &string, &subject, &r, 0, end)?;
                matchobj::expand(vm, t, &m)?
            }
            Filter::Callable(f) => {
                let m = new_match(vm, &args[0], &pat, &string, &subject, &r, 0, end)?;
                vm.call(f.clone(), vec![m], vec![])?
            }
        };
        if !matches!(item, Value::None) {
            out.push_value(vm, &item)?;
        }
        i = r.end;
        n += 1;
        must_advance = r.end == r.start;
        start = r.end;
    }
    if i < end {
        out.push_slice(&subject, i, end);
    }
    Ok((out.finish(), n))
}

fn sub(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    Ok(subx(vm, args, kwargs, "sub")?.0)
}

fn subn(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (s, n) = subx(vm, args, kwargs, "subn")?;
    Ok(new_tuple([s, Value::Int(n)]))
}

const FLAG_NAMES: &[(&str, i64)] = &[
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];

/// The first `n` characters of `s` (C's `%.Ns`).
fn truncate(s: String, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((b, _)) => s[..b].to_string(),
        None => s,
    }
}

fn repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let pat = this(vm, args.first(), "__repr__")?;
    let mut flags = pat.flags;
    if pat.isbytes == 0 && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    let mut items = Vec::new();
    for (name, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            items.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        items.push(format!("{:#x}", flags as i32));
    }
    let prepr = truncate(vm.repr(&pat.pattern)?, 200);
    Ok(Value::str(if items.is_empty() { format!("re.compile({prepr})") } else { format!("re.compile({prepr}, {})", items.join("|")) }))
}

fn equal(vm: &mut Vm, args: &[Value]) -> Result<Option<bool>, PyErr> {
    let a = this(vm, args.first(), "__eq__")?;
    let Some(other) = args.get(1) else { return Err(vm.type_error("expected 1 argument, got 0")) };
    let Some(b) = native::with_state::<Rc<PatternData>, _>(other, |p| p.clone()) else { return Ok(None) };
    if Rc::ptr_eq(&a, &b) {
        return Ok(Some(true));
    }
    if a.flags != b.flags || a.isbytes != b.isbytes || a.code != b.code {
        return Ok(Some(false));
    }
    Ok(Some(vm.eq(&a.pattern, &b.pattern)?))
}

fn eq(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(equal(vm, &args)?.map_or_else(Value::not_implemented, Value::Bool))
}

fn ne(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(equal(vm, &args)?.map_or_else(Value::not_implemented, |b| Value::Bool(!b)))
}

fn hash(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let pat = this(vm, args.first(), "__hash__")?;
    let mut h = vm.hash(&pat.pattern)? as i64;
    let mut ch: u64 = 0xcbf2_9ce4_8422_2325;
    for w in &pat.code {
        ch = (ch ^ u64::from(*w)).wrapping_mul(0x0100_0000_01b3);
    }
    h ^= ch as i64 ^ pat.flags ^ i64::from(pat.isbytes) ^ pat.code.len() as i64;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn copy(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    this(vm, args.first(), "__copy__")?;
    Ok(args[0].clone())
}

fn deepcopy(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    this(vm, args.first(), "__deepcopy__")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!("Pattern.__deepcopy__() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    Ok(args[0].clone())
}

/// `re.Pattern[str]`: a generic alias.
pub fn class_getitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let ga = vm.generic_alias_type()?;
    vm.call(ga, args.into_vec(), vec![])
}

fn get_pattern(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(this(vm, args.first(), "pattern")?.pattern.clone())
}

fn get_flags(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(this(vm, args.first(), "flags")?.flags))
}

fn get_groups(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(this(vm, args.first(), "groups")?.groups as i64))
}

fn get_groupindex(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let pat = this(vm, args.first(), "groupindex")?;
    let d = match pat.groupindex.payload() {
        Some(Payload::Dict(d)) => d.borrow().clone(),
        _ => Dict::new(),
    };
    Ok(Value::new_obj(Payload::Dict(RefCell::new(d))))
}
