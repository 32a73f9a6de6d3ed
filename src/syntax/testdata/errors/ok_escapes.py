x = '\N' if 0 else '\q\0\777'
