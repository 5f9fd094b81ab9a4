command = "go north"
match command.split():
    case ["go", direction]:
        print(direction)
    case ["quit"]:
        print("bye")
