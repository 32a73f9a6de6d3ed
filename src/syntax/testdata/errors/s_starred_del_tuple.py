del (*a, b)
