# warnings: actions (once, module, always, default, ignore, error), registries, categories.
import warnings

def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for _ in range(3):
        emit("once-msg")
    emit("other")
    print("once:", [str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    for _ in range(2):
        emit("mod-msg")
    warnings.warn("mod-msg")
    print("module:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for _ in range(3):
        emit("dflt")
    print("default:", len(log), log[0].filename.endswith("warnings_actions.py"), log[0].lineno)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", RuntimeWarning)
    emit("kept")
    emit("dropped", RuntimeWarning)
    emit("bytes", BytesWarning)
    print("mixed:", [(w.category.__name__, str(w.message)) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    def inner():
        warnings.warn("deep", stacklevel=2)
    inner()
    warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 7)
    warnings.warn(UserWarning("as instance"), RuntimeWarning)
    for w in log:
        print(w.category.__name__, str(w.message), w.filename.split("/")[-1], w.lineno)
for bad in (lambda: warnings.warn("x", int), lambda: warnings.warn("x", "cat"), lambda: warnings.simplefilter("bogus")):
    try:
        bad()
    except (TypeError, AssertionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(warnings.filters[:1] == warnings.filters[:1], type(warnings.filters).__name__)
print(len([f for f in warnings.filters if f[0] == "ignore"]) >= 3, warnings.defaultaction, type(warnings.onceregistry).__name__)
