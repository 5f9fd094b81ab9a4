result = f(
    1,
    2,
    key=3,
)
