"""krait's _datetime: the datetime types of the pure-Python implementation (_pydatetime),
showing what CPython's C module shows where the two differ."""

from _pydatetime import *
from _pydatetime import __all__, _IsoCalendarDate


def _isocalendar_repr(self):
    # The C type's repr names it by its qualified type name.
    return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


_IsoCalendarDate.__repr__ = _isocalendar_repr
del _isocalendar_repr
