# uncaught KeyError in a dict subscript with markers
ages = {"ann": 31, "bob": 25}
print(ages["ann"])
print(ages["cid"])
