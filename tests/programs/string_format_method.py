print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("a", "b"), "{name}!".format(name="x"), "{:>4}|".format(7))
