print(abs(-3), abs(2.5), min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3]), sum(range(101)))
print(len("abc"), len([1]), len({}), round(2.5), round(3.5), round(2.675, 2))
print(divmod(17, 5), pow(2, 10, 1000), chr(65), ord("a"), hex(255), bin(5))
