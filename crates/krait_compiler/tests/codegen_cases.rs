//! Tables of small programs for codegen, the flowgraph and the assembler, with every
//! expectation asked of the pinned CPython 3.14 oracle at test time (answers cached under
//! `target/oracle-cache`):
//! - `dis.dis` of CPython's compile must equal `krait_bytecode::dis` of
//!   `krait_compiler::compile_module` (addresses normalised to `0xADDR` on both sides);
//! - codegen's `SyntaxError`s must equal CPython's (message and four positions).
//!
//! One construct per case; the corpus-wide measurement is `conformance dis`.

#![allow(clippy::unwrap_used)] // helpers outside #[test] fns report failures by panicking too

use krait_oracle::{Oracle, Request, Response};

fn ask_all(requests: Vec<Request>) -> Vec<Response> {
    let answers = Oracle::start().unwrap().ask_many(&requests).unwrap();
    for a in &answers {
        assert!(!a.oracle_error, "oracle failure: {:?}", a.error);
    }
    answers
}

fn krait_dis(src: &str) -> Result<String, String> {
    let mut module = krait_syntax::parse_module(src.as_bytes(), "case.py").map_err(|e| format!("parse: {e:?}"))?;
    let code = krait_compiler::compile_module(&mut module, "case.py", 0).map_err(|e| describe_krait(&e))?;
    Ok(krait_bytecode::dis::dis(&code))
}

