# an error while evaluating a default argument happens at def time, at module level
config = {}
def connect(timeout=config["timeout"]):
    return timeout
