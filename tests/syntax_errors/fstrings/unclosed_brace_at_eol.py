result = f'{'
