x = f'\x4{a}'
