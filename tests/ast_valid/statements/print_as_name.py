print
print()
print >> f
exec = 1
