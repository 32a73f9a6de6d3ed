# objects held by globals of an imported helper module die during module teardown
import exit_helper_mod
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
exit_helper_mod.attach(N("stored in helper"))
local_main = N("main global")
print("end")
