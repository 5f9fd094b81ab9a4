


# many lines
x = [
    1,
]
if x:
# comment only
