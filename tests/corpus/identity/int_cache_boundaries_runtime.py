# int cache boundaries reached through several operations
vals = [int("-5"), -int("5"), 256 // 1, int("256"), 2 ** 8, 255 | 1, 1 << 8]
print([v is vals[0] for v in vals[:2]], [v is 256 for v in vals[2:]])
hi = [int("257"), 2 ** 8 + 1, 257 * 1]
print([v is 257 for v in hi], hi[0] is hi[1])
