//! The builtins that compile and run code or look at namespaces: `compile`, `exec`, `eval`,
//! `globals`, `locals`, `vars`, `dir`.
//!
//! Source strings go through krait's own parser and compiler, so the code objects are the
//! ones CPython would make. `eval` mode parses the text as a module and accepts it when it
//! is a single expression statement (the parser has no separate `eval_input` entry yet; a
//! statement is reported as "invalid syntax" at its start). A builtin runs with its caller's
//! frame on top of `vm.frames`, which is how `globals()` and `locals()` find the namespace.

use super::{Args, Kwargs, arity, kwarg};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::CodeInfo;
use crate::objects::types;
use crate::value::Value;
use krait_syntax::ast;
use std::rc::Rc;

/// How source text is compiled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Exec,
    Eval,
    /// `single`: an Interactive tree; expression statements print their values through
    /// `sys.displayhook`.
    Single,
}

impl Vm {
    /// A SyntaxError (or subclass) exception for a compile error, with CPython's attributes.
    pub fn syntax_error(&mut self, e: &krait_syntax::PySyntaxError, filename: &str) -> PyErr {
        let class = self.types.exception(e.error_type.name());
        let text = e.text.clone().map(Value::str).unwrap_or(Value::None);
        let details = super::super::interp::call::new_tuple([
            Value::str(filename),
            Value::Int(e.lineno),
            Value::Int(e.offset),
            text.clone(),
            Value::Int(e.end_lineno),
            Value::Int(e.end_offset),
        ]);
        let exc = crate::interp::exceptions::new_exception(class, vec![Value::str(e.msg.clone()), details]);
        if let Some(Payload::Instance(i)) = exc.payload() {
            let mut d = i.attrs().borrow_mut();
            d.set_str("msg", Value::str(e.msg.clone()));
            d.set_str("filename", Value::str(filename));
            d.set_str("lineno", Value::Int(e.lineno));
            d.set_str("offset", Value::Int(e.offset));
            d.set_str("text", text);
            d.set_str("end_lineno", Value::Int(e.end_lineno));
            d.set_str("end_offset", Value::Int(e.end_offset));
            d.set_str("print_file_and_line", Value::None);
        }
        PyErr(exc)
    }

    /// Compiles source text to a code object ready to run.
    /// `optimize` -1 is the interpreter's own level (`-O`).
    fn compile_source(&mut self, source: &[u8], filename: &str, mode: Mode, optimize: i64) -> Result<Rc<CodeInfo>, PyErr> {
        let mut module = self.parse_source(source, filename, mode)?;
        let optimize = if optimize < 0 { i32::from(self.import.config.optimize) } else { i32::try_from(optimize).unwrap_or(2) };
        let code = krait_compiler::compile_module(&mut module, filename, optimize).map_err(|e| self.syntax_error(&e, filename))?;
        Ok(crate::interp::eval::load_code(&code))
    }

    /// Parses source text for `mode`: a Module, an Expression (eval) or an Interactive
    /// (single) tree.
    fn parse_source(&mut self, source: &[u8], filename: &str, mode: Mode) -> Result<ast::Mod, PyErr> {
        // CPython's tokenizer ends string input with a newline (error texts show it).
        let owned;
        let appended = source.last().is_some_and(|b| *b != b'\n');
        let source = if appended {
            owned = [source, b"\n"].concat();
            owned.as_slice()
        } else {
            source
        };
        let mut module = krait_syntax::parse_module(source, filename).map_err(|mut e| {
            // The tokenizer's errors in the middle of the last line come before that newline.
            const MID_LINE: &[&str] = &[
                "closing parenthesis",
                "unterminated string literal",
                "unmatched",
                "invalid character",
                "invalid decimal literal",
                "invalid hexadecimal literal",
                "invalid octal literal",
                "invalid binary literal",
                "invalid digit",
                "leading zeros",
                "unexpected character after line continuation",
                "invalid non-printable character",
            ];
            if appended && MID_LINE.iter().any(|m| e.msg.starts_with(m)) {
                e.text = e.text.map(|t| t.strip_suffix('\n').map(str::to_string).unwrap_or(t));
            }
            self.syntax_error(&e, filename)
        })?;
        if mode == Mode::Single {
            module = match module {
                ast::Mod::Module(m) => ast::Mod::Interactive(ast::ModInteractive { body: m.body }),
                other => other,
            };
        }
        if mode == Mode::Eval {
            module = match module {
                ast::Mod::Module(m) => match <[ast::Stmt; 1]>::try_from(m.body) {
                    Ok([ast::Stmt::Expr(e)]) => ast::Mod::Expression(ast::ModExpression { body: e.value }),
                    // A statement (or not exactly one): "invalid syntax" at its start.
                    body => {
                        let (line, col) = match &body {
                            Ok([other]) => {
                                let r = other.range();
                                (i64::from(r.lineno), i64::from(r.col_offset) + 1)
                            }
                            _ => (1, 1),
                        };
                        let err = krait_syntax::PySyntaxError {
                            error_type: krait_syntax::ErrorType::SyntaxError,
                            msg: "invalid syntax".to_string(),
                            lineno: line,
                            offset: col,
                            end_lineno: line,
                            end_offset: if body.is_ok() { col + 1 } else { col },
                            text: None,
                        };
                        return Err(self.syntax_error(&err, filename));
                    }
                },
                other => other,
            };
        }
        Ok(module)
    }

