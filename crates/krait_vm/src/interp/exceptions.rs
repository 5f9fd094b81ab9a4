//! Exceptions: creating instances, unwinding through the exception table, and printing the
//! traceback of an uncaught exception as CPython does.

use super::{PyErr, Vm};
use crate::heap::Payload;
use crate::objects::types::{InstanceObj, TbEntry};
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// A new exception instance of `class` with `args`.
pub fn new_exception(class: ObjRef, args: Vec<Value>) -> Value {
    let inst = InstanceObj::new(class);
    *inst.exc().args.borrow_mut() = super::call::new_tuple(args);
    Value::new_obj(Payload::Instance(inst))
}

/// The instance payload of an exception value.
pub fn exc_payload(v: &Value) -> Option<&InstanceObj> {
    match v.payload() {
        Some(Payload::Instance(i)) => Some(i),
        _ => None,
    }
}

/// The first argument of an exception when it is a str (the message of the VM's own errors).
pub fn message_of(v: &Value) -> String {
    let Some(i) = exc_payload(v) else { return String::new() };
    match i.exc().args.borrow().payload() {
        Some(Payload::Tuple(items)) => items.first().and_then(|m| m.as_str()).unwrap_or("").to_string(),
        _ => String::new(),
    }
}

impl Vm {
    /// Is `v` an instance of BaseException (or a subclass)?
    pub fn is_exception_instance(&self, v: &Value) -> bool {
        match exc_payload(v) {
            Some(i) => crate::objects::types::is_subclass(&i.class(), &self.types.base_exception),
            None => false,
        }
    }

