été = 'chaud
