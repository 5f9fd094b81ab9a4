from .. import X
from ..util import helper
from ... top import util as u2
result = (X, helper(), u2.__name__)
