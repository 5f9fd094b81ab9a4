# A loop summing ints: the dispatch loop, int add and compare, locals.
def main():
    total = 0
    i = 0
    while i < 8_000_000:
        total += i
        i += 1
    for j in range(8_000_000):
        total += j & 7
    print(total)

main()
