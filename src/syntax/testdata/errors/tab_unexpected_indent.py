	if x:
        pass
