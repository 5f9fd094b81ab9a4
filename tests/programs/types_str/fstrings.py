name, n, pi = "World", 42, 3.14159
print(f"Hello {name}! {n + 1} {pi:.2f} {name!r} {name=} {n=:>5} {pi = :.1f}")
items = ["a", "b"]
print(f"{len(items)} {items[0]} {', '.join(items)} {{braces}} {'nested'}")
print(f"{n:{'>'}{10}}|{n:#{'x'}}|{f'{n}'}|{'%d' % n}")
d = {"k": 1}
print(f"{d['k']} {d["k"]} {[x * 2 for x in range(3)]} {(lambda: 5)()}")
print(f"{'multi'
      + 'line'}")
print(f"{n!s:>4}|{3.0!r}|{None}|{True:d}|{n:_b}")
w = 7
print(f"{'x':{w}}|{1.23456:.{w - 4}f}|{n:^{w}}")
print(f"""triple {
    n
} quoted""")
print(f"{n}" f"{n}" "plain" f"{'z'}")
x = 10
print(f"{x if x > 5 else 0}", f"{x:{'<' if x else '>'}5}|")
print(f"{'\n'.join(['p', 'q'])}")
obj = object
print(f"{obj.__name__}", f"{int('5') + 1}", f"{type(1).__name__!r}")
print(f"{3 + 4j}", f"{[1, 'a']}", f"{(1,)}", f"{ {1: 2} }")
