d = {}
d.get("k", default=None) if False else d.setdefault("k", 1)
"{}".format(1, x=2)
