print("mod runs")
x = 10
def f(n):
    return n * x
