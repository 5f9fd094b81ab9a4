def task(i):
    if i % 2:
        return ValueError(f"task {i} failed")
    return TypeError(f"task {i} wrong type")

errors = [task(i) for i in range(3)]
print(len(errors), "errors collected")
raise ExceptionGroup("several tasks failed", errors)
