def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)

print(countdown(50))
def forever(n):
    return forever(n + 1) + 1
forever(0)
