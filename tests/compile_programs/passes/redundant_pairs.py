# LOAD_CONST/COPY 1 + POP_TOP pairs and unused constants go away.
1
"docstring-like but not first"
None
x = 1
...
(1, 2)
def f():
    "doc"
    1
    -1
    2 ** 10
    return
def g():
    1 + 2
    "a" * 3
