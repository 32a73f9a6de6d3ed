x = 1 < 2 < 3 == 3 != 4 >= 2 <= 5 > 0 in [1] not in [2] is not None