    /// Turns the operand of `raise` into an exception instance (a class is instantiated).
    pub fn make_raisable(&mut self, v: Value) -> Result<Value, PyErr> {
        if self.is_exception_instance(&v) {
            return Ok(v);
        }
        if let Some(Payload::Type(_)) = v.payload()
            && let Some(c) = v.as_obj()
            && crate::objects::types::is_subclass(c, &self.types.exception("BaseException"))
        {
            let inst = self.call(v.clone(), vec![], vec![])?;
            if self.is_exception_instance(&inst) {
                return Ok(inst);
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Unwinds after `err` was raised in the top frame: records the traceback entry (unless a
    /// re-raise), then finds a handler in this frame or a caller up to the entry frame.
    /// Returns the error back when no handler is found before leaving the entry frame.
    pub fn unwind(&mut self, err: PyErr, mut add_tb: bool) -> Result<(), PyErr> {
        let exc = err.0;
        if let Some(inst) = exc_payload(&exc)
            && inst.exc().traceback.borrow().is_empty()
            && !self.handled.is_null()
            && !matches!(self.handled, Value::None)
            && !self.handled.is(&exc)
            && matches!(*inst.exc().context.borrow(), Value::None)
        {
            *inst.exc().context.borrow_mut() = self.handled.clone();
        }
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(PyErr(exc));
            };
            if add_tb && let Some(inst) = exc_payload(&exc) {
                let unit = frame.lasti / 2;
                let loc = frame.code.positions.get(unit).copied().unwrap_or_default();
                inst.exc().traceback.borrow_mut().push(TbEntry {
                    filename: frame.code.filename.clone(),
                    line: loc.line,
                    name: frame.code.name.clone(),
                    end_line: loc.end_line,
                    col: loc.col,
                    end_col: loc.end_col,
                    frame: Some(crate::objects::types::TbFrame {
                        code: frame.code.clone(),
                        globals: frame.globals.clone(),
                        lasti: frame.lasti as i32,
                    }),
                });
            }
            add_tb = true;
            let unit = (frame.lasti / 2) as u32;
            let handler = frame.code.exception_table.iter().find(|e| e.start <= unit && unit < e.end).copied();
            if let Some(h) = handler {
                let nlocals = frame.code.localsplusnames.len();
                let sp = frame.base + nlocals + h.depth as usize;
                // A target past the end (a corrupt table) lands on the stream's FELL_OFF.
                frame.pc = (h.target as usize * 2).min(frame.code.code.len() & !1);
                let lasti = frame.lasti;
                self.stack.truncate(sp);
                if h.lasti {
                    self.stack.push(Value::Int(lasti as i64));
                }
                self.stack.push(exc);
                return Ok(());
            }
            let entry = frame.entry;
            let ret_sp = frame.ret_sp;
            // A generator frame the exception leaves is finished (its state holds no frame).
            if let Some(Payload::Generator(g)) = frame.generator.as_ref().and_then(Value::payload) {
                g.borrow_mut().running = false;
            }
            self.frames.pop();
            self.stack.truncate(ret_sp);
            if entry {
                return Err(PyErr(exc));
            }
        }
    }

    /// `str(exc)`.
    pub fn exception_str(&mut self, exc: &Value) -> String {
        let Some(inst) = exc_payload(exc) else { return String::new() };
        // A `__str__` other than BaseException's own (a Python one, ExceptionGroup's).
        if let Some(m) = crate::objects::types::lookup(&inst.class_obj(), "__str__")
            && !matches!(m.payload(), Some(Payload::MethodDescr { owner, .. }) if Rc::ptr_eq(owner, &self.types.base_exception))
        {
            return match self.call(m, vec![exc.clone()], vec![]) {
                Ok(v) => self.to_str(&v).unwrap_or_default(),
                Err(_) => "<exception str() failed>".to_string(),
            };
        }
        if let Some(s) = self.syntax_error_str(exc) {
            return s;
        }
        if let Some(s) = crate::builtins::exc_attrs::special_str(self, exc) {
            return s;
        }
        self.exception_args_str(exc)
    }

    /// `SyntaxError.__str__`: `msg (file, line N)` when the location attributes are set
    /// (None for other exceptions or a user `__str__`).
    pub fn syntax_error_str(&mut self, exc: &Value) -> Option<String> {
        let inst = exc_payload(exc)?;
        if !crate::objects::types::is_subclass(&inst.class(), &self.types.exception("SyntaxError")) {
            return None;
        }
        // The fields as the attributes give them (set directly, or taken from the
        // constructor's `(msg, (filename, lineno, offset, text, ...))` arguments).
        let field = |name: &str| inst.attrs().borrow().get_str(name).or_else(|| crate::builtins::exc_attrs::derived(self, exc, name));
        let (msg, filename, lineno) = (field("msg"), field("filename"), field("lineno"));
        let msg = self.to_str(&msg.unwrap_or(Value::None)).ok()?;
        let file = filename.as_ref().and_then(|f| f.as_str()).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        let line = match lineno {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        Some(match (file, line) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        })
    }

    /// `BaseException.__str__`: the str of the single argument, or of the args tuple (KeyError
    /// shows its key's repr).
    pub fn exception_args_str(&mut self, exc: &Value) -> String {
        let Some(inst) = exc_payload(exc) else { return String::new() };
        let args = inst.exc().args.borrow().clone();
        match args.payload() {
            Some(Payload::Tuple(items)) if items.is_empty() => String::new(),
            Some(Payload::Tuple(items)) if items.len() == 1 => {
                let is_key_error = crate::objects::types::is_subclass(&inst.class(), &self.types.exception("KeyError"));
                if is_key_error {
                    self.repr(&items[0]).unwrap_or_default()
                } else {
                    self.to_str(&items[0]).unwrap_or_default()
                }
            }
            _ => self.repr(&args).unwrap_or_default(),
        }
    }

    /// The traceback text of an uncaught exception (with its context chain), as CPython's
    /// `traceback.TracebackException.format`: exception groups draw their members in
    /// nested boxes, notes follow the message.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut ctx = PrintCtx { depth: 0, need_close: false, seen: Vec::new() };
        let mut out = String::new();
        self.format_chain(exc, &mut ctx, &mut out);
        out
    }

    fn format_chain(&mut self, exc: &Value, ctx: &mut PrintCtx, out: &mut String) {
        // The chain, outermost last: (message leading to it, exception).
        let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
        let mut cur = exc.clone();
        let mut msg = None;
        loop {
            ctx.seen.push(cur.id());
            let Some(inst) = exc_payload(&cur) else {
                chain.push((msg, cur));
                break;
            };
            let cause = inst.exc().cause.borrow().clone();
            let context = inst.exc().context.borrow().clone();
            let (next_msg, next) = if !matches!(cause, Value::None) {
                (Some("\nThe above exception was the direct cause of the following exception:\n\n"), cause)
            } else if !matches!(context, Value::None) && !inst.exc().suppress_context.get() {
                (Some("\nDuring handling of the above exception, another exception occurred:\n\n"), context)
            } else {
                (None, Value::None)
            };
            chain.push((msg, cur));
            if matches!(next, Value::None) || ctx.seen.contains(&next.id()) {
                break;
            }
            msg = next_msg;
            cur = next;
        }
        // Printed oldest first; each entry's message goes after it.
        let n = chain.len();
        for i in (0..n).rev() {
            let e = chain[i].1.clone();
            self.format_one(&e, ctx, out);
            if let Some(m) = chain[i].0 {
                ctx.emit(out, m, '|');
            }
        }
    }

    fn format_one(&mut self, exc: &Value, ctx: &mut PrintCtx, out: &mut String) {
        let stack = self.format_stack(exc);
        if !self.is_exception_group(exc) {
            if !stack.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &stack, '|');
            }
            let only = self.format_exception_only(exc);
            ctx.emit(out, &only, '|');
            return;
        }
        if ctx.depth > 10 {
            ctx.emit(out, "... (max_group_depth is 10)\n", '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !stack.is_empty() {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            ctx.emit(out, &stack, '|');
        }
        let only = self.format_exception_only(exc);
        ctx.emit(out, &only, '|');
        let (_, excs) = self.eg_parts(exc);
        let width = 15;
        let n = if excs.len() <= width { excs.len() } else { width + 1 };
        ctx.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= width;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " }));
            ctx.depth += 1;
            if truncated {
                let remaining = excs.len() - width;
                ctx.emit(out, &format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
            } else {
                let sub = excs[i].clone();
                self.format_chain(&sub, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// The `File ..., line ..., in ...` lines of an exception's traceback (with source lines
    /// and carets; runs of the same entry cut after three).
    fn format_stack(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let Some(inst) = exc_payload(exc) else { return out };
        let tb = inst.exc().traceback.borrow().clone();
        let mut last: Option<(&str, Option<i32>, &str)> = None;
        let mut repeats = 0usize;
        let flush_repeats = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
            }
        };
        for e in tb.iter().rev() {
            let key = (e.filename.as_str(), e.line, e.name.as_str());
            if last == Some(key) {
                repeats += 1;
            } else {
                flush_repeats(&mut out, repeats);
                last = Some(key);
                repeats = 1;
            }
            if repeats > 3 {
                continue;
            }
            // Statements typed at the prompt are `<stdin-N>`; tracebacks call them `<stdin>`.
            let shown = if e.filename.starts_with("<stdin-") && e.filename.ends_with('>') { "<stdin>" } else { e.filename.as_str() };
            out.push_str(&format!("  File \"{shown}\", line {}, in {}\n", e.line.unwrap_or(-1), e.name));
            if let Some(line) = e.line {
                let end = e.end_line.unwrap_or(line).max(line);
                for shown in super::traceback::source_display(e, &source_lines(&e.filename, line, end)) {
                    out.push_str(&shown);
                    out.push('\n');
                }
            }
        }
        flush_repeats(&mut out, repeats);
        out
    }

    /// The suggestion an AttributeError shows, from its `name` and `obj` at display time
    /// (as CPython's traceback printing works it out).
    fn attribute_error_suggestion(&mut self, exc: &Value) -> Option<String> {
        let inst = exc_payload(exc)?;
        if !inst.exc().display_suffix.borrow().is_empty() || !self.is_instance_of(exc, "AttributeError") {
            return None;
        }
        let (name, obj) = {
            let attrs = inst.attrs().borrow();
            (attrs.get_str("name")?, attrs.get_str("obj")?)
        };
        let name = name.as_str()?.to_string();
        self.attr_suggestion(&obj, &name)
    }

    /// `format_exception_only`: `Type: message` (or a SyntaxError's display) and the notes.
    pub fn format_exception_only(&mut self, exc: &Value) -> String {
        let name = self.qualified_type_name(exc);
        let mut out = match self.syntax_error_detail(exc, &name) {
            Some(text) => text,
            None => {
                let mut msg = self.exception_str(exc);
                if let Some(inst) = exc_payload(exc) {
                    msg.push_str(&inst.exc().display_suffix.borrow());
                }
                if let Some(s) = self.attribute_error_suggestion(exc) {
                    msg.push_str(&format!(". Did you mean: '{s}'?"));
                }
                if msg.is_empty() { format!("{name}\n") } else { format!("{name}: {msg}\n") }
            }
        };
        if let Some(inst) = exc_payload(exc) {
            let notes = inst.attrs().borrow().get_str("__notes__");
            match notes {
                None => {}
                Some(n) if matches!(n.payload(), Some(Payload::List(_) | Payload::Tuple(_))) => {
                    for note in self.seq_items(&n).unwrap_or_default() {
                        let text = match note.as_str() {
                            Some(t) => t.to_string(),
                            None => self.to_str(&note).unwrap_or_else(|_| "<note str() failed>".to_string()),
                        };
                        for l in text.split('\n') {
                            out.push_str(l);
                            out.push('\n');
                        }
                    }
                }
                Some(n) => {
                    let r = self.repr(&n).unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                    out.push_str(&r);
                    out.push('\n');
                }
            }
        }
        out
    }

    /// The file/line/caret display of a SyntaxError that has its location attributes.
    fn syntax_error_detail(&mut self, exc: &Value, name: &str) -> Option<String> {
        let inst = exc_payload(exc)?;
        if !crate::objects::types::is_subclass(&inst.class(), &self.types.exception("SyntaxError")) {
            return None;
        }
        let d = inst.attrs().borrow();
        let filename = d.get_str("filename")?.as_str()?.to_string();
        let int = |k: &str| match d.get_str(k) {
            Some(Value::Int(i)) => i,
            _ => 0,
        };
        let text = d.get_str("text").and_then(|t| t.as_str().map(str::to_string));
        let msg = d.get_str("msg").and_then(|t| t.as_str().map(str::to_string)).unwrap_or_default();
        Some(syntax_error_display(&SyntaxErrorParts {
            filename: &filename,
            lineno: int("lineno"),
            offset: int("offset"),
            end_lineno: int("end_lineno"),
            end_offset: int("end_offset"),
            text: text.as_deref(),
            name,
            msg: &msg,
        }))
    }

    /// A class name as tracebacks show it (module-qualified outside builtins and __main__).
    /// The name a traceback shows for an exception's class: `module.Qualname` unless the
    /// class comes from `builtins` or `__main__`.
    pub fn qualified_type_name(&self, v: &Value) -> String {
        let class = self.types.type_of(v);
        let Payload::Type(t) = &class.payload else { return self.type_name(v) };
        let module = t.dict.borrow().get_str("__module__");
        match module.as_ref().and_then(Value::as_str) {
            Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{}", t.qualname.borrow()),
            _ => t.qualname.borrow().clone(),
        }
    }
}

thread_local! {
    static CACHE: std::cell::RefCell<std::collections::HashMap<String, Rc<Vec<String>>>> = Default::default();
}

/// Makes `source` the text tracebacks show for `filename` (CPython's linecache entry).
pub fn register_source(filename: &str, source: &[u8]) {
    let text = String::from_utf8_lossy(source);
    let lines: Rc<Vec<String>> = Rc::new(text.lines().map(str::to_string).collect());
    CACHE.with(|c| c.borrow_mut().insert(filename.to_string(), lines));
}

/// The lines of `filename` (read once, then kept; registered sources first).
fn cached_lines(filename: &str) -> Option<Rc<Vec<String>>> {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(l) = c.get(filename) {
            return Some(l.clone());
        }
        let text = std::fs::read(filename).ok()?;
        let text = String::from_utf8_lossy(&text);
        let lines: Rc<Vec<String>> = Rc::new(text.lines().map(str::to_string).collect());
        c.insert(filename.to_string(), lines.clone());
        Some(lines)
    })
}

