from __future__ import annotations
from __future__ import (division,)
x: undefined_name = 1
