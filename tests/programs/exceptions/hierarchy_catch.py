def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except OSError as e:
        return "os " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in (KeyError(), IndexError(), UnicodeError(), ZeroDivisionError(), OverflowError(), FloatingPointError(),
            FileNotFoundError(), PermissionError(), TimeoutError(), ConnectionResetError(), RecursionError(),
            NotImplementedError(), UnicodeDecodeError("a", b"", 0, 0, "r"), ModuleNotFoundError(), StopAsyncIteration(),
            EOFError(), BufferError(), AssertionError(), IndentationError(), TabError(), UnboundLocalError()):
    print(classify(exc))
for name in ("KeyError", "RecursionError", "TabError", "ModuleNotFoundError", "BrokenPipeError", "UnicodeTranslateError",
             "EncodingWarning", "PythonFinalizationError", "BaseExceptionGroup", "GeneratorExit", "KeyboardInterrupt"):
    cls = getattr(__builtins__, name) if hasattr(__builtins__, name) else None
    print(name, [c.__name__ for c in cls.__mro__[1:]] if cls else None)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong")
except BaseException as e:
    print("caught base", type(e).__name__)
