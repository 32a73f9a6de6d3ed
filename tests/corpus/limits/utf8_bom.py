# a UTF-8 BOM at the start of the file is accepted
print('bom ok')
