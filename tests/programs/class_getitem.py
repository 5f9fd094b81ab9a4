class Squares:
    def __getitem__(self, i):
        return i * i
    def __contains__(self, x):
        return x == 4
sq = Squares()
print(sq[3], sq[10], 4 in sq, 5 in sq)
