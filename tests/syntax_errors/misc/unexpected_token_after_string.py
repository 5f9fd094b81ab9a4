print('ok') ; 'a' 'b' c
