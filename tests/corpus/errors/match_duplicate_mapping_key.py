match 5:
    case {1: a, 1.0: b}:
        pass
