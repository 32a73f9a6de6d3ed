# traceback through sorted() calling a key lambda that fails
rows = [{"n": 1}, {"n": 2}, {}]
print(sorted(rows, key=lambda r: r["n"]))
