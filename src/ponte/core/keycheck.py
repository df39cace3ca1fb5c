"""Refuse public keys that are unsafe to trust, wherever a key enters Ponte.

Ed25519 (RFC 8032 §5.1.3): the encoding must be canonical (``y < p``; ``x = 0`` only with the
sign bit clear) and the point must not have small order. A small-order key is worse than
useless: for the identity point ``01 00…00`` the constant signature ``01 00…00 ‖ 00…00``
verifies for *every* message in OpenSSL, so whoever registers it lets anyone sign as that
member. X25519 (RFC 7748 §6.1): a public value of small order makes every shared secret
zero, and a non-canonical one (high bit set, or ``u ≥ p``) gives one key two ids.

The Ed25519 check decodes the point in plain integers and multiplies it by the cofactor 8
(three doublings): a few hundred microseconds, paid once when a key enters (enrolment,
key registration, directory verification, provisioning, a key typed for inspection), not on
every signature.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ponte.core.errors import WeakKey

_P = 2**255 - 19
_D = (-121665 * pow(121666, _P - 2, _P)) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def _decode_ed25519(raw: bytes) -> tuple[int, int] | None:
    """The affine point ``raw`` encodes (RFC 8032 §5.1.3), or None if the encoding is not
    canonical or not on the curve."""
    if len(raw) != 32:
        return None
    n = int.from_bytes(raw, "little")
    sign, y = n >> 255, n & ((1 << 255) - 1)
    if y >= _P:
        return None
    u, v = (y * y - 1) % _P, (_D * y * y + 1) % _P
    x = u * pow(v, 3, _P) * pow(u * pow(v, 7, _P), (_P - 5) // 8, _P) % _P
    vx2 = v * x * x % _P
    if vx2 == (_P - u) % _P:
        x = x * _SQRT_M1 % _P
    elif vx2 != u:
        return None
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = _P - x
    return x, y


def _double(x: int, y: int, z: int) -> tuple[int, int, int]:
    """Projective doubling on -x² + y² = 1 + d·x²·y² (EFD dbl-2008-bbjlp), no inversion."""
    b, c, d = (x + y) ** 2 % _P, x * x % _P, y * y % _P
    f = (d - c) % _P
    j = (f - 2 * z * z) % _P
    return (b - c - d) * j % _P, f * (-c - d) % _P, f * j % _P


def check_ed25519(raw: bytes) -> bytes:
    """Return ``raw`` if it is a canonical Ed25519 public key of large order; else WeakKey."""
    point = _decode_ed25519(raw)
    if point is None:
        raise WeakKey("ed25519 encoding")
    x, y, z = point[0], point[1], 1
    for _ in range(3):  # times the cofactor: a small-order point becomes the identity
        x, y, z = _double(x, y, z)
    if x == 0 and y == z:
        raise WeakKey("ed25519 small order")
    return raw


def check_x25519(raw: bytes) -> bytes:
    """Return ``raw`` if it is a canonical X25519 public value of large order; else WeakKey."""
    if len(raw) != 32:
        raise WeakKey("x25519 length")
    if raw[31] & 0x80 or int.from_bytes(raw, "little") >= _P:
        raise WeakKey("x25519 encoding")
    try:  # every small-order value gives the all-zero secret, which OpenSSL refuses
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(raw))
    except ValueError as exc:
        raise WeakKey("x25519 small order") from exc
    return raw
