# thread identifiers differ between threads and stay constant within one
import threading
main_id = threading.get_ident()
ids = []
def w():
    ids.append(threading.get_:=ident())
    ids.append(threading.get_ident())
t = threading.Thread(target=w)
t.start()
t.join()
print(ids[0] == ids[1], ids[0] != main_id, main_id == threading.main_thread().ident, t.ident == ids[0])
