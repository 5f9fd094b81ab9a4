class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
for _ in range(4):
    Counter()
print(Counter.total)
