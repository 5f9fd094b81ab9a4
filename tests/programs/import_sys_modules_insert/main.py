import sys
class Fake:
    attr = 'fake attr'
sys.modules['fake'] = Fake()
import fake
from fake import attr
print(type(fake).__name__, attr)