/// Lines `from..=to` of `filename` as `linecache.getline` gives them: an empty string for a
/// line the file does not have (or a file that cannot be read).
pub(crate) fn source_lines(filename: &str, from: i32, to: i32) -> Vec<String> {
    let lines = cached_lines(filename);
    (from..=to)
        .map(|n| {
            let i = usize::try_from(n).ok().and_then(|n| n.checked_sub(1));
            lines.as_ref().and_then(|l| l.get(i?)).cloned().unwrap_or_default()
        })
        .collect()
}

/// Line `line` of a source file (1-based), for tracebacks; None for a blank line.
pub(crate) fn source_line(filename: &str, line: i32) -> Option<String> {
    let lines = cached_lines(filename)?;
    let idx = usize::try_from(line).ok()?.checked_sub(1)?;
    let l = lines.get(idx)?;
    if l.trim().is_empty() { None } else { Some(l.clone()) }
}

/// What CPython shows of a SyntaxError: its location, the line and carets, the message.
#[derive(Debug)]
pub struct SyntaxErrorParts<'a> {
    pub filename: &'a str,
    pub lineno: i64,
    pub offset: i64,
    pub end_lineno: i64,
    pub end_offset: i64,
    pub text: Option<&'a str>,
    pub name: &'a str,
    pub msg: &'a str,
}

