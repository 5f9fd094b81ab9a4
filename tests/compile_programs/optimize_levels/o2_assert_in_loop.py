# krait: optimize=2
for i in range(3):
    assert i >= 0
