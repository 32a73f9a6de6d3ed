# TypeError for an unexpected keyword argument
def area(width, height):
    return width * height
print(area(width=2, height=3))
print(area(width=2, hieght=3))
