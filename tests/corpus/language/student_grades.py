# a typical learner program: a class with a list of grades, averages, sorting and formatted output
class Student:
    def __init__(self, name):
        self.name = name
        self.grades = []
    def add(self, *grades):
        self.grades.extend(grades)
        return self
    def average(self):
        return sum(self.grades) / len(self.grades) if self.grades else 0.0
    def __repr__(self):
        return f"Student({self.name!r}, avg={self.average():.2f})"
students = [Student("Ann").add(90, 85, 77), Student("Bob").add(60, 70), Student("Cid"), Student("Dee").add(100)]
for s in sorted(students, key=Student.average, reverse=True):
    print(f"{s.name:<5}|{s.average():>7.2f}|{'#' * int(s.average() // 10)}")
best = max(students, key=lambda s: s.average())
print("best:", best)
print({s.name: len(s.grades) for s in students})
