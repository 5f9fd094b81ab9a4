fs = []
for i in range(3):
    def f(i=i):
        return i
    fs.append(f)
