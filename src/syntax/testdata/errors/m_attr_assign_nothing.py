a.b.c = 
