class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)

class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class Yaml(Json, name="yml"):
    pass
print(Plugin.registry)
print(Csv.plugin_name, Json.plugin_name, Yaml.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init_subclass__(cls):
        print("Base.__init_subclass__", cls.__name__, cls.__mro__[1].__name__)
class Mid(Base):
    pass
class Leaf(Mid):
    pass
print(type(Base.__dict__["__init_subclass__"]).__name__)
