print(chr(65), chr(0x263A), chr(0), ord("A"), ord("\u263a"), ord(b"a"), ord(bytearray(b"z")))
print(bin(10), bin(-10), hex(255), hex(-1), oct(64), oct(-9), bin(0), hex(2 ** 64))
for bad in (lambda: chr(-1), lambda: chr("a"), lambda: ord(""), lambda: ord(5), lambda: bin(1.5), lambda: hex("a"), lambda: ord(b"ab")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "é€😀"])
print(format(255, "b"), f"{ord('a'):08b}", int(bin(37), 2), int(hex(999), 16), int(oct(77), 8))
