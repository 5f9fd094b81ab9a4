print("%d items, %s, %r, %.2f" % (3, "x", "y", 1.5))
print("%5d|%-5s|" % (42, "ab"))
