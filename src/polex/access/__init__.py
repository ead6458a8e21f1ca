"""Access: who is calling, what they may see and do, and the record of what they did.

Owns identities (organisations, users, tokens, passwords), roles, the one policy gate
that every read of record content passes (``gate``), the record service that applies it
on every path (``records``), and the hash-chained audit trail (``audit``). Imports
``store``, ``model``, ``normalize`` and ``errors``; never anything above.
"""

from polex.access.principal import Principal
from polex.access.roles import Role

__all__ = ["Principal", "Role"]
