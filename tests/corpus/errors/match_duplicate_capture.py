match 5:
    case [x, x]:
        pass
