class A:
    y = [(z := 1) for x in range(3)]
