def run(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return "picking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case _:
            return f"unknown: {command!r}"

for c in ["go north", "pick up key lamp", "pick up", "quit", "exit", "", "dance"]:
    print(run(c))

def describe(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case (x, y):
            return f"tuple {x},{y}"
        case {"name": str(name), **rest}:
            return f"named {name} {rest}"
        case None:
            return "none"
    return "?"

for v in [True, -3, 4, 2.5, (1, 2), {"name": "k", "a": 1}, None, "s"]:
    print(describe(v))
