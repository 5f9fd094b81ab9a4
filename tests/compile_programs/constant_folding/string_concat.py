r = "ab" + "cd"
s = "x" * 5
t = b"a" + b"b"
