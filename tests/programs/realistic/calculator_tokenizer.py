import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")

class ParseError(Exception):
    pass

def tokenize(src):
    out = []
    for num, op in TOKEN.findall(src):
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif op.strip():
            if op not in "+-*/()^%":
                raise ParseError(f"unexpected character {op!r}")
            out.append(("op", op))
    out.append(("end", None))
    return out

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}, got {tok[1]!r}")
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return val
        if val == "(":
            self.take()
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected {val!r}")

def calc(src):
    p = Parser(tokenize(src))
    v = p.expr()
    if p.peek()[0] != "end":
        raise ParseError(f"trailing input at token {p.i}")
    return v

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-(4 - 6) * 2.5", "10 / 4", "7 % 3 + 0.5",
            "2 *", "3 $ 4", "(1 + 2", "1 2", "8 / (3 - 3)", "((((5))))", "-2 ^ 2"]:
    try:
        print(f"{src!r:>18} = {calc(src)}")
    except ParseError as e:
        print(f"{src!r:>18} ! ParseError: {e}")
    except ZeroDivisionError as e:
        print(f"{src!r:>18} ! ZeroDivisionError: {e}")
print(tokenize("3.5*(2-1)"))
