from pkg import one
print(one.run())