    /// The globals of the calling Python frame.
    pub fn caller_globals(&self) -> Value {
        match self.frames.last() {
            Some(f) => f.globals.clone(),
            None => self.new_dict(),
        }
    }

    /// `locals()` of the calling Python frame: its locals dict (module and class bodies) or a
    /// snapshot of its fast locals.
    pub fn caller_locals(&mut self) -> Value {
        let Some(f) = self.frames.last() else { return self.new_dict() };
        if let Some(l) = &f.locals {
            return l.clone();
        }
        let d = self.new_dict();
        if let Some(Payload::Dict(dd)) = d.payload() {
            let code = f.code.clone();
            let base = f.base;
            let mut dd = dd.borrow_mut();
            for (i, name) in code.localsplusnames.iter().enumerate() {
                let v = match self.stack.get(base + i) {
                    Some(v) => v.clone(),
                    None => continue,
                };
                let kind = code.localspluskinds.get(i).copied().unwrap_or(0);
                let v = if kind & 0x40 != 0 || kind & 0x80 != 0 {
                    // Cells and free variables hold their value in a cell.
                    match v.payload() {
                        Some(Payload::Cell(c)) => c.borrow().clone(),
                        _ => v,
                    }
                } else {
                    v
                };
                if !v.is_null() {
                    dd.set_str(name, v);
                }
            }
        }
        d
    }

    /// Runs compiled code with the given namespaces (`exec`/`eval`).
    fn run_in(&mut self, code: Rc<CodeInfo>, globals: Value, locals: Value) -> PyResult {
        if let Some(Payload::Dict(g)) = globals.payload()
            && g.borrow().get_str("__builtins__").is_none()
        {
            g.borrow_mut().set_str("__builtins__", self.builtins.clone());
        }
        // The globals' own `__builtins__` (a dict or a module) serve the code's builtin names
        // while it runs (CPython takes a frame's builtins from its globals).
        let own = match globals.payload() {
            Some(Payload::Dict(g)) => match g.borrow().get_str("__builtins__") {
                Some(b) => match b.payload() {
                    Some(Payload::Dict(_)) => Some(b),
                    Some(Payload::Module { dict, .. }) => Some(Value::Obj(dict.clone())),
                    _ => None,
                },
                None => None,
            },
            _ => None,
        };
        let saved = own.filter(|b| !b.is(&self.builtins)).map(|b| std::mem::replace(&mut self.builtins, b));
        self.native_depth += 1;
        let r = self.run_code(code, globals, Some(locals));
        self.native_depth -= 1;
        if let Some(b) = saved {
            self.builtins = b;
        }
        r
    }
}

/// The source (str), code object, and namespaces of `exec`/`eval`.
fn prepare(vm: &mut Vm, name: &str, args: &mut Args, kwargs: &mut Kwargs, mode: Mode) -> Result<(Rc<CodeInfo>, Value, Value), PyErr> {
    arity(vm, name, args, 1, 3)?;
    let globals = kwarg(kwargs, "globals").or_else(|| args.get(1).cloned()).unwrap_or(Value::None);
    let locals = kwarg(kwargs, "locals").or_else(|| args.get(2).cloned()).unwrap_or(Value::None);
    let (globals, locals) = match (&globals, &locals) {
        (Value::None, Value::None) => (vm.caller_globals(), vm.caller_locals()),
        (Value::None, _) => (vm.caller_globals(), locals.clone()),
        (g, Value::None) => (g.clone(), g.clone()),
        (g, l) => (g.clone(), l.clone()),
    };
    if !matches!(crate::builtins::slots::unwrap_native(&globals).payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error(format!("{name}() globals must be a dict, not {}", vm.type_name(&globals))));
    }
    let code = match args[0].payload() {
        Some(Payload::Str(s)) => {
            let text = if mode == Mode::Eval { s.trim_start_matches([' ', '\t']).to_string() } else { s.to_string() };
            vm.compile_source(text.as_bytes(), "<string>", mode, -1)?
        }
        Some(Payload::Code(c)) => c.clone(),
        // Source given as bytes (or a bytearray) is compiled as UTF-8 text.
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = super::methods::bytes_like(&args[0]).unwrap_or_default();
            let b: Vec<u8> = if mode == Mode::Eval { b.into_iter().skip_while(|c| matches!(c, b' ' | b'\t')).collect() } else { b };
            vm.compile_source(&b, "<string>", mode, -1)?
        }
        _ => {
            return Err(vm.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            )));
        }
    };
    Ok((code, globals, locals))
}

