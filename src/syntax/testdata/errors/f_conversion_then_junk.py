x = f'{a!r junk}'
