//! `re.Match` (groups by number or name, spans, `expand`, `regs`, `lastindex`,
//! `lastgroup`, `repr`), `_sre.SRE_Scanner` (successive `match`/`search` calls, what
//! `finditer` iterates) and `_sre.SRE_Template` with its expansion; also [`Out`], the
//! str/bytes builder `sub` and `expand` share.
//!
//! Promise: CPython's values and errors ("no such group", the repr truncated to 50
//! characters of the matched text's repr).

use super::engine::Regs;
use super::pattern::{compile_template, engine_error};
use super::subject::Subject;
use super::{Args, Kwargs, PatternData, bind, types};
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::builtins::slots::unwrap_native;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::Value;
use std::rc::Rc;

/// A successful match.
pub struct MatchData {
    pattern: Value,
    pat: Rc<PatternData>,
    string: Value,
    subject: Rc<Subject>,
    /// Start and end of group 0, then of each group; -1 for a group that did not match.
    marks: Vec<i64>,
    pos: usize,
    endpos: usize,
    lastindex: i64,
}

impl MatchData {
    fn span(&self, g: usize) -> (i64, i64) {
        (self.marks.get(2 * g).copied().unwrap_or(-1), self.marks.get(2 * g + 1).copied().unwrap_or(-1))
    }

    /// Group `g`'s text, or `default` when it did not take part.
    fn group(&self, g: usize, default: &Value) -> Value {
        match self.span(g) {
            (a, b) if a >= 0 && b >= 0 => self.subject.slice(a as usize, b as usize),
            _ => default.clone(),
        }
    }
}

/// A match object for `regs` found by `pattern` in `string`.
#[allow(clippy::too_many_arguments)]
pub fn new_match(vm: &mut Vm, pattern: &Value, pat: &Rc<PatternData>, string: &Value, subject: &Rc<Subject>, regs: &Regs, pos: usize, endpos: usize) -> PyResult {
    let mut marks = vec![regs.start as i64, regs.end as i64];
    for g in 0..pat.groups {
        match (regs.marks.get(2 * g).copied().flatten(), regs.marks.get(2 * g + 1).copied().flatten()) {
            (Some(a), Some(b)) if a <= b => marks.extend([a as i64, b as i64]),
            (Some(_), Some(_)) => {
                return Err(vm.error("SystemError", "The span of capturing group is wrong, please report a bug for the re module."));
            }
            _ => marks.extend([-1, -1]),
        }
    }
    let data = MatchData {
        pattern: pattern.clone(),
        pat: pat.clone(),
        string: string.clone(),
        subject: subject.clone(),
        marks,
        pos,
        endpos,
        lastindex: regs.lastindex,
    };
    let t = types(vm)?;
    Ok(native::wrap(&t.matcht, Rc::new(data)))
}

fn this(vm: &Vm, v: Option<&Value>, what: &str) -> Result<Rc<MatchData>, PyErr> {
    let v = v.cloned().unwrap_or(Value::None);
    native::with_state::<Rc<MatchData>, _>(&v, |m| m.clone())
        .ok_or_else(|| vm.type_error(format!("descriptor '{what}' for 're.Match' objects doesn't apply to a '{}' object", vm.type_name(&v))))
}

/// The group number `index` names (an int, or a name in the pattern's groupindex).
fn group_index(vm: &mut Vm, m: &MatchData, index: &Value) -> Result<usize, PyErr> {
    let n = unwrap_native(index);
    let i = match n {
        Value::Int(i) => i,
        Value::Bool(b) => i64::from(b),
        _ => {
            let found = if let Some(Payload::BigInt(_)) = n.payload() {
                Some(i64::MAX)
            } else if let Some(Payload::Dict(d)) = m.pat.groupindex.payload() {
                match vm.dict_get(d, index)? {
                    Some(Value::Int(i)) => Some(i),
                    _ => None,
                }
            } else {
                None
            };
            found.unwrap_or(-1)
        }
    };
    if i < 0 || i as usize > m.pat.groups {
        return Err(vm.error("IndexError", "no such group"));
    }
    Ok(i as usize)
}

fn group(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "group")?;
    if !kwargs.is_empty() {
        return Err(vm.type_error("Match.group() takes no keyword arguments"));
    }
    match &args[1..] {
        [] => Ok(m.group(0, &Value::None)),
        [one] => {
            let g = group_index(vm, &m, one)?;
            Ok(m.group(g, &Value::None))
        }
        many => {
            let mut out = Vec::with_capacity(many.len());
            for a in many {
                let g = group_index(vm, &m, a)?;
                out.push(m.group(g, &Value::None));
            }
            Ok(new_tuple(out))
        }
    }
}

fn getitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "__getitem__")?;
    let g = group_index(vm, &m, args.get(1).unwrap_or(&Value::None))?;
    Ok(m.group(g, &Value::None))
}

fn default_arg(vm: &Vm, fname: &str, args: &[Value], kwargs: &Kwargs) -> Result<Value, PyErr> {
    let p = bind(vm, fname, args.get(1..).unwrap_or(&[]), kwargs, &["default"], 0)?;
    Ok(p[0].clone().unwrap_or(Value::None))
}

