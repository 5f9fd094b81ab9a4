//! The python3-compatible command line: `krait [option] ... [-c cmd | -m mod | file | -]
//! [arg] ...`. Options are parsed as CPython's `Python/getopt.c` does (short options may be
//! combined, `-cCODE`/`-c CODE`, `--` ends the options), with CPython's usage errors (exit
//! status 2); the program runs on krait_vm with `sys.argv`, `sys.path[0]` and `sys.flags`
//! set as python3 sets them. `--stdlib PATH` (krait's own) says where the standard library
//! is.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use krait_vm::import::ImportConfig;
use krait_vm::Program;

/// The version `-V` reports: the Python language version krait implements.
const PYTHON_VERSION: &str = "3.14.2";

/// What the command line asks for.
enum Action {
    Run(Program, Vec<String>),
    Version(u8),
    Help,
    /// No program, and standard input is a terminal (or `-i`): the interactive prompt.
    Interactive,
}

/// A usage error: the message line before python3's usage text.
struct Usage(String);

fn executable() -> String {
    std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "krait".to_string())
}

fn usage_line(exe: &str) -> String {
    format!("usage: {exe} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

/// Options that take an argument (`-c` and `-m` end the option list).
const WITH_ARGUMENT: &[char] = &['c', 'm', 'W', 'X'];
/// Options without an argument that krait accepts.
const FLAGS: &[char] = &['b', 'B', 'd', 'E', 'h', 'i', 'I', 'O', 'P', 'q', 's', 'S', 'u', 'v', 'V', 'x', '?'];

/// Parses the command line (without the program name) into the configuration and action.
fn parse(args: &[String], config: &mut ImportConfig) -> Result<Action, Usage> {
    let mut i = 0;
    let mut version = 0u8;
    let mut help = false;
    while i < args.len() {
        let arg = &args[i];
        if arg == "--" {
            i += 1;
            break;
        }
        if arg == "-" || !arg.starts_with('-') {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "version" => version += 1,
                "help" | "help-env" | "help-xoptions" | "help-all" => help = true,
                "stdlib" => {
                    let Some(p) = args.get(i + 1) else { return Err(Usage("Argument expected for the --stdlib option".into())) };
                    config.stdlib = Some(p.into());
                    i += 1;
                }
                _ if long.starts_with("stdlib=") => config.stdlib = Some(long["stdlib=".len()..].into()),
                "check-hash-based-pycs" => {
                    if args.get(i + 1).is_none() {
                        return Err(Usage("Argument expected for the --check-hash-based-pycs option".into()));
                    }
                    i += 1;
                }
                _ => return Err(Usage(format!("unknown option {arg}"))),
            }
            i += 1;
            continue;
        }
        let chars: Vec<char> = arg[1..].chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            if WITH_ARGUMENT.contains(&c) {
                let rest: String = chars[j + 1..].iter().collect();
                let value = if !rest.is_empty() {
                    rest
                } else {
                    i += 1;
                    match args.get(i) {
                        Some(v) => v.clone(),
                        None => return Err(Usage(format!("Argument expected for the -{c} option"))),
                    }
                };
                match c {
                    'c' => {
                        let mut argv = vec!["-c".to_string()];
                        argv.extend(args[i + 1..].iter().cloned());
                        let source = dedent(&value).into_bytes();
                        return Ok(finish(help, version, Action::Run(Program::Source { source, filename: "<string>".into() }, argv)));
                    }
                    'm' => {
                        let mut argv = vec!["-m".to_string()];
                        argv.extend(args[i + 1..].iter().cloned());
                        return Ok(finish(help, version, Action::Run(Program::Module(value), argv)));
                    }
                    'W' => config.warnoptions.push(value),
                    _ => config.xoptions.push(value),
                }
                break;
            }
            if !FLAGS.contains(&c) {
                return Err(Usage(format!("Unknown option: -{c}")));
            }
            let f = &mut config.flags;
            match c {
                'b' => f.bytes_warning = f.bytes_warning.saturating_add(1),
                'B' => config.dont_write_bytecode = true,
                'E' => {
                    f.ignore_environment = true;
                    config.use_environment = false;
                }
                'h' | '?' => help = true,
                'i' => {
                    f.inspect = true;
                    f.interactive = true;
                }
                'I' => {
                    f.isolated = true;
                    f.ignore_environment = true;
                    f.no_user_site = true;
                    f.safe_path = true;
                    config.use_environment = false;
                }
                'O' => config.optimize = config.optimize.saturating_add(1),
                'P' => f.safe_path = true,
                'q' => f.quiet = true,
                's' => f.no_user_site = true,
                'S' => f.no_site = true,
                'u' => f.unbuffered = true,
                'v' => f.verbose = f.verbose.saturating_add(1),
                'x' => f.skip_first_line = true,
                'V' => version += 1,
                _ => {}
            }
            j += 1;
        }
        i += 1;
    }
    if help || version > 0 {
        return Ok(finish(help, version, Action::Interactive));
    }
    match args.get(i) {
        Some(file) => {
            let argv: Vec<String> = args[i..].to_vec();
            let filename = if file == "-" { "<stdin>".to_string() } else { file.clone() };
            Ok(Action::Run(Program::Source { source: Vec::new(), filename }, argv))
        }
        None if std::io::stdin().is_terminal() || config.flags.interactive => Ok(Action::Interactive),
        None => Ok(Action::Run(Program::Source { source: Vec::new(), filename: "<stdin>".into() }, vec![String::new()])),
    }
}

