# -*- coding: latin-1 -*-
# a latin-1 source with a coding declaration decodes correctly
s = 'été'
print(s, len(s), s.encode('utf-8'))
