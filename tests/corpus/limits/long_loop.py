# a loop of one million iterations finishes within the default limits
total = 0
for i in range(1000000):
    total += i & 7
print(total)
n = 0
while n < 300000:
    n += 1
print(n)
