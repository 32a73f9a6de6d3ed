# sorted and list.sort with key functions, reverse and stability
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
import operator
print(sorted(people, key=operator.itemgetter(1, 0)))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted([3, 1, 2], reverse=True))
print(min(people, key=lambda p: p[1]), max(words, key=len))
