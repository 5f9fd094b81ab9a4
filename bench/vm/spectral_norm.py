# Spectral norm: the largest singular value of the infinite matrix A[i][j] =
# 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to n x n, by power iteration on A^T A.
# Measures: function calls in nested loops, float division, generator expressions
# feeding sum(), zip.
import math


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_a(v):
    n = len(v)
    return [sum(entry(i, j) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_at(v):
    n = len(v)
    return [sum(entry(j, i) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_ata(v):
    return mul_at(mul_a(v))


def main():
    n = 360
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_ata(u)
        u = mul_ata(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    print(f"{math.sqrt(vbv / vv):.9f}")


main()
