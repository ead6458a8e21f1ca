"""polex: an international police information exchange.

Packages, lowest layer first (a package imports only from layers below it):

- ``model``, ``normalize``: the canonical records and pure normalisation functions
- ``store``, ``access``: persistence (SQLite or PostgreSQL), identities, the policy gate, audit
- ``search``, ``ingest``, ``exchange``, ``messaging``, ``analytics``, ``images``: capabilities
- ``api``, ``web``, ``cli``: the ways in for people and systems
"""

__version__ = "0.1.0"
