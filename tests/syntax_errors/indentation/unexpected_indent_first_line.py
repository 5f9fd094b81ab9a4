  import os
