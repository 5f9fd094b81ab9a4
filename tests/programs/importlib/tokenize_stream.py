# tokenize: token streams with comments, blank lines, indentation, f-strings and errors.
import io
import tokenize
import token

SRC = '''import os  # comment

def f(x):
    # inside
    if x:
        return [1,
                2]  # tail
    return f"v={x!r:>4}"
'''
for t in tokenize.generate_tokens(io.StringIO(SRC).readline):
    print(tokenize.tok_name[t.type], tokenize.tok_name[t.exact_type], repr(t.string), t.start, t.end)

toks = list(tokenize.generate_tokens(io.StringIO("x = (1 +\n  2)\n").readline))
print(tokenize.untokenize(toks), end="")
print([t.string for t in tokenize.tokenize(io.BytesIO(b"a=1\n").readline)])
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx=1\n").readline))
for bad in ["(1,\n", "'''abc\n", "x = 1\n  y = 2\n"]:
    try:
        for t in tokenize.generate_tokens(io.StringIO(bad).readline):
            pass
        print("ok", repr(bad))
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
print(token.ISTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER), token.tok_name[token.OP])
print(len(list(tokenize.generate_tokens(io.StringIO("").readline))))
print([t.string for t in tokenize.generate_tokens(io.StringIO("a.b\\\n  + c").readline)])
