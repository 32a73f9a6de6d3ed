# sizes beyond a machine index raise OverflowError, not MemoryError
try:
    "x" * (10 ** 19)
except OverflowError as e:
    print("OverflowError:", e)
try:
    [0] * (2 ** 63)
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(2 ** 64)[0:2 ** 64:1]
    print(len(range(2 ** 64)))
except OverflowError as e:
    print("OverflowError:", e)
