import ast

print(ast.dump(ast.parse("x = 1")))
src = """
import os.path as p
from . import y
@deco(1)
class C(B, metaclass=M):
    '''doc'''
    def f(self, a: int, /, b=2, *args, c, d=4, **kw) -> None:
        global g
        for i in range(3):
            if i % 2 == 0 and not a or b:
                continue
            else:
                break
        while False: pass
        try:
            raise ValueError("x") from None
        except (TypeError, ValueError) as e:
            del e
        finally:
            return [i async for i in z] if a else {k: v for k, v in {}.items()}
async def g():
    async with a as b, c:
        await b
    lambda x, *y: (x, *y)
x: list[int] = [1, 2.5, 3j, "s", b"b", True, None, ...]
f"a{x!r:>{w}}b"
match p:
    case [1, *rest] if rest: pass
    case {"k": v, **kw}: pass
    case Point(x=0) | None: pass
type T[X] = list[X]
"""
t = ast.parse(src)
print(ast.dump(t, indent=2))
print(ast.dump(t.body[2], include_attributes=True)[:300])
print(ast.dump(ast.parse("a < b <= c", mode="eval")), ast.dump(ast.parse("x = 1", mode="single")))
n = ast.Name("x")
print(ast.dump(n), ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))), ast.dump(ast.Constant(None)))
print(ast.dump(ast.FunctionDef("f", ast.arguments(), [ast.Pass()])), ast.dump(ast.Module()))
try:
    ast.Name("x", ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Name("x", id="y")
except TypeError as e:
    print("TypeError:", e)
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes, ast.Module._fields, ast.AST._fields, ast.Load._fields)
print(issubclass(ast.Name, ast.expr), issubclass(ast.expr, ast.AST), ast.Name.__module__, hasattr(ast.Name, "ctx"), ast.arg.type_comment)
print(ast.literal_eval("[1, (2, 3), {'a': None}, -4, 1+2j]"), ast.literal_eval("{1, 2}") == {1, 2})
tree = ast.parse("a = b + c\nprint(a)")
print([type(x).__name__ for x in ast.walk(tree)])
print(sorted(n.id for n in ast.walk(tree) if isinstance(n, ast.Name)))
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(id=node.id.upper(), ctx=node.ctx)
print(ast.dump(Renamer().visit(ast.parse("x = y"))))
e = ast.parse("x + 1").body[0].value
match e:
    case ast.BinOp(left=ast.Name(id=name), op=ast.Add()):
        print("matched", name, e.lineno, e.col_offset, e.end_col_offset)
print(compile("1 + 2", "<s>", "eval", ast.PyCF_ONLY_AST).__class__.__name__)
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