pub fn exec(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let (code, globals, locals) = prepare(vm, "exec", &mut args, &mut kwargs, Mode::Exec)?;
    vm.run_in(code, globals, locals)?;
    Ok(Value::None)
}

pub fn eval(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let (code, globals, locals) = prepare(vm, "eval", &mut args, &mut kwargs, Mode::Eval)?;
    vm.run_in(code, globals, locals)
}

pub fn compile(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let source = kwarg(&mut kwargs, "source").or_else(|| args.first().cloned());
    let filename = kwarg(&mut kwargs, "filename").or_else(|| args.get(1).cloned());
    let mode = kwarg(&mut kwargs, "mode").or_else(|| args.get(2).cloned());
    let (Some(source), Some(filename), Some(mode)) = (source, filename, mode) else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let flags = match kwarg(&mut kwargs, "flags").or_else(|| args.get(3).cloned()) {
        Some(f) => super::methods::index_value(vm, &f)?,
        None => 0,
    };
    let filename = vm.to_str(&filename)?;
    let mode = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("single") => {
            // One statement only (the interactive form).
            if let Some(text) = source.as_str()
                && let Ok(ast::Mod::Module(m)) = krait_syntax::parse_module(text.as_bytes(), &filename)
                && let Some(second) = m.body.get(1)
                && (crate::repl::is_compound(&m.body[0]) || second.range().lineno > m.body[0].range().end_lineno)
            {
                // After a compound statement the interactive grammar wants the end: the
                // next statement is "invalid syntax".
                if crate::repl::is_compound(&m.body[0]) {
                    let second = m.body[1].range();
                    let err = crate::repl::invalid_syntax_at(text, second.lineno, second.col_offset);
                    return Err(vm.syntax_error(&err, &filename));
                }
                let line = i64::from(m.body[0].range().lineno);
                let err = krait_syntax::PySyntaxError {
                    error_type: krait_syntax::ErrorType::SyntaxError,
                    msg: "multiple statements found while compiling a single statement".to_string(),
                    lineno: line,
                    offset: 1,
                    end_lineno: line,
                    end_offset: 1,
                    text: None,
                };
                return Err(vm.syntax_error(&err, &filename));
            }
            Mode::Single
        }
        Some("eval") => Mode::Eval,
        _ => return Err(vm.error("ValueError", "compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = match source.as_str() {
        Some(t) => t.as_bytes().to_vec(),
        None => match super::methods::bytes_like(&source) {
            Some(b) => b,
            None => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
        },
    };
    if flags & crate::modules::ast_mod::PYCF_ONLY_AST != 0 {
        let tree = vm.parse_source(&text, &filename, mode)?;
        return crate::modules::ast_mod::to_python(vm, &tree);
    }
    let optimize = match kwarg(&mut kwargs, "optimize").or_else(|| args.get(5).cloned()) {
        Some(o) => super::methods::index_value(vm, &o)?,
        None => -1,
    };
    if !(-1..=2).contains(&optimize) {
        return Err(vm.error("ValueError", "compile(): invalid optimize value"));
    }
    let code = vm.compile_source(&text, &filename, mode, optimize)?;
    Ok(Value::new_obj(Payload::Code(code)))
}

pub fn globals(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "globals", &args, 0, 0)?;
    Ok(vm.caller_globals())
}

pub fn locals(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "locals", &args, 0, 0)?;
    Ok(vm.caller_locals())
}

pub fn vars(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "vars", &args, 0, 1)?;
    match args.first() {
        None => Ok(vm.caller_locals()),
        Some(obj) => match vm.getattr_opt(obj, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

pub fn dir(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "dir", &args, 0, 1)?;
    let names: Vec<Value> = match args.first() {
        None => {
            let l = vm.caller_locals();
            match l.payload() {
                Some(Payload::Dict(d)) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
                _ => Vec::new(),
            }
        }
        Some(obj) => match obj.payload() {
            Some(Payload::Module { dict, .. }) => match &dict.payload {
                Payload::Dict(d) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
                _ => Vec::new(),
            },
            Some(Payload::Type(_)) => {
                let mut out = Vec::new();
                if let Some(c) = obj.as_obj() {
                    for c in types::mro_of(c) {
                        if let Payload::Type(t) = &c.payload {
                            out.extend(t.dict.borrow().iter().map(|(k, _)| k.clone()));
                        }
                    }
                }
                out
            }
            _ => {
                let f = vm.getattr(obj, "__dir__")?;
                let r = vm.call(f, vec![], vec![])?;
                vm.seq_items(&r)?
            }
        },
    };
    let custom = matches!(args.first().and_then(Value::payload), Some(Payload::Instance(_)));
    let mut strs: Vec<String> = names.iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
    strs.sort();
    // What an object's own __dir__ returns is only sorted.
    if !custom {
        strs.dedup();
    }
    Ok(crate::interp::call::new_list(strs.into_iter().map(Value::str).collect()))
}
