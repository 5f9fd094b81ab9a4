class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(f"code {code}: {detail}")
        self.code = code

class Plain(ValueError):
    pass

try:
    raise AppError(5, "disk full")
except AppError as e:
    print(e, e.args, e.code, repr(e))
try:
    raise Plain("p", 2)
except ValueError as e:
    print(e, e.args, isinstance(e, Plain))

class Explicit(Exception):
    def __init__(self, x):
        Exception.__init__(self, x * 2)

print(Explicit(21), Explicit(1).args)
raise AppError(7)
