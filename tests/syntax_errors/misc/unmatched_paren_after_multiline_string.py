doc = '''
multi
line
''')
