x = 1
r = f"""
line {x}
{x
 + 1}
"""
