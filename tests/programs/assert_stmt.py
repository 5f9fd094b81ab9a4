assert 1 == 1
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert:", e)
