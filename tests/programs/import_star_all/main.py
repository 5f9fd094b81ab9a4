from m import *
print(public, also)
try:
    hidden
except NameError as e:
    print(e)
try:
    _private
except NameError as e:
    print(e)
