a, *b = c
[a, *b] = c
for *a, b in c: pass
