//! The `krait` command.
//!
//! Today it exposes the front end: `krait ast FILE` prints CPython's `ast.dump` of a file and
//! `krait compile --check PATH...` reports every syntax error in files and trees; `krait dis`
//! prints `dis.dis` of a file's code and `krait compile FILE` writes its `.pyc` (see
//! `dis_cmd.rs`). Anything else is python3's command line (`run.rs`): `krait FILE`, `-c CODE`,
//! `-m MODULE`, `-` with python3's options, and the interactive prompt (`repl.rs`). Exit statuses follow
//! CPython: 0 on success, 1 when a checked file is invalid, 2 for a usage error.

mod alloc;
mod check;
mod diagnostic;
mod dis_cmd;
mod repl;
mod run;

use std::io::{Read, Write};
use std::process::ExitCode;

use krait_syntax::DumpOptions;

/// mimalloc (see `alloc.rs`).
#[global_allocator]
static GLOBAL: alloc::Allocator = alloc::Allocator;

pub(crate) const USAGE: &str = "\
usage: krait ast [--no-attributes] [--indent N] FILE|-
       krait compile --check [--stage parse|analyse|compile] [--format text|json] PATH...
       krait compile [-O|-OO] [--hash|--invalidation-mode MODE] [-o OUT.pyc] FILE...
       krait dis [-O|-OO] FILE|-|-c CODE
       krait [option] ... [-c cmd | -m mod | file | -] [arg] ...   # run a program, as python3
             (options as python3's, plus --stdlib PATH: the standard library, a directory or a zip)
";

/// Stack for a whole command. Syntax trees can be deep (a chain of 100,000 attribute
/// accesses parses into 100,000 nested nodes), and dumping and dropping them recurses; the
/// memory is reserved, not committed, until used.
const COMMAND_STACK_BYTES: usize = 1 << 30;

fn main() -> ExitCode {
    stacker::grow(COMMAND_STACK_BYTES, run)
}

/// mimalloc asks for transparent huge pages on its arena, so every first touch commits 2 MiB:
/// `krait -c pass` peaked at 13.6 MB instead of 6 MB. Small processes are what a Python
/// command mostly is; the kernel's 4 KiB pages keep their footprint small. This runs as an
/// ELF constructor, before the Rust runtime's first allocation reserves the arena.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static NO_HUGE_PAGES: extern "C" fn() = {
    extern "C" fn no_huge_pages() {
        // SAFETY: prctl with PR_SET_THP_DISABLE takes plain integers and touches no memory
        // of ours.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    }
    no_huge_pages
};

fn run() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("ast") => ast_command(&args[1..]),
        Some("compile") => check::compile_command(&args[1..]),
        Some("dis") => dis_cmd::dis_command(&args[1..]),
        _ => return run::run_command(&args),
    };
    match result {
        Ok(code) => code,
        Err(UsageError(msg)) => {
            eprint!("krait: {msg}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// A command line that makes no sense; reported with the usage text, exit status 2.
pub(crate) struct UsageError(pub String);

/// Reads a file, or standard input for `-`.
pub(crate) fn read_input(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut data = Vec::new();
        std::io::stdin().read_to_end(&mut data)?;
        Ok(data)
    } else {
        std::fs::read(path)
    }
}

/// `krait ast [--no-attributes] [--indent N] FILE`: `print(ast.dump(ast.parse(src, FILE),
/// include_attributes=True, indent=N))`.
fn ast_command(args: &[String]) -> Result<ExitCode, UsageError> {
    let mut options = DumpOptions { include_attributes: true, indent: None };
    let mut file = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--no-attributes" => options.include_attributes = false,
            "--indent" => {
                let n = iter.next().ok_or_else(|| UsageError("--indent needs a number".into()))?;
                let n: usize = n.parse().map_err(|_| UsageError(format!("bad --indent value {n:?}")))?;
                options.indent = Some(" ".repeat(n));
            }
            _ if file.is_none() && (arg == "-" || !arg.starts_with('-')) => file = Some(arg.clone()),
            _ => return Err(UsageError(format!("unexpected argument {arg:?}"))),
        }
    }
    let file = file.ok_or_else(|| UsageError("ast needs a FILE (or - for stdin)".into()))?;
    let source = match read_input(&file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("krait: can't open file '{file}': {}", diagnostic::os_error_text(&e));
            return Ok(ExitCode::from(2));
        }
    };
    let filename = if file == "-" { "<stdin>" } else { file.as_str() };
    match krait_syntax::parse_module(&source, filename) {
        Ok(module) => {
            let mut out = std::io::stdout().lock();
            let text = krait_syntax::ast::dump(&module, &options);
            let _ = writeln!(out, "{text}");
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprint!("{}", diagnostic::format_syntax_error(&error, filename));
            Ok(ExitCode::from(1))
        }
    }
}
