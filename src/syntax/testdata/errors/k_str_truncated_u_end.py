x = 'abc\u'
