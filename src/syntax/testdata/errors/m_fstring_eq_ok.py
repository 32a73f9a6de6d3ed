x = f'{x=!s}'
