x = r'''\'''' if 0 else 1
