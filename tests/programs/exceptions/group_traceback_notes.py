def fail(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")
errors = []
for i in range(3):
    try:
        fail(i)
    except Exception as e:
        e.add_note(f"while handling item {i}")
        errors.append(e)
try:
    raise RuntimeError("setup failed")
except RuntimeError as cause:
    group = ExceptionGroup("batch failed", [errors[0], ExceptionGroup("nested", errors[1:])])
    group.add_note("first line\nsecond line")
    raise group from cause
