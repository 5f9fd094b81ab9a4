import os as o.s
