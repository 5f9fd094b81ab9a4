ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a locked cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"

    def do(self, command):
        self.moves += 1
        verb, _, noun = command.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        return handler(noun)

    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."

    def cmd_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" in self.inventory:
                ROOMS[target]["locked"] = False
                self.room = target
                return "You unlock the door with the key."
            return "The door is locked."
        self.room = target
        return self.cmd_look("")

    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
        return f"Taken: {item}."

    def cmd_inventory(self, _):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key",
          "take sword", "go south", "go east", "dance", "go down", "take treasure", "inventory"]
g = Game()
for cmd in script:
    print(f"> {cmd}")
    print(g.do(cmd))
    if g.state == "won":
        print(f"You won in {g.moves} moves!")
        break
