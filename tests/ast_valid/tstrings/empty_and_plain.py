e = t''
f = t'no fields'
g = t'{{escaped}}'
