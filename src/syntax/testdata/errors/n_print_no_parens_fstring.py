print f'{x}'
