for lambda: x in b: pass
