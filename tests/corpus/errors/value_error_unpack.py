# ValueError: too many values to unpack
point = (1, 2, 3)
x, y = point
