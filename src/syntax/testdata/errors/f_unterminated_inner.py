x = f'{"abc}'
