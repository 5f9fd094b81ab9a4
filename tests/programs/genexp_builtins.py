nums = [3, 8, 1, 9]
print(sum(x * 2 for x in nums), max(x for x in nums), min(-x for x in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), ", ".join(str(x) for x in nums))
print(list(x for x in range(10) if x % 4 == 0))
