name = 'José'
print(name)
