# loops of 200,000 and 100,000 iterations finish within the default limits
total = 0
for i in range(200000):
    total += i & 7
print(total)
n = 0
while n < 100000:
    n += 1
print(n)
