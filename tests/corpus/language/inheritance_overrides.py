# method overriding, calling the base explicitly, class attribute lookup through the MRO
class Animal:
    sound = "..."
    legs = 4
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
    def __str__(self):
        return f"<{self.speak()}>"
class Dog(Animal):
    sound = "woof"
class Bird(Animal):
    sound = "tweet"
    legs = 2
    def speak(self):
        return Animal.speak(self) + " and flies"
class Penguin(Bird):
    def speak(self):
        return super(Bird, self).speak() + " (no flying)"
for a in (Animal(), Dog(), Bird(), Penguin()):
    print(a, a.legs)
print(Penguin.__mro__[1].__name__, Penguin.sound, "speak" in Penguin.__dict__, "legs" in Penguin.__dict__)
