# bubble sort, insertion sort, merge sort and quicksort on the same data
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        k, j = a[i], i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
def merge(a):
    if len(a) <= 1:
        return a
    l, r = merge(a[:len(a) // 2]), merge(a[len(a) // 2:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
def quick(a):
    return a if len(a) <= 1 else quick([x for x in a[1:] if x < a[0]]) + [a[0]] + quick([x for x in a[1:] if x >= a[0]])
data = [5, 3, 9, 1, 5, 8, 2, 7, 0, 6]
print(bubble(data), insertion(data) == merge(data) == quick(data) == sorted(data), data)
