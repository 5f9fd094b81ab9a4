//! The VM side of the interactive prompt (`krait` at a terminal, `-i`): CPython's basic
//! REPL loop (`_PyRun_InteractiveLoop`) over lines a [`LineReader`] supplies, and the hooks
//! it calls, `sys.displayhook` and `sys.excepthook`.
//!
//! Promises, as CPython 3.14: the prompts are `str(sys.ps1)` and `str(sys.ps2)` (set to
//! `>>> ` and `... ` when missing); a statement is read until it is complete the way the
//! interactive tokenizer decides (brackets, triple-quoted strings and backslashes continue;
//! a compound statement ends at a blank line; see `krait_syntax::parse_interactive`); it is
//! compiled in 'single' mode as `<stdin-N>` (tracebacks show `<stdin>` and its source
//! lines) and run in `__main__`, expression values echoed through `sys.displayhook`;
//! errors go through `sys.excepthook` (and set `sys.last_exc` & co.) and the loop goes on;
//! `SystemExit` ends it with its status; end of input ends it with status 0 (a newline is
//! written to stderr after the prompt, as CPython's tokenizer does).

use crate::builtins::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;
use krait_syntax::ast;
use std::io::Write;

/// What reading a line at the prompt gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A line, without its newline.
    Text(String),
    /// End of input (Ctrl-D at a terminal).
    Eof,
    /// Ctrl-C at the prompt.
    Interrupt,
}

/// Where the loop gets its lines: a line editor at a terminal, or plain standard input
/// (with the prompt written to stderr, as CPython does when stdin is not a terminal).
pub trait LineReader {
    /// Shows `prompt` and reads one line.
    fn read_line(&mut self, prompt: &str) -> Line;

    /// Does the reader end the line itself on Ctrl-C and Ctrl-D (a line editor does)?
    /// Otherwise the loop writes the newline CPython writes there.
    fn ends_line_itself(&self) -> bool {
        false
    }
}

/// What the loop ended with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// End of input.
    Eof,
    /// `SystemExit` with this status (its message, if any, already written to stderr).
    Exit(i32),
}

/// The loop's state between statements.
struct Session {
    /// The statement typed so far (lines with their newlines).
    buffer: String,
}

impl Vm {
    /// Runs the interactive loop in the `__main__` module `main` until end of input or
    /// `SystemExit`.
    pub fn interact(&mut self, main: &Value, reader: &mut dyn LineReader) -> Ended {
        for (name, default) in [("ps1", ">>> "), ("ps2", "... ")] {
            if crate::import::module_get(&self.import.sys, name).is_none()
                && let Some(d) = crate::import::module_dict(&self.import.sys)
            {
                d.borrow_mut().set_str(name, Value::str(default));
            }
        }
        let mut session = Session { buffer: String::new() };
        loop {
            let prompt = self.prompt(if session.buffer.is_empty() { "ps1" } else { "ps2" });
            self.flush();
            let _ = std::io::stderr().flush();
            let line = reader.read_line(&prompt);
            let ended = match line {
                Line::Interrupt => {
                    session.buffer.clear();
                    if !reader.ends_line_itself() {
                        self.write_stderr("\n");
                    }
                    let e = PyErr(crate::interp::exceptions::new_exception(self.types.exception("KeyboardInterrupt"), Vec::new()));
                    self.report_interactive(e)
                }
                Line::Eof => {
                    if !prompt.is_empty() && !reader.ends_line_itself() {
                        self.write_stderr("\n");
                    }
                    if session.buffer.is_empty() {
                        return Ended::Eof;
                    }
                    // The end of input ends the statement typed so far.
                    let text = std::mem::take(&mut session.buffer);
                    self.finish_statement(&text, main)
                }
                Line::Text(line) => {
                    session.buffer.push_str(&line);
                    session.buffer.push('\n');
                    let blank = line.trim().is_empty();
                    match krait_syntax::parse_interactive(session.buffer.as_bytes(), "<stdin>") {
                        krait_syntax::Interactive::Incomplete { open_token: true } => None,
                        krait_syntax::Interactive::Incomplete { open_token: false } if !blank => None,
                        krait_syntax::Interactive::Complete(ast::Mod::Module(m))
                            if m.body.len() == 1 && is_compound(&m.body[0]) && !blank =>
                        {
                            None
                        }
                        _ => {
                            let text = std::mem::take(&mut session.buffer);
                            self.finish_statement(&text, main)
                        }
                    }
                }
            };
            self.flush();
            if let Some(status) = ended {
                return Ended::Exit(status);
            }
        }
    }

