type = 5
type.x = 1
print(type)
type X = type
def type(): pass
