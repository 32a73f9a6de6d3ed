while 1:
    if x:
        break
    try:
        continue
    finally:
        pass
