x = ('abc',
     'def
