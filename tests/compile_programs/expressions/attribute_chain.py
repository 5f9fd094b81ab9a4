import os
r = os.path.sep.join
