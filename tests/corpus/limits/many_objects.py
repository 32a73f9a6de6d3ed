# allocating and freeing a large number of objects
data = [[i] for i in range(200000)]
print(len(data), data[-1])
data = None
s = {str(i) for i in range(100000)}
print(len(s))
d = {i: i * i for i in range(100000)}
print(d[99999])
