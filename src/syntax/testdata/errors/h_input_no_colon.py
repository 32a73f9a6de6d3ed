x = input('a')
if x == 'y'
    print(x)
