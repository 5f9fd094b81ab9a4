# Invalid escape sequences in literals warn at compile time (SyntaxWarning on stderr, with
# the line), every literal even two on a line, in str, bytes, f-strings and triple-quoted
# strings; raw strings and valid escapes do not; the values keep the backslash.
import re

print("\d", len("\d"), "\d" "\w")
x = "a\.b"
text = """first
second \q line
"""
b = b"\z"
f = f"{x}\y"
raw = r"\d+" + "\\d" + "\n\t\x41\u00e9\N{BULLET}"
print(re.findall("\d+", "a12b345"), b, f, raw, text)
if x is "a":
    pass
print("\ ", "\8", "\9", b"\8")
