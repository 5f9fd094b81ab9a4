from . import two
from .two import double
def run():
    return two.NAME, double(21)
