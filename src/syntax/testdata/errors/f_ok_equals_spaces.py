x = f'{ a + b = }'
