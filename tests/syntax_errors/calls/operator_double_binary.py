x = a * / b
