# objects made and dropped inside a comprehension are freed as it goes
class N:
    def __init__(self, n):
        self.n = n
        print("new", n)
    def __del__(self):
        print("del", self.n)
lengths = [len(str(N(i).n)) for i in range(3)]
print(lengths)
kept = [N(i) for i in range(10, 12)]
print("kept", len(kept))
kept = None
print("end")
