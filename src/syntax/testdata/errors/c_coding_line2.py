#!/usr/bin/env python
# vim: set fileencoding=cp1251 :
x = 'й'
