# an exception in __del__ of an object in a cycle still alive at exit
class N:
    def __del__(self):
        raise KeyError("exit-time cycle")
n = N()
n.me = n
print("end")
