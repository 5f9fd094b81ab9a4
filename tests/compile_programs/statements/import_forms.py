import os
import os.path
import os.path as p
import sys, json
