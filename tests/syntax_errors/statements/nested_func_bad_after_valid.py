class Outer:
    def a(self):
        return [i for i in range(3)]

    def b(self):
        return {1: 2, 3: }