/// `-h` and `-V` win over running anything.
fn finish(help: bool, version: u8, action: Action) -> Action {
    if help {
        Action::Help
    } else if version > 0 {
        Action::Version(version)
    } else {
        action
    }
}

/// The environment variables python3 reads that krait honours (unless `-E`/`-I`).
fn apply_environment(config: &mut ImportConfig) {
    if !config.use_environment {
        return;
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("PYTHONDONTWRITEBYTECODE") {
        config.dont_write_bytecode = true;
    }
    if set("PYTHONUNBUFFERED") {
        config.flags.unbuffered = true;
    }
    if set("PYTHONSAFEPATH") {
        config.flags.safe_path = true;
    }
    if let Some(v) = std::env::var("PYTHONOPTIMIZE").ok().filter(|v| !v.is_empty()) {
        config.optimize = config.optimize.max(v.parse::<u8>().unwrap_or(1));
    }
    if let Some(v) = std::env::var("PYTHONVERBOSE").ok().filter(|v| !v.is_empty()) {
        config.flags.verbose = config.flags.verbose.max(v.parse::<u8>().unwrap_or(1));
    }
    if set("PYTHONINSPECT") {
        config.flags.inspect = true;
    }
    if set("PYTHONNOUSERSITE") {
        config.flags.no_user_site = true;
    }
    if set("PYTHONDEVMODE") {
        config.flags.dev_mode = true;
    }
    if set("PYTHONWARNDEFAULTENCODING") {
        config.flags.warn_default_encoding = true;
    }
    if let Ok(v) = std::env::var("PYTHONUTF8") {
        config.flags.utf8_mode = v == "1";
    }
}

/// The settings `-X` options make (after the environment's, which they override), and
/// `sys.warnoptions` in CPython's order: `-X dev`'s "default", PYTHONWARNINGS, `-W`, then
/// `-b`'s BytesWarning filter.
fn apply_options(config: &mut ImportConfig) {
    for x in &config.xoptions {
        let (name, value) = match x.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (x.as_str(), None),
        };
        match (name, value) {
            ("dev", _) => config.flags.dev_mode = true,
            ("utf8", None | Some("1")) => config.flags.utf8_mode = true,
            ("utf8", Some(_)) => config.flags.utf8_mode = false,
            ("warn_default_encoding", _) => config.flags.warn_default_encoding = true,
            _ => {}
        }
    }
    let mut options = Vec::new();
    if config.flags.dev_mode {
        options.push("default".to_string());
    }
    if config.use_environment
        && let Ok(env) = std::env::var("PYTHONWARNINGS")
    {
        options.extend(env.split(',').map(str::trim).filter(|w| !w.is_empty()).map(str::to_string));
    }
    options.append(&mut config.warnoptions);
    match config.flags.bytes_warning {
        0 => {}
        1 => options.push("default::BytesWarning".to_string()),
        _ => options.push("error::BytesWarning".to_string()),
    }
    config.warnoptions = options;
}

/// `-c`'s code without the leading whitespace all its lines share (CPython 3.14's
/// `_PyUnicode_Dedent`: blank lines become empty, spaces and tabs must match exactly).
fn dedent(code: &str) -> String {
    let mut common: Option<&str> = None;
    for line in code.split('\n') {
        let indent_len = line.len() - line.trim_start_matches([' ', '\t']).len();
        if indent_len == line.len() {
            continue;
        }
        if indent_len == 0 {
            return code.to_string();
        }
        let indent = &line[..indent_len];
        common = Some(match common {
            None => indent,
            Some(c) => {
                let n = c.bytes().zip(indent.bytes()).take_while(|(a, b)| a == b).count();
                &c[..n]
            }
        });
        if common == Some("") {
            return code.to_string();
        }
    }
    let Some(common) = common else { return code.to_string() };
    let lines: Vec<&str> = code.split('\n').collect();
    let last = lines.len() - 1;
    let mut out = String::with_capacity(code.len());
    for (i, line) in lines.iter().enumerate() {
        let blank = line.trim_start_matches([' ', '\t']).is_empty();
        if !(blank && i < last) {
            out.push_str(line.get(common.len()..).unwrap_or(""));
        }
        if i < last {
            out.push('\n');
        }
    }
    out
}

