result = (
    obj
    .method(1)
    .other(
        2,
        key=3,
    )
    .attr
)
value = (a +
         b *
         c)
call(
    x,
    y,
)
items = [
    1,
    f(2),
]
if (a and
        b):
    pass
x = {
    "k": v,
    **other,
}
del (a.
     b)
obj.attr = (
    1 + x
)
def long(
    a,
    b=(1,
       2),
):
    return (a,
            b)
with (open(a) as f,
      open(b) as g):
    pass
lam = lambda: (
    yield
)
