s = 'ñandú' + + (x y)
