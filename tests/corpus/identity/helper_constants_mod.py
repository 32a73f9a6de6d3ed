# a helper module imported by import_constants_across_modules.py; run alone it checks its own constants
BIG = 1000
TEXT = "hello world!"
PAIR = (1, 2)
def big():
    return 1000
if __name__ == "__main__":
    print(BIG is big(), __name__)
