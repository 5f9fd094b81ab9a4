msg = (
    'one '
    'two '  # c
    f'{3}'
)
