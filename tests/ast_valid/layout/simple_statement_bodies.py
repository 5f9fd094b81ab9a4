if x: pass
while 0: break
for i in x: continue
class C: pass
def f(): return 1
with a: pass
try: pass
except: pass
