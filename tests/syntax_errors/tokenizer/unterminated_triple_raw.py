pattern = r'''\d+
