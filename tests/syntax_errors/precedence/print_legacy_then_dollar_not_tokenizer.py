print 'x'
y = $
