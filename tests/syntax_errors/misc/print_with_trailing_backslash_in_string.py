print("abc\")
