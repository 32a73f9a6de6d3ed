# "Exception ignored in" report with a traceback through a helper called from __del__
def cleanup(resource):
    return resource["handle"]
class Res:
    def __init__(self):
        self.info = {}
    def __del__(self):
        cleanup(self.info)
def work():
    r = Res()
    print("working")
work()
print("after work")
