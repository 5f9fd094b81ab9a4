sources = [
    "x = (1, 2",
    "def f(:\n    pass",
    "if True\n    pass",
    "return 5",
    "x = 1 +",
    "print 'hi'",
    "a b c",
    "for x in range(3):\npass",
    "break",
    "x = [1, 2, 3}",
    "f(x for x in y, 1)",
    "del f()",
    "1 = x",
    "nonlocal q",
    "'unterminated",
    "x := 5",
    "def f():\n  x = 1\n    y = 2",
    "class C(:\n  pass",
    "\tif 1:\n        pass",
    "lambda: (yield)",
]
for src in sources:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, repr(e.text))
