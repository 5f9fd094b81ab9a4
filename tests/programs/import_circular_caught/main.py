import a
print(a.msg)
