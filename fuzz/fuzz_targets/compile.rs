//! Fuzz target: any byte string through the whole compiler (parse, future, preprocess,
//! symtable, codegen, flowgraph, assembler) and back out through marshal and `dis`.
//!
//! Every input must give a code object or a SyntaxError; a panic, an abort, a stack
//! overflow or a hang is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(mut module) = krait_syntax::parse_module(data, "<fuzz>") else { return };
    if let Ok(code) = krait_compiler::compile_module(&mut module, "<fuzz>", 0) {
        let _ = krait_bytecode::dis::dis(&code);
        let bytes = krait_bytecode::marshal::dumps_code(&code);
        let _ = krait_bytecode::marshal::loads(&bytes);
    }
});
