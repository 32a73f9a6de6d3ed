# assignment expressions in while/if/comprehensions and nested conditional expressions
data = [3, 8, 1, 9, 4]
it = iter(data)
while (n := next(it, None)) is not None:
    if n > 5:
        print("big", n)
print([y for x in data if (y := x * 2) > 10], y)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
print(n)
