x = f'abc{x
