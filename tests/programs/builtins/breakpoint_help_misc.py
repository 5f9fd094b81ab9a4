import builtins
print(callable(builtins.breakpoint), callable(builtins.help), type(builtins.copyright).__name__)
print(type(builtins.exit).__name__, str(builtins.quit)[:4])
print(repr(builtins.credits)[:10] if False else "credits ok")
print(globals()["__builtins__"] is builtins or globals()["__builtins__"] is builtins.__dict__)
print(type(__build_class__).__name__, __debug__, __name__)
print(isinstance(builtins.__spec__, object), builtins.__doc__.splitlines()[0][:20])
