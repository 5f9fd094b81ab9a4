# krait: optimize=1
while __debug__:
    break
