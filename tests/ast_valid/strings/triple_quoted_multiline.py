s = '''first
second
  third'''
t = """x
"""
