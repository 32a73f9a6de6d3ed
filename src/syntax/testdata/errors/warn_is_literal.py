x = 1
if x is 1: pass
if x is not "a": pass
if x is None or x is True or x is ...: pass
if 1 < x is -1: pass
