# Fannkuch: for every permutation of 1..n, count the prefix reversals ("pancake flips")
# until 1 comes first; report the maximum and a signed checksum. Permutations are made
# with a counter-based rotation scheme. Measures: small-list slicing and reversal, list
# item assignment, while loops, int compares.


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    nperm = 0
    while True:
        # flip a copy of the current permutation
        if perm[0] != 0:
            p = perm[:]
            flips = 0
            first = p[0]
            while first != 0:
                p[: first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * sign
        nperm += 1
        sign = -sign
        # next permutation: rotate the first i+1 elements left, carrying like an odometer
        i = 1
        while True:
            if i == n:
                return max_flips, checksum, nperm
            head = perm[0]
            for k in range(i):
                perm[k] = perm[k + 1]
            perm[i] = head
            counts[i] += 1
            if counts[i] <= i:
                break
            counts[i] = 0
            i += 1


def main():
    for _ in range(2):
        max_flips, checksum, nperm = fannkuch(9)
    print(f"n=9 perms={nperm} checksum={checksum} max_flips={max_flips}")


main()