fn describe_krait(e: &krait_compiler::CompileError) -> String {
    format!("{}: {} ({}:{} - {}:{})", e.error_type.name(), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
}

fn check_dis(cases: &[&str]) {
    let answers = ask_all(cases.iter().map(|c| Request::dis(c.as_bytes(), "case.py")).collect());
    let mut failures = Vec::new();
    for (src, answer) in cases.iter().zip(&answers) {
        let expected = answer.dis.clone().ok_or_else(|| format!("oracle: {:?}", answer.error));
        let actual = krait_dis(src);
        if expected != actual {
            failures.push(format!(
                "--- case:\n{src}--- expected:\n{}\n--- actual:\n{}",
                expected.unwrap_or_else(|e| e),
                actual.unwrap_or_else(|e| e)
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn straight_line_code() {
    check_dis(&[
        "x = 1\ny = x + 2 * 3\nprint(x, y, sep='')\n",
        "a, *b = c\na.b.c = d[e] = f[1:2]\ndel a.b, c[d], e\n",
        "x += 1\ny.a -= 2\nz[i] *= 3\nw[i:j] //= 4\n",
        "x = not a\ny = -a + ~b\nz = a if b else c\nw = a and b or c\n",
        "x = a < b < c\ny = a is not None\nz = a not in b\n",
        "x = [1, *a, 2]\ny = (*a,)\nz = {1: 2, **d}\nw = {a, *b}\n",
        "f(*a, **k)\nf(a, *b, c=1, **d)\ng.m(1, x=2)\n",
        "x = f'{a!r:>{w}} {b}'\ny = t'{a} {b!s}'\n",
        "import os.path as p\nfrom . import a\nfrom .m import *\n",
        "'''doc'''\nassert x, 'msg'\nraise E from F\n",
        "x = (yield_ := 1)\n",
    ]);
}

#[test]
fn control_flow() {
    check_dis(&[
        "if a:\n    b()\nelif c:\n    d()\nelse:\n    e()\n",
        "while a:\n    if b:\n        break\n    continue\nelse:\n    c()\n",
        "for i in range(10):\n    if i: continue\n    print(i)\nelse:\n    pass\n",
        "for a, b in c:\n    for d in e:\n        break\n",
        "if a and (b or not c):\n    d()\n",
        "x = 0\nwhile x < 300:\n    x += 1\n",
    ]);
}

#[test]
fn functions_and_classes() {
    check_dis(&[
        "def f(a, b=1, *c, d, e=2, **g):\n    '''doc'''\n    return a\n",
        "def f(x):\n    def g():\n        nonlocal x\n        x = 1\n    return g\n",
        "@dec\n@dec2(1)\ndef f(): pass\n",
        "lambda x, y=1: x + y\n",
        "def g():\n    yield 1\n    yield from h()\n",
        "async def f():\n    await g()\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n",
        "class C(B, metaclass=M):\n    '''doc'''\n    x = 1\n    def __init__(self):\n        super().__init__()\n        self.y = 2\n",
        "class C:\n    def __private(self): return self.__x\n",
        "def f[T](x: T) -> T: return x\nclass G[T]: pass\ntype A[T] = list[T]\n",
        "x: int = 1\nclass C:\n    y: str\ndef f(a: int) -> None: pass\n",
        "from __future__ import annotations\nx: list[int] = []\ndef f(a: 'q', *b: int) -> dict[str, int]: pass\n",
    ]);
}

#[test]
fn comprehensions_and_exceptions() {
    check_dis(&[
        "x = [i * 2 for i in range(3) if i]\ny = {k: v for k, v in d.items()}\nz = {a for a in b for c in a}\n",
        "def f(xs):\n    return [x for x in xs], (x for x in xs), all(x for x in xs)\n",
        "class C:\n    v = [w for w in range(3)]\n",
        "async def f(xs):\n    return [x async for x in xs]\n",
        "try:\n    a()\nexcept E as e:\n    b(e)\nexcept:\n    c()\nelse:\n    d()\nfinally:\n    e()\n",
        "try:\n    a()\nexcept* E:\n    b()\n",
        "with a as b, c:\n    d()\n",
        "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            g()\n",
    ]);
}

#[test]
fn pattern_matching() {
    check_dis(&[
        "match x:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case P(a, b=c) if a:\n        pass\n    case None:\n        pass\n    case _:\n        pass\n",
        "match x:\n    case (a, b) as c:\n        pass\n    case [_, *_, last]:\n        pass\n",
    ]);
}

#[test]
fn codegen_syntax_errors() {
    let cases = [
        "break\n",
        "continue\n",
        "return 1\n",
        "yield 1\n",
        "def f():\n    x = yield from g()\nasync def h():\n    yield from g()\n",
        "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
        "match x:\n    case [a, a]:\n        pass\n",
        "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
        "match x:\n    case a | [b]:\n        pass\n",
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
        "f(a=1, a=2)\n",
    ];
    let answers = ask_all(cases.iter().map(|c| Request::compile_error(c.as_bytes(), "case.py")).collect());
    for (src, answer) in cases.iter().zip(&answers) {
        let e = answer.error.as_ref().unwrap_or_else(|| panic!("CPython compiles {src:?}"));
        let expected = format!(
            "{}: {} ({}:{} - {}:{})",
            e.type_name,
            e.msg,
            e.lineno.unwrap_or(0),
            e.offset.unwrap_or(0),
            e.end_lineno.unwrap_or(0),
            e.end_offset.unwrap_or(0)
        );
        let actual = match krait_syntax::parse_module(src.as_bytes(), "case.py") {
            Err(e) => format!("{}: {} (parser)", e.error_type.name(), e.msg),
            Ok(mut module) => match krait_compiler::compile_module(&mut module, "case.py", 0) {
                Err(e) => describe_krait(&e),
                Ok(_) => "compiled".to_string(),
            },
        };
        assert_eq!(actual, expected, "{src}");
    }
}

#[test]
fn codegen_syntax_warnings() {
    let cases = [
        "x is 1\n",
        "if x is not 'a': pass\n",
        "(1, 2) is x is ()\n",
        "f = 1()\n",
        "[1, 2](3)\n",
        "x = 1[0]\n",
        "x = 'abc'['a']\n",
        "x = [1, 2][1.0]\n",
        "x = {1}[0]\n",
        "assert (x, 'msg')\n",
        "try:\n    pass\nfinally:\n    x is 1\n",
        "def f():\n    for i in y:\n        try:\n            return 1 is x\n        finally:\n            z is 2\n",
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
        let (_, warnings) = krait_compiler::compile_module_with_warnings(&mut module, "case.py", 0).unwrap();
        let actual: Vec<(String, i64)> =
            warnings.iter().map(|w| (w.message.clone(), i64::from(w.range.lineno))).collect();
        warned += usize::from(!expected.is_empty());
        assert_eq!(actual, expected, "{src}");
    }
    assert!(warned >= 10, "the oracle recorded warnings for only {warned} cases");
}
