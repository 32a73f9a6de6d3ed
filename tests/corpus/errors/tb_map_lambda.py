# a traceback through list() consuming a map with a lambda
words = ["1", "2", "three"]
numbers = list(map(lambda w: int(w), words))
