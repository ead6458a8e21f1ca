"""Password hashing for console logins (argon2id, the OWASP-recommended default)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

__all__ = ["hash_password", "verify_password"]

_HASHER = PasswordHasher()
# Verified against when the user does not exist, so a wrong username takes as long as a
# wrong password and does not reveal which usernames exist.
_DUMMY = _HASHER.hash("polex-timing-equaliser")


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` with a random salt."""
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True if ``password`` matches; constant work whether or not a hash is stored."""
    try:
        return _HASHER.verify(stored_hash or _DUMMY, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False
