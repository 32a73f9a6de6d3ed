result = some_function(
    first_argument,
    second=[
        1, 2,
        3,
    ],
    *rest,
    **options,
)
value = (
    a
    + b
    * c
)
if (a and
        b or
        not c):
    pass
matrix = [[i * j
           for j in range(3)]
          for i in range(3)
          if i]
text = ("one"
        "two"
        f"{three}")
obj.method(
    arg
).other[
    1:2
].final
x = y = \
    z
def long_signature(
    a,
    b: int = 1,
    *,
    c,
    **d,
):
    return (
        a,
        b,
    )
lam = lambda x, \
    y=(1,
       2): x
call(a for a in b
     if a)
d = {
    'key':
        'value',
    **other,
}
assert (x ==
        y), "msg"
with (
    open(a) as f,
    open(b) as g,
):
    pass
try:
    pass
except (
    ValueError,
    TypeError,
) as err:
    pass
