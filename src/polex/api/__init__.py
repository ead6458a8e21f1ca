"""The HTTP API: the app factory, one router per capability, one error shape.

Routers translate HTTP to service calls on :class:`polex.hub.Hub` and back; they never
touch the store (a test enforces it). Imports everything below it; nothing imports it
but ``polex.cli``.
"""

from polex.api.app import create_app

__all__ = ["create_app"]
