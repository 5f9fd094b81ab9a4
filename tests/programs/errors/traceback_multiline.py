# Tracebacks of locations spanning several lines, as CPython 3.14 shows them: every line
# of a short location, the middle of a long one abbreviated, markers under each line
# (none when the location is the whole `return f(...)`/`x = f(...)`), anchors across
# lines, non-ASCII and wide characters. Each handler raises the next case, so the chain
# shows them all.


def add(a, b):
    return a + b


def call_spanning():
    return add(1,
               "x")


def whole_return():
    return add(
        2,
        None,
    )


def whole_assign():
    r = add(
        3, "y"
    )
    return r


def long_call():
    return [1, 2, 3][
        0
        +
        1
        +
        5
    ]


def binop_lines():
    total = (10 +
             "s")
    return total


def wide():
    return "日本" + 1


def accented():
    return len("é") + "é"


def raising():
    raise ValueError(
        f"bad value {1 + 1}"
    )


def nested_call():
    return dict(
        a=1,
    )["b"]


def class_body():
    class A:
        x = 1
        y = x / 0
    return A


steps = [call_spanning, whole_return, whole_assign, long_call, binop_lines, wide, accented, raising, nested_call, class_body]


def run(i):
    if i == len(steps):
        return
    try:
        steps[i]()
    finally:
        run(i + 1)


run(0)
