s = f'''
hello }
'''
