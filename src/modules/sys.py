# heapscope: sys's records (Objects/structseq.c: named tuples whose type lives in sys)


def _structseq(name, fields):
    def __new__(cls, sequence):
        return tuple.__new__(cls, sequence)

    def __repr__(self):
        return "sys.%s(%s)" % (name, ", ".join(
            ["%s=%r" % (field, value) for field, value in zip(fields, self)]))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {"__slots__": (), "__module__": "sys", "n_sequence_fields": len(fields),
                 "n_fields": len(fields), "n_unnamed_fields": 0, "__new__": __new__,
                 "__repr__": __repr__, "__reduce__": __reduce__}
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, index=index: self[index])
    return type(name, (tuple,), namespace)


hash_info = _structseq("hash_info", ("width", "modulus", "inf", "nan", "imag", "algorithm",
                                     "hash_bits", "seed_bits", "cutoff"))(
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
float_info = _structseq("float_info", ("max", "max_exp", "max_10_exp", "min", "min_exp",
                                       "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                       "rounds"))(
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
del _structseq
