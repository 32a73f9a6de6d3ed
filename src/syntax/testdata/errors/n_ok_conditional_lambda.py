f = (lambda: 1) if x else lambda: 2
