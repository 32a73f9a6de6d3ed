match 5:
    case C(a=1, 2):
        pass
