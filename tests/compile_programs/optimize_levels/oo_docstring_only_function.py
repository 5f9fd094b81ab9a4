# krait: optimize=2
def f():
    """Only a docstring."""
async def g():
    """Only a docstring."""
