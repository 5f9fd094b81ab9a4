import os
import os.path as osp, sys
from . import a
from .. import b
from ...pkg.mod import c as d, e
from .mod import (f, g,)
from x import *
from . mod import h
from .... import i
