def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(462, 1071), egcd(240, 46), pow(17, -1, 3120))
def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(50) if is_prime(n)], is_prime(2 ** 61 - 1), is_prime(2 ** 61 + 1), is_prime(10 ** 18 + 9))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(10 ** 40), isqrt(99), isqrt(2 ** 127))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))
print(to_base(255, 2), to_base(-255, 16), to_base(10 ** 20, 36), int(to_base(10 ** 20, 36), 36) == 10 ** 20)
print(sum(int(d) for d in str(2 ** 1000)), str(3 ** 200)[-10:], (7 ** 77) % 1000)
