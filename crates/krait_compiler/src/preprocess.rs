pub fn preprocess(_m: &mut krait_syntax::ast::Mod, _o: i32, _f: &crate::future::FutureFeatures, _w: &mut Vec<crate::error::CompileWarning>) {}
