n = 1024
print(n.to_bytes(2, "big"), n.to_bytes(2, "little"), n.to_bytes(4, byteorder="big"))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (1).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01"), "little"), int.from_bytes(b""))
big = 2 ** 80 + 12345
bb = big.to_bytes(11, "big")
print(bb, int.from_bytes(bb, "big") == big)
for args in ((256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True)):
    v, ln, order, signed = args
    try:
        v.to_bytes(ln, order, signed=signed)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError:", e)
class MyInt(int): pass
r = MyInt.from_bytes(b"\x05", "big")
print(r, type(r).__name__)
print(bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x02", "big"))
