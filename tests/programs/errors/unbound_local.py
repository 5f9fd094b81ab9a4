counter = 0
def bump():
    counter += 1
    return counter
try:
    bump()
except UnboundLocalError as e:
    print("caught:", e)
def later():
    print(value)
    value = 1
later()