/// `os.path.abspath` of a path given on the command line.
fn absolute(path: &str) -> String {
    krait_vm::import::finder::abspath(path)
}

/// `krait [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
pub fn run_command(args: &[String]) -> ExitCode {
    let exe = executable();
    let mut config = ImportConfig { use_environment: true, executable: exe.clone(), ..ImportConfig::default() };
    config.orig_argv = std::iter::once(std::env::args().next().unwrap_or_default()).chain(args.iter().cloned()).collect();
    let action = match parse(args, &mut config) {
        Ok(a) => a,
        Err(Usage(msg)) => {
            eprint!("{msg}\n{}Try `python -h' for more information.\n", usage_line(&exe));
            return ExitCode::from(2);
        }
    };
    apply_environment(&mut config);
    apply_options(&mut config);
    let (program, argv) = match action {
        Action::Help => {
            print!("{}{}", usage_line(&exe), crate::USAGE);
            return ExitCode::SUCCESS;
        }
        Action::Version(n) => {
            if n > 1 {
                println!("Python {PYTHON_VERSION} (krait {}) [rustc]", env!("CARGO_PKG_VERSION"));
            } else {
                println!("Python {PYTHON_VERSION}");
            }
            return ExitCode::SUCCESS;
        }
        Action::Interactive => (None, vec![String::new()]),
        Action::Run(program, argv) => (Some(program), argv),
    };
    krait_vm::signals::install_sigint_handler();
    let safe = config.flags.safe_path;
    let (program, path0) = match program {
        None => (None, String::new()),
        Some(program) => match prepare(program, &exe, config.flags.skip_first_line) {
            Ok((p, path0)) => (Some(p), path0),
            Err(code) => return code,
        },
    };
    if !safe {
        config.path0 = Some(path0.clone());
        config.shadow_check_path0 = Some(path0);
    }
    config.argv = argv;
    // CPython's `stdin_is_interactive`: a terminal, or `-i`.
    let stdin_interactive = std::io::stdin().is_terminal() || config.flags.interactive;
    let prompt = program.is_none() || (config.flags.inspect && stdin_interactive);
    if program.is_none() && !config.flags.quiet {
        banner(&config);
    }
    let out = if prompt {
        let use_environment = config.use_environment;
        let mut editor;
        let mut pipe = crate::repl::PipeReader;
        let reader: &mut dyn krait_vm::repl::LineReader = match std::io::stdin().is_terminal().then(|| crate::repl::EditorReader::new(use_environment)).flatten() {
            Some(e) => {
                editor = e;
                &mut editor
            }
            None => &mut pipe,
        };
        krait_vm::run_then_interact(program, config, false, Some(reader))
    } else {
        krait_vm::run_then_interact(program, config, false, None)
    };
    let _ = std::io::stderr().write_all(out.stderr.as_bytes());
    if out.interrupted {
        let _ = std::io::stdout().flush();
        krait_vm::signals::exit_by_sigint();
    }
    ExitCode::from(u8::try_from(out.status).unwrap_or(1))
}

/// The first lines of the interactive prompt (on stderr), as python3's `pymain_header`.
fn banner(config: &ImportConfig) {
    let platform = match std::env::consts::OS {
        "macos" => "darwin",
        other => other,
    };
    let mut text = format!("Python {PYTHON_VERSION} (krait {}) [rustc] on {platform}\n", env!("CARGO_PKG_VERSION"));
    if !config.flags.no_site {
        text.push_str("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    }
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Reads the program's source (a file or stdin) and finds `sys.path[0]`; the exit status
/// when the file cannot be read.
fn prepare(program: Program, exe: &str, skip_first_line: bool) -> Result<(Program, String), ExitCode> {
    Ok(match program {
        Program::Source { filename, .. } if filename == "<stdin>" => {
            let mut data = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut data);
            (Program::Source { source: data, filename }, String::new())
        }
        Program::Source { source, filename } if filename == "<string>" => (Program::Source { source, filename }, String::new()),
        Program::Source { filename, .. } => {
            let full = absolute(&filename);
            match std::fs::read(&filename) {
                Ok(mut data) => {
                    if skip_first_line {
                        // `-x`: the first line's text goes, its newline stays (line numbers hold).
                        let end = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
                        data.drain(..end);
                    }
                    let dir = full.rsplit_once('/').map_or_else(|| "/".to_string(), |(d, _)| if d.is_empty() { "/".into() } else { d.to_string() });
                    (Program::Source { source: data, filename: full }, dir)
                }
                Err(e) => {
                    let text = e.to_string();
                    let text = text.split(" (os error").next().unwrap_or_default();
                    eprintln!("{exe}: can't open file '{full}': [Errno {}] {text}", e.raw_os_error().unwrap_or(2));
                    return Err(ExitCode::from(2));
                }
            }
        }
        Program::Module(name) => (Program::Module(name), absolute("")),
    })
}
