x = ur'raw'
