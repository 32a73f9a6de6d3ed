# non-ASCII identifiers (a learner writing in Russian), Cyrillic strings and their lengths and reprs
имя = "М
счётчик = 0
for буква in имя:
    счётчик += 1
print(f"Привет, {имя}! {счётчик}", len(имя), имя.upper(), имя.lower(), repr(имя))
class Узел:
    def __init__(self, значение):
        self.значение = значение
    def __repr__(self):
        return f"Узел({self.значение!r})"
у = Узел("а")
print(у, vars(у), Узел.__name__, type(у).__qualname__)
print("ёжик".encode("utf-8"), len("ёжик".encode("utf-8")), sorted("мама"), "Щ" > "Я")
