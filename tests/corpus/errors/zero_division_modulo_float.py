# ZeroDivisionError messages for float division and modulo
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print(e)
print(7 // 0)
