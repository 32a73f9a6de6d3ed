@a.b(c)
@d
class K: pass
