s = f'{{literal}} {1} }}{{'
