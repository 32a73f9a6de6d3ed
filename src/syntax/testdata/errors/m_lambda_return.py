x = lambda: return 1
