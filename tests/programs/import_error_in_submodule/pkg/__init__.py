from . import bad
