x = [await y for y in z]
