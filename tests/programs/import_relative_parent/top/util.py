def helper():
    return 'util.helper'
