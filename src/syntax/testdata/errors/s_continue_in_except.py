for x in y:
    try:
        pass
    except:
        continue