fn groups(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "groups")?;
    let default = default_arg(vm, "groups", &args, &kwargs)?;
    Ok(new_tuple((1..=m.pat.groups).map(|g| m.group(g, &default)).collect::<Vec<_>>()))
}

fn groupdict(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "groupdict")?;
    let default = default_arg(vm, "groupdict", &args, &kwargs)?;
    let names: Vec<Value> = match m.pat.groupindex.payload() {
        Some(Payload::Dict(d)) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
        _ => Vec::new(),
    };
    let out = vm.new_dict();
    let Some(Payload::Dict(d)) = out.payload() else { return Ok(out) };
    for k in names {
        let g = group_index(vm, &m, &k)?;
        vm.dict_set(d, k, m.group(g, &default))?;
    }
    Ok(out)
}

/// The group argument of start/end/span (default 0).
fn one_group(vm: &mut Vm, m: &MatchData, fname: &str, args: &[Value], kwargs: &Kwargs) -> Result<usize, PyErr> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("Match.{fname}() takes no keyword arguments")));
    }
    match &args[1..] {
        [] => Ok(0),
        [g] => group_index(vm, m, g),
        more => Err(vm.type_error(format!("{fname} expected at most 1 argument, got {}", more.len()))),
    }
}

fn start(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "start")?;
    let g = one_group(vm, &m, "start", &args, &kwargs)?;
    Ok(Value::Int(m.span(g).0))
}

fn end(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "end")?;
    let g = one_group(vm, &m, "end", &args, &kwargs)?;
    Ok(Value::Int(m.span(g).1))
}

fn pair((a, b): (i64, i64)) -> Value {
    new_tuple([Value::Int(a), Value::Int(b)])
}

fn span(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "span")?;
    let g = one_group(vm, &m, "span", &args, &kwargs)?;
    Ok(pair(m.span(g)))
}

fn expand_method(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "expand")?;
    let p = bind(vm, "expand", args.get(1..).unwrap_or(&[]), &kwargs, &["template"], 1)?;
    let t = compile_template(vm, &m.pattern, p[0].as_ref().unwrap_or(&Value::None))?;
    expand(vm, &t, &args[0])
}

fn repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "__repr__")?;
    let g0 = m.group(0, &Value::None);
    let r = vm.repr(&g0)?;
    let r: String = r.chars().take(50).collect();
    let (a, b) = m.span(0);
    Ok(Value::str(format!("<re.Match object; span=({a}, {b}), match={r}>")))
}

fn copy(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    this(vm, args.first(), "__copy__")?;
    Ok(args[0].clone())
}

fn get_lastindex(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "lastindex")?;
    Ok(if m.lastindex >= 0 { Value::Int(m.lastindex) } else { Value::None })
}

fn get_lastgroup(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "lastgroup")?;
    if m.lastindex < 0 {
        return Ok(Value::None);
    }
    Ok(match m.pat.indexgroup.payload() {
        Some(Payload::Tuple(t)) => t.get(m.lastindex as usize).cloned().unwrap_or(Value::None),
        _ => Value::None,
    })
}

fn get_regs(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = this(vm, args.first(), "regs")?;
    Ok(new_tuple((0..=m.pat.groups).map(|g| pair(m.span(g))).collect::<Vec<_>>()))
}

fn get_string(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(this(vm, args.first(), "string")?.string.clone())
}

fn get_re(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(this(vm, args.first(), "re")?.pattern.clone())
}

fn get_pos(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(this(vm, args.first(), "pos")?.pos as i64))
}

fn get_endpos(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(this(vm, args.first(), "endpos")?.endpos as i64))
}

pub const MATCH_METHODS: &[(&str, BuiltinFn)] = &[
    ("group", group),
    ("__getitem__", getitem),
    ("groups", groups),
    ("groupdict", groupdict),
    ("start", start),
    ("end", end),
    ("span", span),
    ("expand", expand_method),
    ("__repr__", repr),
    ("__copy__", copy),
    ("__deepcopy__", copy),
];

pub const MATCH_GETTERS: &[(&str, BuiltinFn)] = &[
    ("lastindex", get_lastindex),
    ("lastgroup", get_lastgroup),
    ("regs", get_regs),
    ("string", get_string),
    ("re", get_re),
    ("pos", get_pos),
    ("endpos", get_endpos),
];

/// A compiled replacement: the first literal, then (group, following literal) pairs.
#[derive(Clone)]
pub struct TemplateData {
    pub literal: Value,
    pub chunks: Vec<(usize, Option<Value>)>,
}

/// A str or bytes result built piece by piece (`sub`, `expand`), with the TypeErrors of
/// `str.join`/`bytes.join` for pieces of the wrong type.
pub struct Out {
    /// Str pieces (which may hold lone surrogates) or bytes.
    text: Result<crate::builtins::codec::Text, Vec<u8>>,
    items: usize,
}

