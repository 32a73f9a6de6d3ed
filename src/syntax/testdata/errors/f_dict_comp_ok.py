x = f'{ {k: v for k, v in d} }'
