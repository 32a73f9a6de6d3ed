x = f'{d[1:2]}' f'{(lambda: 1)()}'
