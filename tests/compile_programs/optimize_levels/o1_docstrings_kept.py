# krait: optimize=1
"""Module doc."""
def f():
    """Function doc."""
class C:
    """Class doc."""
