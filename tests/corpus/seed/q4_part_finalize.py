# seed Q4 section: weakref.finalize cleanup when the resource is deleted
import weakref

# Finalization с weakref.finalize
def cleanup(name):
    print(f"Cleaning up {name}")

class Resource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, cleanup, name)

r = Resource("test")
del r  # "Cleaning up test" - гарантированный cleanup
