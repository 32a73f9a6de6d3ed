# seed Q6 sections without the million-item lists
import sys

# Integer interning
a = 100
b = 100
print(a is b)  # True

a = 1000
b = 1000
print(a is b)  # False (вне диапазона)

# Демонстрация диапазона
for i in range(-10, 260):
    a = i
    b = i
    if a is not b:
        print(f"First non-interned: {i}")  # 257
        break

# String interning
s1 = "hello"
s2 = "hello"
print(s1 is s2)  # True (автоматически интернирована)

s1 = "hello world"
s2 = "hello world"
print(s1 is s2)  # Может быть True или False!

# Принудительное интернирование
s1 = sys.intern("hello world")
s2 = sys.intern("hello world")
print(s1 is s2)  # True (гарантированно)

# Когда интернировать строки
# 1. Часто сравниваемые строки
STATUS_ACTIVE = sys.intern("active")
STATUS_INACTIVE = sys.intern("inactive")

def check_status(status):
    status = sys.intern(status)  # Интернируем входные данные
    if status is STATUS_ACTIVE:  # Быстрое сравнение
        return True
    return False

# 2. Ключи словаря из пользовательского ввода
def process_json(data):
    # Интернируем ключи для экономии памяти
    return {sys.intern(k): v for k, v in data.items()}

# Tuple interning (Python 3.10+)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)  # True (короткие tuples интернируются)
