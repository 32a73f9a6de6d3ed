# printing an int over 4300 digits: uncaught ValueError
n = 7 ** 6000
print(n)
