//! krait_opcodegen: turns `crates/krait_bytecode/opcodes.spec` into
//! `crates/krait_bytecode/src/opcode/generated.rs`.
//!
//! The spec (written from the oracle by `opcodes_spec.mjs`) is the one source of opcode numbers,
//! names, inline cache counts, flags, stack-effect formulas and the small tables `dis` needs.
//! `cargo run -p krait_bytecode --bin krait_opcodegen` rewrites the file; `-- --check` exits
//! non-zero when the committed file is stale (a test runs the same comparison). The output is
//! a deterministic function of the spec.

use std::path::PathBuf;
use std::process::ExitCode;

#[path = "gen.rs"]
mod generator;

fn main() -> ExitCode {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let spec_path = dir.join("opcodes.spec");
    let out_path = dir.join("src/opcode/generated.rs");
    let check = std::env::args().any(|a| a == "--check");
    let text = match std::fs::read_to_string(&spec_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("krait_opcodegen: cannot read {}: {e}", spec_path.display());
            return ExitCode::FAILURE;
        }
    };
    let generated = match generator::generate(&text) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("krait_opcodegen: {}: {e}", spec_path.display());
            return ExitCode::FAILURE;
        }
    };
    if check {
        let current = std::fs::read_to_string(&out_path).unwrap_or_default();
        if current != generated {
            eprintln!(
                "krait_opcodegen: {} is stale; run `cargo run -p krait_bytecode --bin krait_opcodegen`",
                out_path.display()
            );
            return ExitCode::FAILURE;
        }
        return ExitCode::SUCCESS;
    }
    if let Err(e) = std::fs::write(&out_path, generated) {
        eprintln!("krait_opcodegen: cannot write {}: {e}", out_path.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
