data = b'\x1'
