# common list methods and slicing
a = [5, 3, 8, 1]
a.append(9)
a.extend([2, 2])
a.insert(1, 7)
print(a, len(a), a.count(2), a.index(8))
a.remove(2)
print(a.pop(), a.pop(0), a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a, a[::-1], a[1:3], a[-2:], a[::2], a[10:])
b = a.copy()
b[1:3] = ["x", "y", "z"]
print(b)
del b[::2]
print(b)
print([1, 2] * 3, [[0]] * 2, [1, 2] + [3], 3 in [1, 2, 3], [1, 2] < [1, 3], [] or "empty")
nums = list(range(10))
nums[2:8:2] = [0, 0, 0]
print(nums, min(nums), max(nums), sum(nums))
