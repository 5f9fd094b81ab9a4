# _sha3 and _blake2 (hashlib's sha3_*, shake_*, blake2b/s): digests, sizes, parameters,
# copies, XOF lengths, and CPython's errors for bad arguments.
import _sha3, _blake2
s = _sha3.shake_128(b"abc")
for f in (lambda: s.digest(), lambda: s.digest(-1), lambda: s.hexdigest(), lambda: _blake2.blake2b(digest_size=0), lambda: _blake2.blake2b(digest_size=65), lambda: _blake2.blake2b(key=b"x"*65), lambda: _blake2.blake2b(salt=b"x"*17), lambda: _blake2.blake2b(person=b"x"*17), lambda: _blake2.blake2s(key=b"x"*33), lambda: _blake2.blake2b(fanout=256), lambda: _blake2.blake2b(depth=0), lambda: _blake2.blake2b(node_depth=256), lambda: _blake2.blake2b(inner_size=65), lambda: _blake2.blake2b("s"), lambda: _blake2.blake2b(b"", b"")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(s.digest(5).hex(), s.name, s.digest_size, s.block_size, type(s).__name__, type(s).__module__)
b = _blake2.blake2b(b"abc", digest_size=20, key=b"k", salt=b"s", person=b"p")
print(b.hexdigest(), b.name, b.digest_size, b.block_size, type(b).__name__, type(b).__module__)
print(_blake2.blake2s(b"abc").hexdigest(), _blake2.blake2b(b"abc", fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest()[:16])
for n in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    h = getattr(_sha3, n)(b"abc"); c = h.copy(); c.update(b"d")
    print(n, h.hexdigest()[:16], c.hexdigest()[:16], h.digest_size, h.block_size, h.name)
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2b.PERSON_SIZE, _blake2.blake2b.MAX_KEY_SIZE, _blake2.blake2b.MAX_DIGEST_SIZE, _blake2.blake2s.SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)
print(_sha3.shake_256(b"x").hexdigest(4), _sha3.shake_128().name, _sha3.shake_256().block_size)
import hashlib
print(hashlib.blake2b(b"x").hexdigest()[:10], hashlib.sha3_256(b"x").hexdigest()[:10], hashlib.new("sha3_512", b"y").hexdigest()[:10], hashlib.new("blake2s", b"z").hexdigest()[:10], sorted(hashlib.algorithms_available)[:3])
print(hashlib.sha3_224().hexdigest()[:12], hashlib.shake_128(b"").hexdigest(0) == "", len(hashlib.shake_256(b"q").digest(100)))
h = hashlib.blake2s(b"part1", key=b"secret", digest_size=16)
h2 = h.copy()
h.update(b"part2")
print(h.hexdigest(), h2.hexdigest(), h.digest_size)
print(type(_blake2.blake2b(b"abc", digest_size=8)).__name__, isinstance(hashlib.blake2b(), _blake2.blake2b))
for bad in (lambda: hashlib.sha3_256("text"), lambda: _sha3.sha3_256().update(5), lambda: _sha3.sha3_256().digest(3), lambda: hashlib.new("nope")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
