"""What a frontline officer should do on a hit, by record kind, status and notice."""

from __future__ import annotations

from typing import Any

__all__ = ["frontline_action"]

_NOTICE_ACTIONS = {
    "wanted": "Detain: the person is wanted for arrest with a view to extradition",
    "imminent_threat": "Take protective measures: the person is an imminent threat",
    "warning": "Take care: the person is the subject of a warning",
    "missing": "Do not detain; ensure the person's safety and report the whereabouts",
    "identity_inquiry": "Establish and report the person's identity and whereabouts",
    "sanctions": "Apply the sanctions measures; report the encounter",
    "unidentified_body": "Report the encounter",
    "modus_operandi": "Report the encounter",
}
# Order of precedence when a person carries several notices: the most urgent first.
_NOTICE_ORDER = list(_NOTICE_ACTIONS)

_OBJECT_ACTIONS = {
    "travel_document": "Seize the document",
    "vehicle": "Seize the vehicle",
    "firearm": "Seize the firearm",
    "artwork": "Seize the object",
}


def frontline_action(kind: str, owner: str, body: dict[str, Any]) -> str:
    """The action for a hit, ending with the bureau to contact."""
    contact = f"contact bureau {owner}"
    if kind == "person":
        types = {n.get("type") for n in body.get("notices", [])}
        for notice_type in _NOTICE_ORDER:
            if notice_type in types:
                return f"{_NOTICE_ACTIONS[notice_type]}; {contact} at once"
        return f"Report the encounter; {contact}"
    if kind == "travel_document" and body.get("status") == "stolen_blank":
        return f"Seize the document (a stolen blank has no lawful holder); {contact} at once"
    action = _OBJECT_ACTIONS.get(kind)
    return f"{action}; {contact} at once" if action else f"Report the encounter; {contact}"
