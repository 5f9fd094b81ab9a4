//! Tables of small programs for the front stages of the compiler, with every expectation
//! asked of the pinned CPython 3.14 oracle at test time (answers cached under
//! `target/oracle-cache`, so a warm run never starts Node):
//! - symbol tables: the oracle's `symtable` dump must equal krait's `symtable::dump`;
//! - symbol-table errors: the oracle's `symtable` error must equal krait's (type, message,
//!   four positions);
//! - future features: `co_flags & CO_FUTURE_*` of CPython's compile;
//! - preprocess warnings: the PEP 765 `SyntaxWarning`s a full compile records.

#![allow(clippy::unwrap_used)] // helpers outside #[test] fns report failures by panicking too

use krait_compiler::{FutureFeatures, SymbolTable};
use krait_oracle::{Oracle, Request, Response};

fn oracle() -> Oracle {
    Oracle::start().unwrap()
}

fn ask_all(requests: Vec<Request>) -> Vec<Response> {
    let answers = oracle().ask_many(&requests).unwrap();
    for a in &answers {
        assert!(!a.oracle_error, "oracle failure: {:?}", a.error);
    }
    answers
}

/// krait's table dump, or its error as `SyntaxError: msg (l:o - l:o)`.
fn krait_symtable(src: &str) -> Result<String, String> {
    let module = krait_syntax::parse_module(src.as_bytes(), "case.py").map_err(|e| format!("parse: {e:?}"))?;
    let describe = |e: krait_compiler::CompileError| {
        format!("{}: {} ({}:{} - {}:{})", e.error_type.name(), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    };
    let future = FutureFeatures::from_module(&module).map_err(describe)?;
    let st = SymbolTable::build(&module, &future).map_err(describe)?;
    Ok(krait_compiler::symtable::dump(&st))
}

fn oracle_symtable(answer: &Response) -> Result<String, String> {
    match (&answer.dump, &answer.error) {
        (Some(d), _) if answer.ok => Ok(d.clone()),
        (_, Some(e)) => Err(format!(
            "{}: {} ({}:{} - {}:{})",
            e.type_name,
            e.msg,
            e.lineno.unwrap_or(0),
            e.offset.unwrap_or(0),
            e.end_lineno.unwrap_or(0),
            e.end_offset.unwrap_or(0)
        )),
        _ => Err("no answer".into()),
    }
}

fn check_symtables(cases: &[&str]) {
    let answers = ask_all(cases.iter().map(|c| Request::symtable(c.as_bytes(), "case.py")).collect());
    let mut failures = Vec::new();
    for (src, answer) in cases.iter().zip(&answers) {
        let expected = oracle_symtable(answer);
        let actual = krait_symtable(src);
        if expected != actual {
            failures.push(format!("--- {src}\nexpected: {expected:#?}\nactual:   {actual:#?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn symbol_tables() {
    check_symtables(&[
        // Closures, cells, free variables, globals.
        "def f():\n    x = 1\n    def g():\n        return x\n    return g\n",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
        "x = 0\ndef f():\n    global x\n    x = 1\n    def g(): return x\n",
        "def f(a, /, b, *c, d, e=1, **f): return a, b, c, d, e, f\n",
        "lambda a, *b, c=1, **d: (a, b, c, d)\n",
        "def f():\n    def g():\n        def h(): return y\n    y = 2\n",
        // Classes: __class__, super, methods, free class names.
        "class C:\n    def f(self): return super().f()\n    def g(self): return __class__\n",
        "class C:\n    x = 1\n    def f(self): return x\n",
        "def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self): return x\n",
        "def f():\n    x = 1\n    class C:\n        nonlocal x\n        def g(self): return x\n",
        "class C:\n    global y\n    def f(self): return y\n",
        // Mangling.
        "class C:\n    __a = 1\n    def __f(self, __b): return self.__a, __b, __c__\n",
        "class __:\n    __a = 1\n",
        "class _C:\n    import __x.y\n    from m import __z\n",
        // Comprehensions (PEP 709 inlining) and generator expressions.
        "def f(xs): return [x for x in xs if x]\n",
        "def f(xs): return {x: y for x in xs for y in x}\n",
        "def f(xs): return (x for x in xs)\n",
        "[x for x in range(3)]\nx = 1\n",
        "def f(xs):\n    y = 1\n    return [lambda: x + y for x in xs]\n",
        "def f(xs): return [[y for y in x] for x in xs]\n",
        "class C:\n    xs = [1]\n    ys = [x for x in xs]\n    zs = [__class__ for _ in xs]\n",
        "class C:\n    def f(self): return [super() for _ in ()]\n",
        // The implicit class cells through inlined comprehensions (as CPython 3.14.2 does it).
        "class D:\n    vals = [(lambda: __class__)() for _ in range(1)]\n",
        "class E:\n    res = [(lambda: __classdict__)() for _ in [1]]\n",
        "class F:\n    x = [__classdict__ for x in y]\n",
        "class G:\n    x = [__conditional_annotations__ for x in y]\n",
        "class I:\n    x = [lambda: super() for x in y]\n    def f(self): return [__class__ for x in y]\n",
        "def f(xs):\n    return [(y := x) for x in xs], y\n",
        "[(y := x) for x in range(3)]\n",
        "def f():\n    global y\n    return [(y := x) for x in ()]\n",
        "async def f(xs): return [x async for x in xs]\n",
        "async def f(xs): return [await x for x in xs]\n",
        // Annotations (PEP 649) and their scopes.
        "x: int = 1\ny: 'str'\n",
        "def f(a: int, *b: str, c: list[int] = [], **d: dict) -> None: pass\n",
        "class C:\n    a: int\n    if a:\n        b: str\n    def f(self, x: T) -> C: pass\n",
        "class C:\n    for i in ():\n        z: int = 1\n",
        "def f():\n    x: int = 1\n    y: undefined\n",
        "from __future__ import annotations\nx: int\ndef f(a: int) -> str: pass\nclass C:\n    y: int\n",
        // Type parameters (PEP 695), type aliases, generic classes.
        "def f[T, *Ts, **P](x: T) -> T: pass\n",
        "def f[T: int = str](x=1, *, y=2): pass\n",
        "class C[T: (int, str), U = list[T]](Base[T], metaclass=M): x: T\n",
        "class C:\n    class D[T]:\n        def f(self) -> T: pass\n    type A[U] = list[U]\n    type B = C\n",
        "type A[T] = dict[T, A]\n",
        "class C[__T]:\n    def f(self, x: __T, __y): return __T, __y\n",
        "class C:\n    def f[T](self, x: T = __d): pass\n",
        // Imports, except handlers, patterns, with, del, star imports.
        "import a.b.c, d as e\nfrom f import g, h as i\nfrom j import *\n",
        "try:\n    pass\nexcept E as e:\n    pass\n",
        "match x:\n    case [a, *b] | {'k': a, **b} if a: pass\n    case C(d, e=f): pass\n",
        "with a as (b, c), d: del b\n",
        "def f():\n    __debug__\n    global super\n    super()\n",
    ]);
}

#[test]
fn symbol_table_errors() {
    check_symtables(&[
        "def f(a, a): pass\n",
        "def f(a, *, a): pass\n",
        "lambda a, a: 0\n",
        "def f[T, T](): pass\n",
        "class C[T, **T]: pass\n",
        "def f(a):\n    global a\n",
        "def f(a):\n    nonlocal a\n",
        "def f():\n    x = 1\n    global x\n",
        "def f():\n    print(x)\n    global x\n",
        "def f():\n    x: int\n    global x\n",
        "def f():\n    global x\n    x: int = 1\n",
        "def f():\n    nonlocal x\n",
        "nonlocal x\n",
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "def f[T]():\n    def g():\n        nonlocal T\n",
        "class C:\n    [(y := 1) for x in ()]\n",
        "[(x := 1) for x in ()]\n",
        "[x for x in (y := [])]\n",
        "[[(i := 0) for j in ()] for i in ()]\n",
        "def f():\n    [(x := 0) for y in () for x in ()]\n",
        "def f():\n    global x\n    [x for x in () for x in ()]\n",
        "def f():\n    [(a := 1) for b in () for a in ()]\n",
        "[(yield) for x in ()]\n",
        "{x: (yield) for x in ()}\n",
        "((yield from x) for x in ())\n",
        "{(yield) for x in ()}\n",
        "await x\n",
        "def f(): await x\n",
        "class C:\n    await x\n",
        "def f(): [x async for x in y]\n",
        "def f(): (await x for x in y)\n",
        "async with x: pass\n",
        "def f():\n    async for x in y: pass\n",
        "def f():\n    from m import *\n",
        "class C:\n    from m import *\n",
        "x: (yield)\n",
        "def f(x: (y := 1)): pass\n",
        "def f() -> (await x): pass\n",
        "type A = (yield)\n",
        "type A[T: (yield)] = T\n",
        "type A[T = (await x)] = T\n",
        "def f[*Ts = (x := 1)](): pass\n",
        "def f[**P = (yield)](): pass\n",
        "def f[T: (x := 1)](): pass\n",
        "class C[T]((yield)): pass\n",
        "class C[T]([(x := 1) for y in ()]): pass\n",
        "type A = [(x := 1) for y in ()]\n",
        "def f[T: [(x := 1) for y in ()]](): pass\n",
        "def f[__classdict__](): pass\n",
        "__debug__ = 1\n",
        "del __debug__\n",
        "f(__debug__=1)\n",
        "x.__debug__ = 1\n",
        "def f(*, __debug__): pass\n",
        "import __debug__\n",
        "match x:\n    case C(__debug__=1): pass\n",
        "class C(__debug__=1): pass\n",
        "x = 1\nfrom __future__ import annotations\n",
        "from __future__ import annotations; from __future__ import division\nimport os; from __future__ import x\n",
        "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import nested_scopes\nx\nfrom __future__ import generators\n",
        "def f():\n    from __future__ import division\n",
    ]);
}

#[test]
fn future_flags() {
    const MASK: i64 = 0x40_0000 | 0x100_0000;
    let cases = [
        "x = 1\n",
        "from __future__ import annotations\n",
        "'doc'\nfrom __future__ import barry_as_FLUFL, annotations\n",
        "from __future__ import division, print_function, generator_stop\n",
        "import os\nx = 1\n",
    ];
    let requests = cases
        .iter()
        .map(|src| Request::eval(&format!("compile({src:?}, 'case.py', 'exec', dont_inherit=True).co_flags & {MASK}")))
        .collect();
    let answers = ask_all(requests);
    for (src, answer) in cases.iter().zip(&answers) {
        let expected = answer.json.as_ref().and_then(|j| j.as_i64()).unwrap();
        let module = krait_syntax::parse_module(src.as_bytes(), "case.py").unwrap();
        let actual = FutureFeatures::from_module(&module).unwrap().flags;
        assert_eq!(i64::from(actual), expected, "{src}");
    }
}

#[test]
fn pep765_warnings() {
    let cases = [
        "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
        "for x in y:\n    try:\n        pass\n    finally:\n        break\n",
        "while x:\n    try:\n        pass\n    finally:\n        if x:\n            continue\n",
        "try:\n    pass\nfinally:\n    for x in y:\n        break\n    def f():\n        return\n",
        "def f():\n    try:\n        pass\n    finally:\n        try:\n            pass\n        finally:\n            return\n        return\n",
        "def f():\n    try:\n        pass\n    except* E:\n        pass\n    finally:\n        return\n",
    ];
    let answers = ask_all(cases.iter().map(|c| Request::compile_error(c.as_bytes(), "case.py")).collect());
    let mut warned = 0;
    for (src, answer) in cases.iter().zip(&answers) {
        let expected: Vec<(String, i64)> = answer
            .warnings
            .iter()
            .filter(|w| w.category == "SyntaxWarning")
            .map(|w| (w.message.clone(), w.lineno.unwrap_or(0)))
            .collect();
        let mut module = krait_syntax::parse_module(src.as_bytes(), "case.py").unwrap();
        let analysed = krait_compiler::analyse(&mut module, -1, 0).unwrap();
        let actual: Vec<(String, i64)> =
            analysed.warnings.iter().map(|w| (w.message.clone(), i64::from(w.range.lineno))).collect();
        warned += usize::from(!expected.is_empty());
        assert_eq!(actual, expected, "{src}");
    }
    assert!(warned >= 5, "the oracle recorded warnings for only {warned} cases");
}

/// `ast.dump(compile(src, ..., ast.PyCF_OPTIMIZED_AST, optimize=level))`: the tree after
/// CPython's `_PyAST_Preprocess`.
fn optimized_ast_request(src: &str, level: i32) -> Request {
    Request::eval(&format!(
        "import ast\nast.dump(compile({src:?}, 'case.py', 'exec', ast.PyCF_OPTIMIZED_AST, dont_inherit=True, \
         optimize={level}), include_attributes=True)"
    ))
}

fn krait_preprocessed(src: &str, level: i32) -> String {
    let mut module = krait_syntax::parse_module(src.as_bytes(), "case.py").unwrap();
    let future = FutureFeatures::from_module(&module).unwrap();
    krait_compiler::preprocess::preprocess(&mut module, level, &future, &mut Vec::new());
    let options = krait_syntax::DumpOptions { include_attributes: true, indent: None };
    let mut dump = krait_syntax::ast::dump(&module, &options);
    for field in ["lineno", "col_offset", "end_lineno", "end_col_offset"] {
        dump = dump.replace(&format!(" {field}={}", u32::MAX), &format!(" {field}=-1"));
    }
    dump
}

#[test]
fn preprocessed_trees() {
    let cases: &[(&str, i32)] = &[
        // %-format to f-string: what is and is not rewritten.
        ("'%s %r %a' % (a, b, c)", 0),
        ("'%5s|%-5s|%.3s|%05s|%+s|%#s|% s|%5.2r|%.s|%5.s|%-.1a' % (a, b, c, d, e, f, g, h, i, j, k)", 0),
        ("'%99s' % (a,)", 0),
        ("'%100s' % (a,)", 0),
        ("'%.100s' % (a,)", 0),
        ("'100%% %s %%%%' % (a,)", 0),
        ("'%s' % (a, b)", 0),
        ("'%s %s' % (a,)", 0),
        ("'%s %d' % (a, b)", 0),
        ("'%(x)s' % (a,)", 0),
        ("'%*s' % (a, b)", 0),
        ("'abc %' % (a,)", 0),
        ("'%s' % (*a,)", 0),
        ("'%s' % a", 0),
        ("b'%s' % (a,)", 0),
        ("'' % ()", 0),
        ("'no units' % ()", 0),
        ("'%s' % ('%s' % (a,),)", 0),
        ("x = 'é%sü' % (a,)", 0),
        // __debug__.
        ("if __debug__: x = __debug__\n", 0),
        ("assert __debug__, __debug__\n", 1),
        // Pattern folding.
        (
            "match x:\n    case -1 | -0 | -0.0 | 1+2j | -1-2j | 0-0j | -0.5+0j | 1.5-1j | 9223372036854775808 | \
             -9223372036854775808 | -9223372036854775809-1j: pass\n",
            0,
        ),
        ("match x:\n    case {-1: a, 2-3j: b, 'k': c}: pass\n    case C(-1, a=-2+1j) | [-3]: pass\n", 0),
        // Docstrings at -OO.
        ("'doc'\nx = 1\n", 2),
        ("'doc'\n", 2),
        ("def f():\n    '''doc\n    more'''\nclass C:\n    'doc'\n    'not doc'\n    x = 1\n", 2),
        ("def f():\n    'doc'\n    'second'\n    'third'\n", 2),
        ("async def f():\n    'doc'\n", 1),
        ("'doc'\n'second'\n", 0),
        // Annotations are left alone under `from __future__ import annotations`.
        ("from __future__ import annotations\nx: __debug__ = '%s' % (a,)\ndef f(a: __debug__) -> __debug__: pass\n", 0),
        ("x: __debug__ = 1\ndef f(a: __debug__) -> __debug__: pass\n", 0),
    ];
    let answers = ask_all(cases.iter().map(|(src, level)| optimized_ast_request(src, *level)).collect());
    let mut failures = Vec::new();
    for ((src, level), answer) in cases.iter().zip(&answers) {
        let expected = answer.json.as_ref().and_then(|j| j.as_str()).map(str::to_string);
        let actual = krait_preprocessed(src, *level);
        if expected.as_deref() != Some(actual.as_str()) {
            failures.push(format!("--- {src:?} at -O{level}\nexpected: {expected:?}\nactual:   {actual}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// `compile(src, ..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)`: the symbol table accepts `await`,
/// `async for`/`async with` and async comprehensions at module level (and only there).
#[test]
fn top_level_await() {
    let cases = [
        "await x\n",
        "async for a in b: pass\n",
        "async with a: pass\n",
        "[x async for x in y]\n",
        "[await x for x in y]\n",
        "(await x for x in y)\n",
        "class C:\n    await x\n",
        "def f(): await x\n",
        "def f(): [x async for x in y]\n",
        "lambda: await x\n",
        "class C:\n    async for a in b: pass\n",
    ];
    let requests = cases
        .iter()
        .map(|src| {
            Request::eval(&format!(
                "try:\n    compile({src:?}, 'case.py', 'exec', flags=0x2000, dont_inherit=True)\n    r = 'ok'\n\
                 except SyntaxError as e:\n    r = '%s (%s:%s - %s:%s)' % (e.msg, e.lineno, e.offset, e.end_lineno, \
                 e.end_offset)\nr"
            ))
        })
        .collect();
    let answers = ask_all(requests);
    for (src, answer) in cases.iter().zip(&answers) {
        let expected = answer.json.as_ref().and_then(|j| j.as_str()).unwrap().to_string();
        let mut module = krait_syntax::parse_module(src.as_bytes(), "case.py").unwrap();
        let actual = match krait_compiler::analyse(&mut module, -1, krait_compiler::future::PYCF_ALLOW_TOP_LEVEL_AWAIT)
        {
            Ok(_) => "ok".to_string(),
            Err(e) => format!("{} ({}:{} - {}:{})", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset),
        };
        assert_eq!(actual, expected, "{src}");
    }
}

/// Deeply nested input must not overflow the stack (the stages grow it on demand).
#[test]
fn deep_nesting_does_not_overflow() {
    let depth = 150;
    let sources = [
        format!("x = {}0{}\n", "[".repeat(depth), "]".repeat(depth)),
        format!("x = {}0\n", "lambda: ".repeat(depth)),
        format!("x = {}0{}\n", "-(".repeat(depth), ")".repeat(depth)),
        (0..99).map(|i| format!("{}def f{i}():\n", " ".repeat(i))).collect::<String>() + &" ".repeat(99) + "pass\n",
        format!("x = {}1{}\n", "[y for y in ".repeat(depth / 2), "]".repeat(depth / 2)),
    ];
    for src in &sources {
        let src = src.clone();
        // A small stack, like a default thread's, to show the stages do not need a big one.
        let outcome = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || match krait_syntax::parse_module(src.as_bytes(), "deep.py") {
                Ok(mut module) => krait_compiler::analyse(&mut module, 2, 0).map(|_| ()).map_err(|e| e.msg),
                Err(e) => Err(e.msg),
            })
            .unwrap()
            .join();
        assert!(outcome.is_ok(), "a stage panicked or overflowed");
    }
}
