print("before")
from . import sibling
