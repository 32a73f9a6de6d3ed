s = 'ñandú
