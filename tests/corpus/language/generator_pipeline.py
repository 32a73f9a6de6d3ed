# a lazy pipeline of generators with print statements showing evaluation order
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i
def squares(it):
    for x in it:
        print("square", x)
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
pipe = evens(squares(numbers(5)))
print("pipeline built")
print(next(pipe))
print(list(pipe))
