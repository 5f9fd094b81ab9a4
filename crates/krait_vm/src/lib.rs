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
pub mod repl;
pub mod signals;
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
    /// The program ended by an uncaught KeyboardInterrupt (python3 then exits by SIGINT).
    pub interrupted: bool,
}

/// What to run as `__main__`.
#[derive(Clone, Debug)]
pub enum Program {
    /// Source text: a file (`filename` is its path), `-c` (`<string>`) or stdin (`<stdin>`).
    Source { source: Vec<u8>, filename: String },
    /// `-m NAME`: a module or package found on `sys.path`, run as runpy does.
    Module(String),
}

/// Compiles and runs `source` as `__main__`; returns the process exit status (0, or 1 after
/// printing the traceback of an uncaught exception to stderr).
pub fn run_source(source: &[u8], filename: &str) -> i32 {
    let r = run(Program::Source { source: source.to_vec(), filename: filename.to_string() }, embedded_config(filename), false);
    let _ = std::io::stderr().write_all(r.stderr.as_bytes());
    r.status
}

/// Like [`run_source`], with standard output and standard error captured.
pub fn run_captured(source: &[u8], filename: &str) -> RunOutput {
    run(Program::Source { source: source.to_vec(), filename: filename.to_string() }, embedded_config(filename), true)
}

/// Runs a program with a full configuration (the command line's entry). With `capture`
/// the output is returned; otherwise it goes to the process's stdout and stderr.
pub fn run_program(program: Program, config: import::ImportConfig, capture: bool) -> RunOutput {
    let r = run(program, config, capture);
    if !capture {
        let _ = std::io::stderr().write_all(r.stderr.as_bytes());
    }
    r
}

/// The configuration of an embedded run: `sys.argv == [filename]`, no script directory
/// on `sys.path` (as the oracle runs a program).
fn embedded_config(filename: &str) -> import::ImportConfig {
    import::ImportConfig {
        argv: vec![if filename == "<string>" { "-c".to_string() } else { filename.to_string() }],
        use_environment: false,
        executable: std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default(),
        ..import::ImportConfig::default()
    }
}