    /// `str(sys.ps1)` or `str(sys.ps2)`; empty when missing or failing.
    fn prompt(&mut self, name: &str) -> String {
        match crate::import::module_get(&self.import.sys, name) {
            Some(v) => match v.as_str() {
                Some(s) => s.to_string(),
                None => self.to_str(&v).unwrap_or_default(),
            },
            None => String::new(),
        }
    }

    /// Compiles and runs a complete statement (or reports why it is not one); the exit
    /// status when it raised `SystemExit`.
    fn finish_statement(&mut self, text: &str, main: &Value) -> Option<i32> {
        let module = match krait_syntax::parse_module(text.as_bytes(), "<stdin>") {
            Ok(ast::Mod::Module(m)) => m,
            Ok(_) => return None,
            Err(e) => {
                let e = self.syntax_error(&e, "<stdin>");
                return self.report_interactive(e);
            }
        };
        if module.body.is_empty() {
            return None;
        }
        // Simple statements share one line (`a; b`); a compound one must be alone.
        if module.body.len() > 1 && is_compound(&module.body[0]) {
            // The statement ended and more followed on a line of its own: the parser of
            // the interactive prompt finds a token where it wanted the end of input.
            let second = module.body[1].range();
            let e = invalid_syntax_at(text, second.lineno, second.col_offset);
            let e = self.syntax_error(&e, "<stdin>");
            return self.report_interactive(e);
        }
        if module.body.len() > 1 && module.body[1].range().lineno > module.body[0].range().end_lineno {
            // Cannot come from the prompt (a complete simple statement runs at its newline).
            let e = self.error("SyntaxError", "multiple statements found while compiling a single statement");
            return self.report_interactive(e);
        }
        match self.run_interactive_statement(module.body, text, main) {
            Ok(()) => None,
            Err(e) => self.report_interactive(e),
        }
    }

    /// Compiles `body` in 'single' mode as the next `<stdin-N>` and runs it in `__main__`.
    fn run_interactive_statement(&mut self, body: Vec<ast::Stmt>, text: &str, main: &Value) -> Result<(), PyErr> {
        let filename = format!("<stdin-{}>", INTERACTIVE_COUNT.with(|c| c.replace(c.get() + 1)));
        crate::interp::exceptions::register_source(&filename, text.as_bytes());
        let mut tree = ast::Mod::Interactive(ast::ModInteractive { body });
        let optimize = i32::from(self.import.config.optimize);
        let code = match krait_compiler::compile_module(&mut tree, &filename, optimize) {
            Ok(code) => code,
            Err(mut e) => {
                if e.text.is_none() {
                    e.text = text.split_inclusive('\n').nth(usize::try_from(e.lineno).unwrap_or(1).saturating_sub(1)).map(str::to_string);
                }
                return Err(self.syntax_error(&e, &filename));
            }
        };
        let code = crate::interp::eval::load_code(&code);
        let r = crate::run_in(self, code, main);
        self.run_pending_finalizers();
        r
    }

    /// `sys.modules['__main__']`, made when missing.
    pub fn interactive_main(&mut self) -> Value {
        match self.sys_modules_get("__main__") {
            Some(m) if matches!(m.payload(), Some(Payload::Module { .. })) => m,
            _ => crate::main_module(self, "<stdin>"),
        }
    }

    /// An exception at the prompt: `SystemExit` ends the loop with its status; any other
    /// goes to `sys.excepthook` (as `PyErr_Print`) and the loop goes on.
    fn report_interactive(&mut self, e: PyErr) -> Option<i32> {
        self.flush();
        let class = self.types.type_of(&e.0);
        if crate::objects::types::is_subclass(&class, &self.types.exception("SystemExit")) {
            let (text, status) = crate::system_exit(self, &e.0);
            self.write_stderr(&text);
            return Some(status);
        }
        self.print_exception(&e.0, true);
        None
    }

