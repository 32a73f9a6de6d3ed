x = 1iffy
