def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)

print(countdown(50))
# How many frames lie below the program's own depends on how it is run (a harness calling
# it adds some): the limit is set relative to the current depth, so the repetition count in
# the traceback is the same wherever the program runs.
import sys
def stack_depth():
    frame, n = sys._getframe(1), 0
    while frame is not None:
        n += 1
        frame = frame.f_back
    return n
sys.setrecursionlimit(stack_depth() + 60)
def forever(n):
    return forever(n + 1) + 1
forever(0)
