# N-body gravitation: a star and four planets in 3D, advanced with a symplectic Euler step;
# prints the system's energy before and after. Measures: float arithmetic on locals, list
# indexing and unpacking in a tight loop, precomputed pair lists.
import math

PI = math.pi
YEAR = 365.24
MASS0 = 4 * PI * PI


def make_system():
    # (position in AU, velocity in AU/day, mass in solar masses): an invented system
    raw = [
        ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        ((4.8, -1.16, -0.10), (0.00166, 0.00770, -0.0000690), 9.5e-4),
        ((8.3, 4.12, -0.40), (-0.00277, 0.00500, 0.0000230), 2.9e-4),
        ((12.9, -15.1, -0.22), (0.00296, 0.00237, -0.0000296), 4.4e-5),
        ((15.4, -25.9, 0.18), (0.00268, 0.00163, -0.0000951), 5.2e-5),
    ]
    bodies = []
    for (x, y, z), (vx, vy, vz), m in raw:
        bodies.append([x, y, z, vx * YEAR, vy * YEAR, vz * YEAR, m * MASS0])
    # give the star the momentum that makes the total zero
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    star = bodies[0]
    star[3] = -px / MASS0
    star[4] = -py / MASS0
    star[5] = -pz / MASS0
    return bodies


def pairs_of(bodies):
    out = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            out.append((bodies[i], bodies[j]))
    return out


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for a, b in pairs:
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        dz = a[2] - b[2]
        e -= a[6] * b[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            ma = a[6] * mag
            mb = b[6] * mag
            a[3] -= dx * mb
            a[4] -= dy * mb
            a[5] -= dz * mb
            b[3] += dx * ma
            b[4] += dy * ma
            b[5] += dz * ma
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    bodies = make_system()
    pairs = pairs_of(bodies)
    print(f"{energy(bodies, pairs):.9f}")
    advance(bodies, pairs, 0.01, 200000)
    print(f"{energy(bodies, pairs):.9f}")


main()
