for if in b: pass
