# signal's handler table (no signal delivered), struct sequences built from tuples, and
# traceback objects whose tb_next is reassigned.
import os
import signal
import sys
import traceback

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.SIGINT == 2, isinstance(signal.SIGTERM, signal.Signals), signal.Signals.SIGINT.name)


def handler(signum, frame):
    pass


old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler, signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGINT, signal.default_int_handler) is signal.default_int_handler)
print(signal.strsignal(signal.SIGINT), signal.SIGINT in signal.valid_signals())
for call in [lambda: signal.signal(0, handler), lambda: signal.signal(signal.SIGUSR1, 7),
             lambda: signal.signal(signal.SIGUSR1, "x"), lambda: signal.getsignal(1000),
             lambda: signal.default_int_handler(2, None)]:
    try:
        print(call())
    except BaseException as e:
        print(type(e).__name__, e)

size = os.terminal_size((100, 40))
print(size.columns, size.lines, size, size[0])
try:
    size.columns = 1
except AttributeError as e:
    print("AttributeError", e)


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
names = []
t = tb
while t is not None:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)
tb.tb_next.tb_next = None
names = []
t = tb
while t is not None:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)
print(len(traceback.format_tb(tb)))
for bad in [5, tb]:
    try:
        tb.tb_next = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    inner()
except ValueError as e:
    other = e.__traceback__
tb.tb_next = other
print([f.name for f in traceback.extract_tb(tb)])
