try:
    pass
except A, B, C:
    pass
except (D, E) as e:
    pass
