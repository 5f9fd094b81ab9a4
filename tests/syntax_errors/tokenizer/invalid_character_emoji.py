x = 1
class Zoo:
    animal🐍 = 'snake'
