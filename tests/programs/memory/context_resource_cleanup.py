import contextlib
log = []
class Handle:
    count = 0
    def __init__(self, name):
        Handle.count += 1
        self.name = name
        log.append(f"open {name}")
    def close(self):
        Handle.count -= 1
        log.append(f"close {self.name}")
with contextlib.closing(Handle("a")) as h:
    log.append(f"use {h.name}")
with contextlib.ExitStack() as stack:
    hs = [stack.enter_context(contextlib.closing(Handle(n))) for n in "xyz"]
    stack.callback(log.append, "callback ran")
    log.append(f"open count {Handle.count}")
print(Handle.count)
print("\n".join(log))
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.closing(Handle("err")))
        raise RuntimeError("inside stack")
except RuntimeError as e:
    print("caught", e, Handle.count)
