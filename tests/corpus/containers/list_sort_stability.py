pairs = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
words.sort(key=str.lower)
print(words)
words.sort()
print(words)
