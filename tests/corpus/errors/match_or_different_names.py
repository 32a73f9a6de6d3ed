match 5:
    case [x] | (y,):
        pass
