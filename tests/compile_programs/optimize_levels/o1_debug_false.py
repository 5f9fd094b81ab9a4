# krait: optimize=1
if __debug__:
    print("debug")
r = __debug__
