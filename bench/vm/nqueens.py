# N-queens: count every placement of n non-attacking queens, twice: once by backtracking
# over sets of attacked columns and diagonals, once with bit masks. Measures: recursion,
# set add/remove/membership, int bit operations.


def count_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            total += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return total

    return place(0)


def count_bits(n):
    full = (1 << n) - 1

    def place(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += place(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return place(0, 0, 0)


def first_solution(n):
    board = []

    def ok(col):
        r = len(board)
        for pr, pc in enumerate(board):
            if pc == col or abs(pc - col) == r - pr:
                return False
        return True

    def go():
        if len(board) == n:
            return True
        for c in range(n):
            if ok(c):
                board.append(c)
                if go():
                    return True
                board.pop()
        return False

    go()
    return board


def main():
    print("sets", [count_sets(n) for n in range(4, 12)])
    print("bits", [count_bits(n) for n in range(4, 13)])
    print("first", first_solution(18), first_solution(19))


main()
