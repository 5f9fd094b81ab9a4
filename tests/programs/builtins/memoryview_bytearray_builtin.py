print(bytearray(b"abc").upper(), memoryview(b"xy").tolist(), bytes(memoryview(b"m")), bytearray(memoryview(b"q")))
print(len(memoryview(bytes(10))[2:5]), bytearray(5).count(0))
print(list(map(hex, bytearray(b"\x01\xff"))))
print(bytes(bytearray(b"round")), bytearray(bytes(2)))
