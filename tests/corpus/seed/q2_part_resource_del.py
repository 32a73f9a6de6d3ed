# seed Q2 section: Resource whose __del__ raises NameError when r is rebound
# Немедленное освобождение (детерминированное)
class Resource:
    def __init__(self, name):
        self.name = name
        print(f"Created: {name}")

    def __del__(self):
        print(f"Destroyed: {name}")

r = Resource("test")  # Created: test
r = None              # Destroyed: test (сразу!)
