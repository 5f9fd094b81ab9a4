import a
print(a.use_b(), a.b.use_a())
