a = 5
r = (-a, +a, ~a, not a)
