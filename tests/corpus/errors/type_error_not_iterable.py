# TypeError: object is not iterable in a for loop
n = 10
for i in n:
    print(i)