/// The text of a SyntaxError as CPython's traceback display prints it.
pub fn syntax_error_display(e: &SyntaxErrorParts<'_>) -> String {
    let mut out = format!("  File \"{}\", line {}\n", e.filename, e.lineno);
    // As traceback's _format_syntax_error: columns in characters, the line without its
    // leading spaces (and form feeds), markers only where the column falls inside it.
    if let Some(text) = e.text {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let (text_len, rlen) = (text.chars().count() as i64, rtext.chars().count() as i64);
        let spaces = rlen - ltext.chars().count() as i64;
        out.push_str(&format!("    {ltext}\n"));
        let mut offset = e.offset;
        let mut end_offset = if e.lineno == e.end_lineno { if e.end_offset != 0 { e.end_offset } else { offset } } else { rlen + 1 };
        if text_len > 0 && offset > text_len {
            offset = rlen + 1;
        }
        if text_len > 0 && end_offset > text_len {
            end_offset = rlen + 1;
        }
        if offset >= end_offset || end_offset < 0 {
            end_offset = offset + 1;
        }
        let (colno, end_colno) = (offset - 1 - spaces, end_offset - 1 - spaces);
        if colno >= 0 {
            // Whitespace before the column (tabs) is kept for alignment.
            let lead: String = ltext.chars().take(colno as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
            out.push_str(&format!("    {lead}{}\n", "^".repeat((end_colno - colno).max(0) as usize)));
        }
    }
    out.push_str(&format!("{}: {}\n", e.name, e.msg));
    out
}

/// The state of printing a traceback (CPython's `_ExceptionPrintContext`).
struct PrintCtx {
    depth: usize,
    need_close: bool,
    seen: Vec<i64>,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with the current indent (and margin inside a group) on every line.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut ind = self.indent();
        if self.depth > 0 {
            ind.push(margin);
            ind.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&ind);
            out.push_str(line);
        }
    }
}
