x = f'\n{x}\t'
