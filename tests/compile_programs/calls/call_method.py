import os
os.path.join("a", "b")
s = "x"
s.upper()