/// Compile-time warnings as CPython emits them: each one (two on a line both show), once per
/// source position (a node compiled twice, as a `finally` body is, warns once).
pub(crate) fn warning_text(warnings: &[krait_compiler::error::CompileWarning], source: &[u8], filename: &str) -> String {
    let mut warning_text = String::new();
    let mut seen = std::collections::HashSet::new();
    let lines: Vec<&[u8]> = source.split(|&b| b == b'\n').collect();
    for w in warnings {
        if !seen.insert((w.range.lineno, w.range.col_offset, w.message.clone())) {
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
    warning_text
}

fn run(program: Program, config: import::ImportConfig, capture: bool) -> RunOutput {
    run_then_interact(Some(program), config, capture, None)
}

/// Runs the command line's program (if any) as `__main__`, then, given a reader, the
/// interactive prompt in the same `__main__` (`-i`, or no program at a terminal). With the
/// prompt, an uncaught exception of the program (`SystemExit` included, as CPython's
/// inspect mode) is printed and the prompt follows; the exit status is the prompt's.
pub fn run_then_interact(
    program: Option<Program>,
    config: import::ImportConfig,
    capture: bool,
    reader: Option<&mut dyn repl::LineReader>,
) -> RunOutput {
    let mut vm = Vm::new();
    if capture {
        vm.out = interp::Output::Capture(Vec::new());
    } else if config.flags.unbuffered || std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        // A zero-capacity buffer passes each write straight out (see `Output`).
        vm.out = interp::Output::Stdout(std::io::BufWriter::with_capacity(0, std::io::stdout()));
    }
    vm.init_imports(config);
    // As CPython's start-up: `-W` options (and the like) take effect through `warnings`,
    // which reads `sys.warnoptions` when imported.
    if !vm.import.config.warnoptions.is_empty()
        && let Err(e) = vm.import_module("warnings")
    {
        vm.print_exception(&e.0, false);
    }
    let inspect = reader.is_some();
    let mut main_module_value: Option<Value> = None;
    let result = match program {
        None => Ok(()),
        Some(Program::Source { source, filename }) => {
            interp::exceptions::register_source(&filename, &source);
            match compile_main(&mut vm, &source, &filename) {
                Ok(code) => {
                    let main = main_module(&mut vm, &filename);
                    let r = run_in(&mut vm, code, &main);
                    main_module_value = Some(main);
                    r
                }
                Err(text) if !inspect => return RunOutput { stdout: Vec::new(), stderr: text, status: 1, interrupted: false },
                Err(text) => {
                    vm.write_stderr(&text);
                    Ok(())
                }
            }
        }
        Some(Program::Module(name)) => match import::main_module::run_module_as_main(&mut vm, &name) {
            Ok(r) => r,
            Err(text) if !inspect => {
                vm.flush();
                let stderr = format!("{}{text}", String::from_utf8_lossy(&std::mem::take(&mut vm.err_out)));
                return finish(&mut vm, stderr, 1, false);
            }
            Err(text) => {
                vm.write_stderr(&text);
                Ok(())
            }
        },
    };
    vm.flush();
    let mut interrupted = false;
    let (stderr, mut status) = match result {
        Ok(()) => (String::new(), 0),
        Err(e) => {
            let class = vm.types.type_of(&e.0);
            if !inspect && objects::types::is_subclass(&class, &vm.types.exception("SystemExit")) {
                system_exit(&mut vm, &e.0)
            } else {
                interrupted = !inspect && objects::types::is_subclass(&class, &vm.types.exception("KeyboardInterrupt"));
                vm.print_exception(&e.0, true);
                (String::new(), 1)
            }
        }
    };
    if let Some(reader) = reader {
        let main = vm.interactive_main();
        main_module_value = Some(main.clone());
        status = match vm.interact(&main, reader) {
            repl::Ended::Eof => 0,
            repl::Ended::Exit(s) => s,
        };
    }
    let before = String::from_utf8_lossy(&std::mem::take(&mut vm.err_out)).into_owned();
    // atexit callbacks run after the traceback is shown, as at CPython's shutdown.
    modules::atexit::run_exitfuncs(&mut vm);
    // Shutdown clears the main module's globals, so the objects only they hold are finalized.
    if let Some(main) = main_module_value {
        vm.clear_module_dict(&main);
    }
    vm.flush();
    let after = String::from_utf8_lossy(&std::mem::take(&mut vm.err_out)).into_owned();
    let stderr = format!("{before}{stderr}{after}");
    finish(&mut vm, stderr, status, interrupted)
}

fn finish(vm: &mut Vm, stderr: String, status: i32, interrupted: bool) -> RunOutput {
    let stdout = match std::mem::replace(&mut vm.out, interp::Output::Capture(Vec::new())) {
        interp::Output::Capture(v) => v,
        interp::Output::Stdout(_) => Vec::new(),
    };
    RunOutput { stdout, stderr, status, interrupted }
}

/// Compiles the main program; the SyntaxError text (with any warnings before it) on failure.
fn compile_main(vm: &mut Vm, source: &[u8], filename: &str) -> Result<std::rc::Rc<objects::function::CodeInfo>, String> {
    let optimize = i32::from(vm.import.config.optimize);
    let (code, warnings) = krait_compiler::compile_source_with_warnings(source, filename, optimize).map_err(|e| syntax_error_text(&e, filename))?;
    let text = warning_text(&warnings, source, filename);
    if !text.is_empty() {
        vm.write_stderr(&text);
    }
    Ok(interp::eval::load_code(&code))
}

/// The `__main__` module of a source program, registered in `sys.modules`.
pub(crate) fn main_module(vm: &mut Vm, filename: &str) -> Value {
    let main = import::spec::new_module("__main__");
    if let Some(d) = import::module_dict(&main) {
        let mut d = d.borrow_mut();
        d.set_str("__package__", Value::None);
        d.set_str("__spec__", Value::None);
        d.set_str("__builtins__", vm.builtins_module());
        if !filename.starts_with('<') {
            d.set_str("__file__", Value::str(filename));
            d.set_str("__cached__", Value::None);
        }
    }
    vm.sys_modules_set("__main__", main.clone());
    main
}

/// Runs `code` in a module's namespace.
pub(crate) fn run_in(vm: &mut Vm, code: std::rc::Rc<objects::function::CodeInfo>, module: &Value) -> Result<(), interp::PyErr> {
    let Some(heap::Payload::Module { dict, .. }) = module.payload() else {
        return Ok(());
    };
    let globals = Value::Obj(dict.clone());
    vm.run_code(code, globals.clone(), Some(globals)).map(|_| ())
}

/// The exit status (and message) of an uncaught SystemExit, as CPython's.
pub(crate) fn system_exit(vm: &mut Vm, exc: &Value) -> (String, i32) {
    let arg = match exc.payload() {
        Some(heap::Payload::Instance(i)) => match i.exc().args.borrow().payload() {
            Some(heap::Payload::Tuple(t)) if t.len() == 1 => t[0].clone(),
            Some(heap::Payload::Tuple(t)) if t.is_empty() => Value::None,
            _ => i.exc().args.borrow().clone(),
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
    interp::exceptions::syntax_error_display(&interp::exceptions::SyntaxErrorParts {
        filename,
        lineno: e.lineno,
        offset: e.offset,
        end_lineno: e.end_lineno,
        end_offset: e.end_offset,
        text: e.text.as_deref(),
        name: e.error_type.name(),
        msg: &e.msg,
    })
}
