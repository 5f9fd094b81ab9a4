v = rbt'{x}'
