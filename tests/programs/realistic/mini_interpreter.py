class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent
    def get(self, name):
        if name in self.vars:
            return self.vars[name]
        if self.parent:
            return self.parent.get(name)
        raise NameError(f"undefined variable {name!r}")
    def set(self, name, value):
        self.vars[name] = value

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()

def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(tok)
    except ValueError:
        return tok

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise TypeError(f"lambda expects {len(self.params)} args, got {len(args)}")
        e = Env(self.env)
        for p, a in zip(self.params, args):
            e.set(p, a)
        return evaluate(self.body, e)
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"

def global_env():
    import operator as op
    e = Env()
    for name, fn in {"+": op.add, "-": op.sub, "*": op.mul, "<": op.lt, "=": op.eq,
                     "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:]}.items():
        e.set(name, fn)
    return e

def evaluate(x, env):
    if isinstance(x, str):
        return env.get(x)
    if isinstance(x, int):
        return x
    head = x[0]
    if head == "define":
        env.set(x[1], evaluate(x[2], env))
        return None
    if head == "if":
        return evaluate(x[2] if evaluate(x[1], env) else x[3], env)
    if head == "lambda":
        return Lambda(x[1], x[2], env)
    if head == "begin":
        result = None
        for sub in x[1:]:
            result = evaluate(sub, env)
        return result
    fn = evaluate(head, env)
    return fn(*[evaluate(a, env) for a in x[1:]])

env = global_env()
programs = [
    "(define sq (lambda (x) (* x x)))",
    "(sq 12)",
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(fib 15)",
    "(list 1 2 (sq 3))",
    "(cdr (list 1 2 3))",
    "(begin (define x 5) (+ x 1))",
    "sq",
    "(undefined 1)",
    "(sq 1 2)",
    "(car (list))",
]
for src in programs:
    try:
        result = evaluate(parse(tokenize(src)), env)
        if result is not None:
            print(f"{src} => {result}")
    except (NameError, TypeError, IndexError) as e:
        print(f"{src} !! {type(e).__name__}: {e}")
