try:
    compile("x = )", "<mine>", "exec")
except SyntaxError as e:
    print(e)
    print(e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    compile("1 +", "<eval>", "eval")
except SyntaxError as e:
    print(e)
try:
    compile("x = 1", "<s>", "eval")
except SyntaxError as e:
    print(e)
try:
    compile("a\nb\n", "<s>", "single")
except SyntaxError as e:
    print(e)
try:
    compile("x", "<s>", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("import os")
except SyntaxError as e:
    print(e)
code = compile("y = 6 * 7", "<ok>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], type(code).__name__, code.co_filename)
print(eval(compile("2 ** 8", "<e>", "eval")))
exec("def bad(:\n  pass")
