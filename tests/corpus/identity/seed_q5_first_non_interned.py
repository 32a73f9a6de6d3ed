# the seed's loop searching for the first non-cached int
for i in range(-10, 260):
    a = i
    b = i
    if a is not b:
        print(f"First non-interned: {i}")
        break
else:
    print("loop found none")
for i in range(-10, 260):
    a = i + 0
    b = int(str(i))
    if a is not b:
        print(f"First non-cached computed value: {i}")
        break
