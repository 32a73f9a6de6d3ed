# isinstance / issubclass with classes, tuples, nested tuples and errors.
class Animal:
    pass


class Dog(Animal):
    pass


class Cat(Animal):
    pass


d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat))
print(isinstance(d, (Cat, Dog)), isinstance(d, (int, (str, (Animal,)))), isinstance(d, ()))
print(issubclass(Dog, Animal), issubclass(Dog, (Cat, int)), issubclass(bool, int), issubclass(Dog, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type))
print(type(d) is Dog, type(d) == Animal, type(type(d)))
for call in (
    lambda: isinstance(d, 3),
    lambda: isinstance(d, (Dog, 3)),
    lambda: issubclass(d, Animal),
    lambda: issubclass(Dog, "Animal"),
    lambda: isinstance(d),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
