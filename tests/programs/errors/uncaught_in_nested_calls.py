def level3(x):
    return x["missing"]

def level2(x):
    return level3(x) + 1

def level1():
    data = {"present": 1}
    return level2(data)

class Runner:
    def go(self):
        return level1()

print("starting")
Runner().go()
