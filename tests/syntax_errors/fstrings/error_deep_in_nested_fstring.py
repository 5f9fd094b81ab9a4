s = f"{f'{x!q}'}"
