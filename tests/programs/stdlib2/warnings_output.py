# warnings: what is printed to stderr, filters, catch_warnings.
import warnings

warnings.warn("first warning")

def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)

deprecated()
warnings.warn("runtime trouble", RuntimeWarning)
warnings.warn("same line twice")
for i in range(3):
    warnings.warn("in a loop")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", UserWarning)
    print(len(caught), [str(w.message) for w in caught], caught[0].category.__name__, caught[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("caught:", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
warnings.warn(Warning("instance message"))
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "line text"))
print("done")
