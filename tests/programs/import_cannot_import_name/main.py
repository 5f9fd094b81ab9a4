try:
    from m import missing
except ImportError as e:
    print(e.name)
from m import present
print(present)
from m import missing
