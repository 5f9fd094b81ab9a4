x = 1
text = """abc

def
