//! Fuzz target: any byte string through source decoding, the tokenizer and the parser.
//!
//! The front end promises an AST or a SyntaxError for every input; a panic, an abort, a
//! stack overflow or a hang is a bug. Successful parses are also dumped, so `ast::dump` and
//! the reprs of every constant are exercised.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(module) = krait_syntax::parse_module(data, "<fuzz>") {
        let options = krait_syntax::DumpOptions { include_attributes: true, indent: None };
        let _ = krait_syntax::ast::dump(&module, &options);
    }
});
