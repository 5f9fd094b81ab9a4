N = 3
r = [N for _ in range(N)]
def f():
    global N
    return [N for _ in range(2)]
