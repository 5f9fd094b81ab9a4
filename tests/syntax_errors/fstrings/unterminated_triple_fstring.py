s = f'''abc {x}
more
