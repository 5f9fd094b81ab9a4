class C:
    """Class docstring."""
    x = 1
