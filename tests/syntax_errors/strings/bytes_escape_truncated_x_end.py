data = b'abc\x'
