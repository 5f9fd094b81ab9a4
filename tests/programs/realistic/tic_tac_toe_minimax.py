LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if " " not in b else None

memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w == "X":
        res = (1, None)
    elif w == "O":
        res = (-1, None)
    elif w == "draw":
        res = (0, None)
    else:
        best = None
        for i in range(9):
            if b[i] == " ":
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        res = best
    memo[key] = res
    return res

def show(b):
    return "\n".join(" | ".join(b[r * 3:r * 3 + 3]) for r in range(3))

board = " " * 9
player = "X"
while winner(board) is None:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board), "positions explored:", len(memo))
print(minimax("XX OO    ", "X"), minimax("XX OO    ", "O"), minimax("XOXOXO   ", "X"))
print(winner("XXXOO    "), winner("XOXXOOOXX"), winner("         "))
