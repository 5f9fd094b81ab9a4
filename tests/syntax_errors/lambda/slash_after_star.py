f = lambda *a, b, /: b
