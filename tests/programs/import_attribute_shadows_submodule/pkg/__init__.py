thing = 'attribute'
