import gc, atexit, errno, time
print(gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(700, 5, 5); print(gc.get_threshold())
print(isinstance(gc.collect(), int), gc.garbage)
def bye(*a, **k): print('bye', a, k)
print(atexit.register(bye, 1, x=2) is bye)
atexit.unregister(bye)
print(errno.errorcode[errno.ENOENT], errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EINVAL])
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.monotonic() > m0, time.time_ns() > 1600000000 * 10**9)
print(type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__, time.monotonic_ns() > 0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
