# objects stored on sys and builtins survive the __main__ teardown and die later in shutdown
import sys
import builtins
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
sys.keep_me = N("on sys")
builtins.keep_me_too = N("on builtins")
main_obj = N("in __main__")
print("end")