    /// `PyErr_Print`: `sys.last_exc` (and the legacy triple) set, then `sys.excepthook`
    /// called; a failing hook is reported with the original exception.
    pub fn print_exception(&mut self, exc: &Value, set_last: bool) {
        let class = Value::Obj(self.types.type_of(exc));
        let tb = self.traceback_of(exc);
        if set_last && let Some(d) = crate::import::module_dict(&self.import.sys) {
            let mut d = d.borrow_mut();
            d.set_str("last_exc", exc.clone());
            d.set_str("last_type", class.clone());
            d.set_str("last_value", exc.clone());
            d.set_str("last_traceback", tb.clone());
        }
        let hook = crate::import::module_get(&self.import.sys, "excepthook");
        match hook {
            Some(h) if is_builtin(&h, crate::modules::sys::excepthook) => {
                let text = self.format_exception(exc);
                self.write_stderr(&text);
            }
            Some(h) if !matches!(h, Value::None) => {
                if let Err(err) = self.call(h, vec![class, exc.clone(), tb], vec![]) {
                    self.flush();
                    let class = self.types.type_of(&err.0);
                    if crate::objects::types::is_subclass(&class, &self.types.exception("SystemExit")) {
                        return;
                    }
                    let first = self.format_exception(&err.0);
                    let original = self.format_exception(exc);
                    self.write_stderr(&format!("Error in sys.excepthook:\n{first}\nOriginal exception was:\n{original}"));
                }
            }
            _ => {
                let text = self.format_exception(exc);
                self.write_stderr(&format!("sys.excepthook is missing\n{text}"));
            }
        }
        self.flush();
    }
}

thread_local! {
    /// CPython's `interp->_interactive_src_count`: numbers the `<stdin-N>` code objects.
    static INTERACTIVE_COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Is `v` the built-in function `f`?
fn is_builtin(v: &Value, f: crate::objects::function::BuiltinFn) -> bool {
    matches!(v.payload(), Some(Payload::Builtin(b)) if std::ptr::fn_addr_eq(b.func, f))
}

/// Statements that take a block (the prompt waits for the blank line after them).
pub(crate) fn is_compound(s: &ast::Stmt) -> bool {
    use ast::Stmt;
    matches!(
        s,
        Stmt::FunctionDef(_)
            | Stmt::AsyncFunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::For(_)
            | Stmt::AsyncFor(_)
            | Stmt::While(_)
            | Stmt::If(_)
            | Stmt::With(_)
            | Stmt::AsyncWith(_)
            | Stmt::Match(_)
            | Stmt::Try(_)
            | Stmt::TryStar(_)
    )
}

/// "invalid syntax" at the first token starting at (`lineno`, byte column `col`) of `text`.
pub(crate) fn invalid_syntax_at(text: &str, lineno: u32, col: u32) -> krait_syntax::PySyntaxError {
    let line = text.split_inclusive('\n').nth(lineno.saturating_sub(1) as usize).unwrap_or("");
    let col = (col as usize).min(line.len());
    let rest = &line[col..];
    let mut tokenizer = krait_syntax::tokenizer::Tokenizer::new(rest);
    let token_len = match tokenizer.next_token() {
        Ok(t) => rest.get(t.start as usize..t.end as usize).map_or(1, |s| s.chars().count().max(1)),
        Err(_) => 1,
    };
    let offset = line[..col].chars().count() as i64 + 1;
    krait_syntax::PySyntaxError {
        error_type: krait_syntax::ErrorType::SyntaxError,
        msg: "invalid syntax".to_string(),
        lineno: i64::from(lineno),
        offset,
        end_lineno: i64::from(lineno),
        end_offset: offset + token_len as i64,
        text: Some(line.to_string()),
    }
}

/// `sys.displayhook(value)`: None is not shown; otherwise `builtins._` is cleared, the
/// repr written to `sys.stdout` with a newline, and `builtins._` set to the value.
pub fn displayhook(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sys.displayhook() takes exactly one argument ({} given)", args.len())));
    }
    let value = &args[0];
    if matches!(value, Value::None) {
        return Ok(Value::None);
    }
    set_underscore(vm, Value::None);
    let text = vm.repr(value)?;
    let stdout = match crate::import::module_get(&vm.import.sys, "stdout") {
        Some(Value::None) | None => return Err(vm.error("RuntimeError", "lost sys.stdout")),
        Some(s) => s,
    };
    if stdout.is(&vm.stdout_marker) {
        let _ = vm.out.write_all(text.as_bytes());
        let _ = vm.out.write_all(b"\n");
    } else {
        let write = vm.getattr(&stdout, "write")?;
        vm.call(write.clone(), vec![Value::str(text)], vec![])?;
        vm.call(write, vec![Value::str("\n")], vec![])?;
    }
    set_underscore(vm, value.clone());
    Ok(Value::None)
}

fn set_underscore(vm: &Vm, value: Value) {
    if let Some(Payload::Dict(d)) = vm.builtins.payload() {
        d.borrow_mut().set_str("_", value);
    }
}
