//! Running programs: `krait FILE [ARGS]` and `krait -c CODE` compile the source and run it
//! on the VM as `__main__`, with CPython's exit statuses (1 after an uncaught exception's
//! traceback).

use std::process::ExitCode;

use crate::UsageError;

/// `krait FILE` or `krait -c CODE` (the arguments after the program are not used yet).
pub fn run_command(args: &[String]) -> Result<ExitCode, UsageError> {
    let (source, filename) = match args.first().map(String::as_str) {
        Some("-c") => match args.get(1) {
            Some(code) => (code.clone().into_bytes(), "<string>".to_string()),
            None => return Err(UsageError("Argument expected for the -c option".into())),
        },
        Some(path) => match crate::read_input(path) {
            Ok(data) => (data, if path == "-" { "<stdin>".to_string() } else { path.to_string() }),
            Err(e) => {
                let text = e.to_string();
                let text = text.split(" (os error").next().unwrap_or_default();
                eprintln!("krait: can't open file '{path}': [Errno {}] {text}", e.raw_os_error().unwrap_or(2));
                return Ok(ExitCode::from(2));
            }
        },
        None => return Err(UsageError("expected a command".into())),
    };
    let status = krait_vm::run_source(&source, &filename);
    Ok(ExitCode::from(u8::try_from(status).unwrap_or(1)))
}
