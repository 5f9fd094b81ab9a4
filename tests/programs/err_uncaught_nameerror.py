print("start")
undefined_thing
