# KeyError on the inner subscript of a nested dict lookup
config = {"db": {"host": "localhost"}}
print(config["db"]["host"])
print(config["db"]["port"])
