# A small ray tracer: spheres and a checkered plane, one point light plus ambient light,
# shadows and mirror reflections up to depth 3, rendered to a 400x300 grey image whose
# histogram is printed. Measures: a Vec class with operator methods (__add__, __sub__,
# __mul__), many short-lived objects, attribute access, float math, polymorphic shapes.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, shade, mirror):
        self.centre = centre
        self.radius = radius
        self.shade = shade
        self.mirror = mirror

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).unit()

    def colour(self, p):
        return self.shade


class Plane:
    def __init__(self, point, normal, mirror):
        self.point = point
        self.n = normal.unit()
        self.mirror = mirror

    def hit(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n

    def colour(self, p):
        return 0.9 if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else 0.2


class Scene:
    def __init__(self, objects, light, ambient):
        self.objects = objects
        self.light = light
        self.ambient = ambient

    def nearest(self, ray):
        best_t, best = None, None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, obj
        return best_t, best

    def trace(self, ray, depth):
        t, obj = self.nearest(ray)
        if obj is None:
            return 0.05 + 0.1 * max(0.0, ray.direction.y)
        p = ray.at(t)
        n = obj.normal(p)
        to_light = self.light - p
        dist = to_light.length()
        to_light = to_light * (1.0 / dist)
        lit = self.ambient
        shadow_t, _ = self.nearest(Ray(p, to_light))
        if shadow_t is None or shadow_t > dist:
            lit += max(0.0, n.dot(to_light))
        value = obj.colour(p) * lit
        if obj.mirror > 0 and depth < 3:
            d = ray.direction
            reflected = d - n * (2 * d.dot(n))
            value = value * (1 - obj.mirror) + obj.mirror * self.trace(Ray(p, reflected), depth + 1)
        return value


def render(scene, width, height):
    eye = Vec(0.0, 1.2, -5.0)
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width * 2.0
            y = (height / 2 - j) / height * 1.5
            v = scene.trace(Ray(eye, Vec(x, y + 0.2, 2.0)), 0)
            row.append(min(255, int(v * 255)))
        rows.append(row)
    return rows


def main():
    scene = Scene(
        [
            Sphere(Vec(0.0, 1.0, 0.0), 1.0, 0.8, 0.3),
            Sphere(Vec(-2.2, 0.6, 1.0), 0.6, 0.6, 0.0),
            Sphere(Vec(1.8, 0.5, -0.8), 0.5, 0.95, 0.6),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.15),
        ],
        Vec(-3.0, 6.0, -4.0),
        0.1,
    )
    image = render(scene, 400, 300)
    hist = [0] * 8
    total = 0
    for row in image:
        for v in row:
            hist[v // 32] += 1
            total += v
    print("histogram", hist, "sum", total)


main()
