x = f'{a if b}'
