if (n := 10) > 5: pass
print(y := 3)