impl Out {
    pub fn new(bytes: bool) -> Out {
        Out { text: if bytes { Err(Vec::new()) } else { Ok(crate::builtins::codec::Text::with_capacity(0)) }, items: 0 }
    }

    pub fn push_slice(&mut self, subject: &Subject, a: usize, b: usize) {
        let v = subject.slice(a, b);
        match (&mut self.text, v.payload()) {
            (Ok(s), Some(Payload::Str(_))) => s.push_value(&v),
            (Err(buf), Some(Payload::Bytes(t))) => buf.extend_from_slice(t),
            _ => {}
        }
        self.items += 1;
    }

    pub fn push_value(&mut self, vm: &Vm, v: &Value) -> Result<(), PyErr> {
        let n = unwrap_native(v);
        match &mut self.text {
            Ok(s) => match n.as_str() {
                Some(_) => s.push_value(&n),
                None => return Err(vm.type_error(format!("sequence item {}: expected str instance, {} found", self.items, vm.type_name(v)))),
            },
            Err(buf) => match bytes_like(&n) {
                Some(t) => buf.extend_from_slice(&t),
                None => return Err(vm.type_error(format!("sequence item {}: expected a bytes-like object, {} found", self.items, vm.type_name(v)))),
            },
        }
        self.items += 1;
        Ok(())
    }

    pub fn finish(self) -> Value {
        match self.text {
            Ok(s) => s.into_value(),
            Err(b) => new_bytes(b, false),
        }
    }
}

/// The template `t` filled in from match object `m`.
pub fn expand(vm: &mut Vm, t: &TemplateData, m: &Value) -> PyResult {
    let m = this(vm, Some(m), "expand")?;
    if t.chunks.is_empty() {
        return Ok(t.literal.clone());
    }
    let mut out = Out::new(unwrap_native(&t.literal).as_str().is_none());
    out.push_value(vm, &t.literal)?;
    for (index, lit) in &t.chunks {
        if *index > m.pat.groups {
            return Err(vm.error("IndexError", "no such group"));
        }
        let g = m.group(*index, &Value::None);
        if !matches!(g, Value::None) {
            out.push_value(vm, &g)?;
        }
        if let Some(l) = lit {
            out.push_value(vm, l)?;
        }
    }
    Ok(out.finish())
}

/// A scanner's position in its subject.
pub struct ScannerData {
    pub pattern: Value,
    pub pat: Rc<PatternData>,
    pub string: Value,
    pub subject: Rc<Subject>,
    /// Where the next attempt starts; None once an attempt failed.
    pub start: Option<usize>,
    pub pos: usize,
    pub end: usize,
    pub must_advance: bool,
    pub busy: bool,
}

type ScanState = (Value, Rc<PatternData>, Value, Rc<Subject>, Option<usize>, usize, usize, bool);

fn scan(vm: &mut Vm, args: &[Value], search: bool) -> PyResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    let got: Option<Result<ScanState, ()>> = native::with_state::<ScannerData, _>(&v, |s| {
        if s.busy {
            return Err(());
        }
        s.busy = true;
        Ok((s.pattern.clone(), s.pat.clone(), s.string.clone(), s.subject.clone(), s.start, s.pos, s.end, s.must_advance))
    });
    let (pattern, pat, string, subject, start, pos, end, must_advance) = match got {
        None => return Err(vm.type_error(format!("descriptor 'match' for '_sre.SRE_Scanner' objects doesn't apply to a '{}' object", vm.type_name(&v)))),
        Some(Err(())) => return Err(vm.error("ValueError", "regular expression scanner already executing")),
        Some(Ok(s)) => s,
    };
    let finish = |next: Option<usize>, adv: bool| {
        native::with_state::<ScannerData, _>(&v, |s| {
            s.busy = false;
            s.start = next;
            s.must_advance = adv;
        });
    };
    let Some(start) = start else {
        finish(None, must_advance);
        return Ok(Value::None);
    };
    let mut eng = subject.engine(&pat.code, end, pat.groups);
    eng.set_flags(false, must_advance);
    let found = if search { eng.search(start) } else { eng.match_at(start) };
    let found = match found {
        Ok(f) => f,
        Err(_) => {
            finish(Some(start), must_advance);
            return Err(engine_error(vm));
        }
    };
    match found {
        None => {
            finish(None, must_advance);
            Ok(Value::None)
        }
        Some(r) => {
            finish(Some(r.end), r.end == r.start);
            new_match(vm, &pattern, &pat, &string, &subject, &r, pos, end)
        }
    }
}

fn scanner_match(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    scan(vm, &args, false)
}

fn scanner_search(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    scan(vm, &args, true)
}

fn scanner_pattern(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    native::with_state::<ScannerData, _>(&v, |s| s.pattern.clone()).ok_or_else(|| vm.type_error("expected a scanner"))
}

pub const SCANNER_METHODS: &[(&str, BuiltinFn)] = &[("match", scanner_match), ("search", scanner_search)];
pub const SCANNER_GETTERS: &[(&str, BuiltinFn)] = &[("pattern", scanner_pattern)];
