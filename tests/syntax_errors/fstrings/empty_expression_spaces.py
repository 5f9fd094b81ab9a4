s = f'value: {   }'
