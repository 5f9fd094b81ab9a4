result = build(
    1,
    **options = {},
)
