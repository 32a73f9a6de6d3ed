# IndexError: list assignment index out of range
slots = [None] * 3
slots[3] = "x"
