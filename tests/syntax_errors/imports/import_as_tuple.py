import os as (a, b)
