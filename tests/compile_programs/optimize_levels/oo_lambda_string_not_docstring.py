# krait: optimize=2
f = lambda: "not a doc"
