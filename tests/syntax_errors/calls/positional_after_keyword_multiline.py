result = compute(
    x=1,
    y=2,
    3,
)
