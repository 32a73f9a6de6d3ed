# OverflowError from float ** carries errno-style args
try:
    10.0 ** 400
except OverflowError as e:
    print(e.args, str(e), repr(e))
x = 2.0
for i in range(12):
    x = x ** 2
    print(i, x)
