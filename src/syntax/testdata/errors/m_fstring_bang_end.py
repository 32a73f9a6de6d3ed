x = f'{x!'
