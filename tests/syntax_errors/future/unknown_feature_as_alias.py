from __future__ import generators as g, spam as s
