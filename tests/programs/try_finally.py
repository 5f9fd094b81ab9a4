def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer", e)
