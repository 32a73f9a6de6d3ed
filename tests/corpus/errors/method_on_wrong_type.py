# calling a str method with a wrong argument type
words = ["a", "b", 3]
print(", ".join(words))
