def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(1))
try:
    check(-1)
except AssertionError as e:
    print("caught:", e)
assert len([]) == 1
