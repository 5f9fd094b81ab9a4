x = "v"
r = f"{x!r} {x!s} {x!a}"
