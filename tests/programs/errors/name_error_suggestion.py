def compute():
    total_count = 10
    return totl_count + 1

try:
    compute()
except NameError as e:
    print("caught:", e)
lenght = 5
print(lenght)
print(lentgh)
