"""The sharing matrix the access tests run over: each mode, and who it admits."""

from __future__ import annotations

SHARING = {
    "all": {"mode": "all"},
    "only_deu": {"mode": "only", "countries": ["DEU"]},
    "except_deu": {"mode": "except", "countries": ["DEU"]},
    "frontline_off": {"mode": "all", "frontline": False},
}


def admits(sharing: str, org: str, role: str) -> bool:
    """Whether a FRA person or document shared as ``sharing`` may reach ``org``'s ``role``,
    written out case by case (the gate's rule, independently)."""
    if role in {"imagery", "admin", "auditor"}:
        return False
    if sharing == "frontline_off" and role == "frontline":
        return False
    if sharing == "only_deu":
        return org == "DEU"
    if sharing == "except_deu":
        return org != "DEU"
    return True
