# TypeError: '<' not supported between instances, raised by sorted on mixed types
values = [3, "two", 1]
print(sorted(values))
