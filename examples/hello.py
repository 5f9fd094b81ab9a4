# A small program to show krait's front end: `krait ast examples/hello.py`.
def greet(name: str, *, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"


match greet("krait"):
    case str() as text if text.endswith("!"):
        print(text)
    case _:
        pass
