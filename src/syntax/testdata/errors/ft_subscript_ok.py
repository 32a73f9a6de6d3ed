for a[0], b.c in y: pass
