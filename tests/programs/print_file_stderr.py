import sys
print("out")
print("err", file=sys.stderr)
print(sys.argv[0].endswith(".py"))
