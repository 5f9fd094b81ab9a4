try:
    raise ValueError("inner problem")
except ValueError as e:
    first = e
print("building group")
raise ExceptionGroup("outer", [first, ExceptionGroup("nested", [KeyError("k"), OSError("disk")])])
