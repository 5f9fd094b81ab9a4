m = [[i * j for j in range(3)] for i in range(3)]
n = {i: {j for j in range(i)} for i in range(3)}
