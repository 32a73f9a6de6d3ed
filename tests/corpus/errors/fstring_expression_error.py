# an error raised inside an f-string replacement field
user = {"name": "ann"}
print(f"hello {user['name']}")
print(f"age: {user['age']:>5}")
