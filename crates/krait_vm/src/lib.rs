//! krait's virtual machine: runs CPython 3.14 code objects with CPython's observable
//! behaviour.
//!
//! Layout (docs/vm-design.md §5): `value` (the 16-byte `Value`), `heap` (objects and their
//! payloads), `objects` (one file per built-in type), `interp` (the loop, frames, calls,
//! exceptions), `builtins` (the builtins module). [`run_source`] compiles and runs a program
//! as `__main__` and reports an uncaught exception like CPython.

pub mod builtins;
pub mod heap;
pub mod import;
pub mod interp;
pub mod modules;
pub mod objects;
pub mod value;

use std::io::Write;

pub use interp::Vm;
pub use value::Value;

/// What a captured run printed and its exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutput {
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub status: i32,
}

/// Compiles and runs `source` as `__main__`; returns the process exit status (0, or 1 after
/// printing the traceback of an uncaught exception to stderr).
pub fn run_source(source: &[u8], filename: &str) -> i32 {
    let r = run(source, filename, false);
    let _ = std::io::stderr().write_all(r.stderr.as_bytes());
    r.status
}

/// Like [`run_source`], with standard output and standard error captured.
pub fn run_captured(source: &[u8], filename: &str) -> RunOutput {
    run(source, filename, true)
}

fn run(source: &[u8], filename: &str, capture: bool) -> RunOutput {
    let fail = |stderr: String| RunOutput { stdout: Vec::new(), stderr, status: 1 };
    interp::exceptions::register_source(filename, source);
    let mut module = match krait_syntax::parse_module(source, filename) {
        Ok(m) => m,
        Err(e) => {
            return fail(syntax_error_text(&e, filename));
        }
    };
    let (code, warnings) = match krait_compiler::compile_module_with_warnings(&mut module, filename, 0) {
        Ok(c) => c,
        Err(e) => {
            return fail(syntax_error_text(&e, filename));
        }
    };
    // Compile-time warnings as the default warnings filter shows them: once per location.
    let mut warning_text = String::new();
    let mut seen = std::collections::HashSet::new();
    let lines: Vec<&[u8]> = source.split(|&b| b == b'\n').collect();
    for w in &warnings {
        if !seen.insert((w.range.lineno, w.message.clone())) {
            continue;
        }
        warning_text.push_str(&format!("{filename}:{}: {}: {}\n", w.range.lineno, w.category, w.message));
        if let Some(line) = lines.get((w.range.lineno as usize).wrapping_sub(1)) {
            let text = String::from_utf8_lossy(line);
            let text = text.trim();
            if !text.is_empty() {
                warning_text.push_str(&format!("  {text}\n"));
            }
        }
    }
    let code = interp::eval::load_code(&code);
    let mut vm = Vm::new();
    vm.script_name = if filename == "<string>" { "-c".to_string() } else { filename.to_string() };
    if capture {
        vm.out = interp::Output::Capture(Vec::new());
    }
    let result = vm.run_main(code);
    vm.flush();
    let (stderr, status) = match result {
        Ok(()) => (String::new(), 0),
        Err(e) => {
            let class = vm.types.type_of(&e.0);
            if objects::types::is_subclass(&class, &vm.types.exception("SystemExit")) {
                system_exit(&mut vm, &e.0)
            } else {
                let text = vm.format_exception(&e.0);
                vm.flush();
                (text, 1)
            }
        }
    };
    let stderr = format!("{warning_text}{}{stderr}", String::from_utf8_lossy(&std::mem::take(&mut vm.err_out)));
    let stdout = match std::mem::replace(&mut vm.out, interp::Output::Capture(Vec::new())) {
        interp::Output::Capture(v) => v,
        interp::Output::Stdout(_) => Vec::new(),
    };
    RunOutput { stdout, stderr, status }
}

/// The exit status (and message) of an uncaught SystemExit, as CPython's.
fn system_exit(vm: &mut Vm, exc: &Value) -> (String, i32) {
    let arg = match exc.payload() {
        Some(heap::Payload::Instance(i)) => match i.args.borrow().payload() {
            Some(heap::Payload::Tuple(t)) if t.len() == 1 => t[0].clone(),
            Some(heap::Payload::Tuple(t)) if t.is_empty() => Value::None,
            _ => i.args.borrow().clone(),
        },
        _ => Value::None,
    };
    match arg {
        Value::None => (String::new(), 0),
        Value::Int(n) => (String::new(), (n & 0xff) as i32),
        Value::Bool(b) => (String::new(), i32::from(b)),
        other => (format!("{}\n", vm.to_str(&other).unwrap_or_default()), 1),
    }
}

/// A SyntaxError as CPython prints it when a program does not compile.
fn syntax_error_text(e: &krait_syntax::PySyntaxError, filename: &str) -> String {
    let mut out = format!("  File \"{filename}\", line {}\n", e.lineno);
    if let Some(text) = &e.text {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {stripped}\n"));
        let start = usize::try_from(e.offset).unwrap_or(1).max(1) - 1;
        let end = if e.end_lineno == e.lineno { usize::try_from(e.end_offset).unwrap_or(0) } else { 0 };
        let width = if end > start + 1 { end - 1 - start } else { 1 };
        out.push_str(&format!("    {}{}\n", " ".repeat(start.saturating_sub(indent)), "^".repeat(width)));
    }
    out.push_str(&format!("{}: {}\n", e.error_type.name(), e.msg));
    out
}
