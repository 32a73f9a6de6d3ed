# allocating and freeing a large number of objects (with automatic collections along the way)
data = [[i] for i in range(50000)]
print(len(data), data[-1])
data = None
s = {str(i) for i in range(30000)}
print(len(s))
d = {i: i * i for i in range(30000)}
print(d[29999])
