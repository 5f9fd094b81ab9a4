a, b = 7, 3
r = (a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a @ b)
