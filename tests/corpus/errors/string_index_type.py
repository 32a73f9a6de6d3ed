# TypeError: string indices must be integers
record = "name:ann"
print(record["name"])
