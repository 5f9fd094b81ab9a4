try:
    pass
except (ValueError, TypeError) as e:
    print(e)
