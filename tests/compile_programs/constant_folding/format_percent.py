name = "w"
r = "hello %s" % name
s = "%s-%r-%a" % (name, name, name)
t = "%d" % 5
