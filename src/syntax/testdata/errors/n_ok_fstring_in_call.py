print(f'{x=}', f'{y!r}', f'{z:.2f}')
