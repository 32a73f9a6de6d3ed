# RuntimeError: No active exception to reraise
def retry():
    raise
retry()
