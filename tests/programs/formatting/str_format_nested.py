data = {"user": {"name": "ann", "langs": ["py", "rs"]}, "score": 91.456}
print("{0[user][name]} knows {0[user][langs][1]} and scored {0[score]:.1f}".format(data))
class O:
    attr = "attribute"
    items = [10, 20]
print("{o.attr} {o.items[1]} {o.__class__.__name__}".format(o=O()))
print("{:>{width}}|{:^{width}.{prec}f}".format("r", 3.14159, width=9, prec=2))
print("{0}{1}{0}".format("ab", "-"), "{0!r:^10}".format("q"), "{:%Y}".format(type("D", (), {"__format__": lambda s, f: "formatted " + f})()))
print("{}".format({"k": [1, 2]}), "{!s}".format(b"x"), "{}".format(None))
print("%-10s|%10s|" % ("left", "right"), "%(x)5.1f" % {"x": 2.25})
