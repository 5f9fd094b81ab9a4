'''Module docstring.'''
from __future__ import (annotations,
                        with_braces)
