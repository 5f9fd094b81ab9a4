r = r"\d+\s*"
s = rb"\x"
