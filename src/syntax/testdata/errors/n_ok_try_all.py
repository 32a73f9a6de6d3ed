try:
    pass
except (A, B) as e:
    pass
except C:
    pass
except:
    pass
else:
    pass
finally:
    pass
