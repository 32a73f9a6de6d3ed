# warnings.warn: the default filters, once per location, stacklevel, simplefilter/filterwarnings, catch_warnings(record=True)
import warnings
warnings.warn("careful")
warnings.warn("old", DeprecationWarning)
warnings.warn("rt", RuntimeWarning)
def f():
    warnings.warn("inside", UserWarning, stacklevel=2)
f()
warnings.simplefilter("ignore")
warnings.warn("hidden")
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", e)
print("done")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("logged", RuntimeWarning)
    warnings.warn("logged", RuntimeWarning)
print(len(log), log[0].category.__name__, str(log[0].message), log[0].lineno)
warnings.resetwarnings()
for i in range(3):
    warnings.warn("loop")
warnings.filterwarnings("ignore", message="skip")
warnings.warn("skip me")
warnings.warn("show me")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "x = 1"))
