# ModuleNotFoundError for a missing module, and ImportError for a missing name
try:
    from collections import deque, nonexistent_name
except ImportError as e:
    print("ImportError:", e)
import no_such_module_here
