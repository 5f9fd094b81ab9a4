# logging: loggers, handlers writing to streams, formats, levels, propagation, filters.
import io
import logging
import sys

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.debug("hidden")
log.info("started %s", "now")
log.warning("careful: %d items", 3)
child = logging.getLogger("app.db")
child.error("failed")
print(buf.getvalue(), end="")
print(child.parent is log, child.getEffectiveLevel(), logging.getLevelName(logging.ERROR))
print(logging.getLevelName(25), logging.getLevelName("WARNING"))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(levelname)-7s] %(name)s: %(message)s"))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


other = logging.getLogger("other")
other.propagate = False
other.addHandler(out)
other.addFilter(OnlyOdd())
for i in range(4):
    other.warning("value %d", i)
other.removeFilter(other.filters[0])
other.critical("dict %(k)s", {"k": "v"})
other.log(15, "below level")
print(other.isEnabledFor(logging.WARNING), other.level, logging.getLogger().level)
lazy = logging.getLogger("lazy")
lazy.propagate = False
lazy_buf = io.StringIO()
h2 = logging.StreamHandler(lazy_buf)
h2.setFormatter(logging.Formatter("%(message)s"))
lazy.addHandler(h2)
try:
    1 / 0
except ZeroDivisionError:
    lazy.exception("boom")
print(lazy_buf.getvalue().splitlines()[0], lazy_buf.getvalue().splitlines()[-1])
rec = logging.makeLogRecord({"msg": "m %s", "args": ("x",), "levelno": 20, "levelname": "INFO"})
print(rec.getMessage(), logging.Formatter("%(levelname)s:%(message)s").format(rec))
logging.basicConfig(stream=sys.stdout, format="%(name)s %(message)s", level=logging.DEBUG)
logging.getLogger("root.child").debug("via basicConfig")
logging.info("root info")
