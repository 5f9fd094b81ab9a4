import os as o[1]
