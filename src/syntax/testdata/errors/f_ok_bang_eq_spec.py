x = f'{a!r:^10}' f'{b!s}' f'{c!a}'
