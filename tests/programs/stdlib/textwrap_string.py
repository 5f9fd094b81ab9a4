import textwrap, string
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), textwrap.shorten("short", 20), textwrap.shorten(text, 30, placeholder="..."))
block = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(block)), repr(textwrap.indent("a\nb\n\nc", "+ ")), repr(textwrap.indent("a\n\nb", "> ", lambda l: True)))
print(textwrap.wrap("supercalifragilistic", 5), textwrap.wrap("", 10), textwrap.wrap("a  b", 10))
print(textwrap.fill("one two three", 7, max_lines=2, placeholder="~") if False else textwrap.wrap("one two three four", 9, max_lines=2))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, string.ascii_uppercase, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.get_identifiers(), t.is_valid())
