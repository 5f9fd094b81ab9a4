def read(lines):
    for n, line in enumerate(lines, 1):
        yield n, line
def strip_comments(src):
    for n, line in src:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield n, code
def parse_kv(src):
    for n, line in src:
        if "=" not in line:
            yield n, ("error", line)
            continue
        k, v = (p.strip() for p in line.split("=", 1))
        yield n, (k, v)
LINES = ["# config", "name = demo", "", "port=8080  # web", "bad line", "debug = yes"]
for n, item in parse_kv(strip_comments(read(LINES))):
    print(n, item)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (x for x in naturals() if x % 2 == 0)
print(list(take(5, evens)), list(take(3, evens)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(x) for x in (10, 20, 30, 5)])
