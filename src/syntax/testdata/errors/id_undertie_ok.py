x‿y = 1
