'''doc'''
import sys
from __future__ import division
