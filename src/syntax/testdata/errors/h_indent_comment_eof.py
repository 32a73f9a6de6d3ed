while True:
    # nothing yet
