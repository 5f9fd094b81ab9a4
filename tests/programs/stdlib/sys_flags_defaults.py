# sys.flags and sys.version_info are struct sequences; the defaults of a plain run.
import sys

f = sys.flags
print(type(f).__name__, type(f).__module__, isinstance(f, tuple), len(f))
for name in ["debug", "optimize", "no_site", "ignore_environment", "verbose", "bytes_warning",
             "quiet", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
             "int_max_str_digits", "gil", "thread_inherit_context", "context_aware_warnings"]:
    print(name, repr(getattr(f, name)))
print(f[0], f[3], f[-1], f[5:7])
print(type(f).n_sequence_fields, type(f).__doc__)
for obj, attr in [(f, "debug"), (f, "nosuch"), (sys.version_info, "major")]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, v >= (3, 14), len(v))
print(repr(v).split("(")[0], type(v).__name__)
print(sys.warnoptions, sys._xoptions, __debug__)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__ or callable(sys.excepthook))
