# Digits of pi with big integers: Gibbons' unbounded spigot (a linear fractional
# transformation of four big ints, one term of the series per step). Prints the
# digits in lines of 50 and the digit sum. Measures: big-int multiply, add, floor
# division and comparison on numbers growing to thousands of digits.


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    n, l = 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return out


def main():
    digits = pi_digits(4000)
    text = "".join(str(d) for d in digits)
    for i in range(0, 200, 50):
        print(text[i:i + 50])
    print("...", text[-20:], "sum", sum(digits))


main()
