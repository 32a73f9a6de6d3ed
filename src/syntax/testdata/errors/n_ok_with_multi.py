with a as (b, c), d as [e, f], g as h.i, j as k[0]:
    pass
