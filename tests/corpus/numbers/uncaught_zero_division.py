# An uncaught ZeroDivisionError from inside nested calls prints a full traceback
def ratio(a, b):
    return a / b
def average(values):
    total = 0
    for v in values:
        total += v
    return ratio(total, len(values))
print(average([1, 2, 3, 4]))
print(average([1.5, 2.5]))
print(average([]))
