# warnings.warn's context: stacklevel, skip_file_prefixes, the module registry, categories.
import warnings

def inner(level):
    warnings.warn("from inner", stacklevel=level)

def outer(level):
    inner(level)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for level in (1, 2, 3, 0, -5, 50):
        outer(level)
    def skipping(prefixes):
        warnings.warn("skip_file_prefixes", skip_file_prefixes=prefixes)
    skipping(("/nonexistent",))
    skipping(())
    warnings.warn(UserWarning("instance"), DeprecationWarning)
    warnings.warn("category", category=None)
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno if w.filename == __file__ else (w.filename, w.lineno))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn(42)
print([(w.category.__name__, w.message.args) for w in caught])
for bad in (("x", int), ("x", "cat"), ("x", UserWarning, "1")):
    try:
        warnings.warn(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    warnings.warn("x", skip_file_prefixes=[__file__])
except TypeError as e:
    print(type(e).__name__, e)
try:
    warnings.warn("x", skip_file_prefixes=(1,))
except TypeError as e:
    print(type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("same place")
    warnings.warn("same place")
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only")
    warnings.warn("once only")
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("per module")
    warnings.warn("per module")
print([str(w.message) for w in caught])
print("__warningregistry__" in globals(), type(__warningregistry__).__name__)

with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.filterwarnings("ignore", message="quiet")
    warnings.warn("quiet please", RuntimeWarning)
    try:
        warnings.warn("loud", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("user one")
