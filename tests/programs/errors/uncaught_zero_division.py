def ratio(a, b):
    return a / b

def report(values):
    for v in values:
        print("ratio", v, ratio(10, v))

report([1, 2, 5])
report([4, 0])
print("never printed")
