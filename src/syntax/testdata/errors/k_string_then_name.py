x = 'a'b
