x = 5e-
