r = "abcdefghij" * 1000
s = """multi
line""" * 3
