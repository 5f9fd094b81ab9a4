assert , 'msg'
