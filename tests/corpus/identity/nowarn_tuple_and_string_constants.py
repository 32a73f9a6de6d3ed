# constant tuples and strings shared across functions of one module, compared through names
PAIR = ("a", "b")
TEXT = "hello world!"
def pair():
    return ("a", "b")
def text():
    return "hello world!"
def built(x):
    return ("a", x)
print(pair() is PAIR, text() is TEXT, built("b") is PAIR, built("b") == PAIR)
