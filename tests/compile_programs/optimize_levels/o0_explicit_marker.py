# krait: optimize=0
assert x
