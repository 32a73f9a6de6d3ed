x = {k: [v for v in vs if v] for k, vs in d.items()}
