# heapscope: sys.hash_info, a record of sys (Objects/structseq.c as a tuple subclass)


class hash_info(tuple):
    __slots__ = ()
    __module__ = "sys"
    n_sequence_fields = 9
    n_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        return tuple.__new__(cls, sequence)

    def __repr__(self):
        names = ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                 "seed_bits", "cutoff")
        return "sys.hash_info(%s)" % ", ".join(
            ["%s=%r" % (name, value) for name, value in zip(names, self)])

    def __reduce__(self):
        return (type(self), (tuple(self),))

    width = property(lambda self: self[0])
    modulus = property(lambda self: self[1])
    inf = property(lambda self: self[2])
    nan = property(lambda self: self[3])
    imag = property(lambda self: self[4])
    algorithm = property(lambda self: self[5])
    hash_bits = property(lambda self: self[6])
    seed_bits = property(lambda self: self[7])
    cutoff = property(lambda self: self[8])


hash_info = hash_info((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
