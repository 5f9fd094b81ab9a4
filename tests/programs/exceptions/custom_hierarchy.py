class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"{base} ({self.detail})" if self.detail else base
class DbError(AppError):
    code = 2
class NotFound(DbError):
    code = 3
    def __init__(self, what):
        super().__init__(f"{what} not found", detail="404")
for exc in (AppError("generic"), DbError("conn lost", detail="timeout"), NotFound("user 7")):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.code, e.args)
    except DbError as e:
        print("DbError", e, e.code, repr(e))
    except AppError as e:
        print("AppError", e, e.code, e.detail)
print([c.__name__ for c in NotFound.__mro__])
e = NotFound("x")
print(repr(e), str(e), e.args)
class NoInitCall(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoInitCall(1, 2).args, repr(NoInitCall(1, 2)))
class WithReduce(Exception):
    pass
print(WithReduce("a", 1).__reduce__()[1])
