print('submodule runs')
