"""Search hits in plain language: the score, and what each field added or took away.

Pure functions over the hits ``hub.search`` returns; the search page's template shows
what they build. Person hits are explained field by field (names, date of birth, sex,
nationality) with the contribution of each, in log-odds, as words ("raises the score
strongly"); object hits (documents, vehicles, firearms, selectors) by how the identifier
and its country agree. Unknown explanation rows are shown as given, never dropped.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from polex.model.actions import frontline_action
from polex.search.person_v1 import ALGORITHM
from polex.web import display

__all__ = ["Effect", "FieldLine", "HitView", "effect", "hit_view", "percent", "read_as_text"]

READ_AS = {
    "mrz": "MRZ (machine-readable zone)",
    "vin": "VIN (vehicle identification number)",
    "document_number": "document, plate or serial number",
    "email": "e-mail address",
    "iban": "IBAN (bank account)",
    "crypto": "crypto-currency address",
    "ip": "IP address",
    "phone": "phone number",
    "name": "name (with a date of birth if one was typed)",
}

# How two name parts were found alike (polex.search.similarity), for an officer.
NAME_HOW = {
    "same": "identical",
    "spelling variant": "a known spelling variant",
    "equivalent name": "the same name in another language (Пётр, Peter, Pierre)",
    "initial": "an initial that fits",
    "typo": "a typing error apart (one or two letters)",
    "similar spelling": "similar spelling",
    "vowels differ": "sound alike: same consonants, vowels differ",
    "same consonants": "phonetic match: same consonant sounds",
    "same letters, vowels unwritten": "the same letters: the script writes no short vowels",
    "other spelling": "another reading of the name (a foreign or older transliteration)",
    "transcription": "the name as Russian transcribes it from its own language",
    "written as one": "the whole name compared as one word",
}

FIELD_LABELS = {
    "names": "Name", "birth_dates": "Date of birth", "sex": "Sex",
    "nationalities": "Nationality", "number": "Document number", "doc": "Document number",
    "vin": "VIN", "plate": "Number plate", "serial": "Serial number",
    "serial_number": "Serial number",
    "selector": "Selector", "issuing_country": "Issuing country",
}

_SEX = {"M": "male", "F": "female", "X": "unspecified"}


@dataclass
class Effect:
    """What a field did to the score: ``up``, ``down`` or ``none``, in words and figures."""

    direction: str
    words: str
    figure: str = ""


@dataclass
class FieldLine:
    """One field of the explanation: what was compared, how it came out, its effect."""

    label: str
    text: str
    effect: Effect
    parts: list[dict[str, str]] = field(default_factory=list)
    note: str = ""


@dataclass
class HitView:
    """A hit as the search page shows it."""

    record_id: str
    kind: str
    owner: str
    score: int  # whole per cent, rounded down: 69.6 % is not shown as a 70 % hit
    bar: int  # the score bar's width bucket, 0 to 100 by 5
    hit: bool
    action: str
    title: str
    reference: str
    facts: list[tuple[str, str]]
    lines: list[FieldLine]
    link: str | None


def percent(score: float) -> int:
    """A score in 0..1 as whole per cent, rounded down (never shown above the threshold)."""
    return max(0, min(100, math.floor(round(score * 100, 6))))


def bar_bucket(score: float) -> int:
    """The CSS width class of a score bar: the per cent rounded down to a multiple of 5."""
    return percent(score) // 5 * 5


def read_as_text(read_as: str | None) -> str:
    """How free text was read, in words."""
    return READ_AS.get(read_as or "", display.label(read_as) or "text")


def effect(contribution: float) -> Effect:
    """Words for a contribution in log-odds: its sign and a rough size."""
    size = abs(contribution)
    figure = f"{contribution:+.1f}" if size >= 0.05 else ""
    if size < 0.05:
        return Effect("none", "no effect on the score")
    strength = "strongly " if size >= 3 else "slightly " if size < 1 else ""
    if contribution > 0:
        return Effect("up", f"{strength}raises the score".strip(), figure)
    return Effect("down", f"{strength}lowers the score".strip(), figure)


def hit_view(hit: dict[str, Any], *, full_access: bool) -> HitView:
    """What the search page shows of one hit: full records for officers and analysts,
    the frontline hit view (reference, action, summary) for everyone else."""
    record = hit.get("record") or {}
    kind = hit.get("kind") or record.get("kind") or ""
    owner = hit.get("owner") or record.get("owner") or ""
    action = hit.get("action") or record.get("action") or ""
    if not action and full_access and record:
        # Officers see the whole record, not the frontline view that carries the action:
        # the same rule gives the same words.
        action = frontline_action(kind, owner, record)
    if full_access:
        title = display.headline(record) if record else hit.get("record_id", "")
        reference = record.get("source_id") or ""
        facts = _record_facts(kind, record)
    else:
        summary = record.get("summary") or {}
        title = _summary_title(kind, summary)
        reference = record.get("reference") or ""
        facts = _summary_facts(kind, summary)
    lines = (_person_lines(hit.get("explanation") or []) if kind == "person"
             else _object_lines(hit.get("explanation") or []))
    score = float(hit.get("score") or 0.0)
    record_id = hit.get("record_id") or record.get("id") or ""
    return HitView(
        record_id=record_id, kind=kind, owner=owner, score=percent(score),
        bar=bar_bucket(score), hit=bool(hit.get("hit")), action=action, title=title,
        reference=reference, facts=facts, lines=lines,
        link=f"/records/{record_id}" if full_access and record_id else None,
    )


# -- what the record is ------------------------------------------------------------------


def _record_facts(kind: str, record: dict[str, Any]) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = []
    if kind == "person":
        names = [n.get("full", "") for n in (record.get("names") or [])[1:]]
        if names:
            facts.append(("Also known as", ", ".join(names)))
        facts += [("Date of birth", ", ".join(record.get("birth_dates") or []) or "—"),
                  ("Sex", display.sex_text(record.get("sex"))),
                  ("Nationality", ", ".join(record.get("nationalities") or []) or "—")]
        notices = [display.label(n.get("type")) for n in record.get("notices") or []]
        if notices:
            facts.append(("Notices", ", ".join(notices)))
    elif kind == "travel_document":
        facts += [("Issued by", display.country(record.get("issuing_country")) or "—"),
                  ("Status", display.label(record.get("status")) or "—")]
        if record.get("holder_name"):
            facts.append(("Holder", record["holder_name"]))
    elif record.get("status"):
        facts.append(("Status", display.label(record["status"])))
    return facts


def _summary_title(kind: str, summary: dict[str, Any]) -> str:
    if kind == "person":
        return summary.get("name") or "Person"
    if kind == "travel_document":
        return " ".join(p for p in (display.label(summary.get("document_type")) or "Document",
                                    summary.get("number") or "") if p)
    if kind == "vehicle":
        plates = ", ".join(p.get("number", "") for p in summary.get("plates") or []
                           if isinstance(p, dict))
        bits = [summary.get("make"), summary.get("model"), summary.get("vin") or plates]
        return " ".join(str(b) for b in bits if b) or "Vehicle"
    if kind == "firearm":
        bits = [summary.get("make"), summary.get("model"), summary.get("serial_number")]
        return " ".join(str(b) for b in bits if b) or "Firearm"
    if kind == "artwork":
        return summary.get("title") or "Artwork"
    return display.KIND_LABELS.get(kind, display.label(kind))


def _summary_facts(kind: str, summary: dict[str, Any]) -> list[tuple[str, str]]:
    facts = []
    if kind == "person":
        facts.append(("Date of birth", ", ".join(summary.get("birth_dates") or []) or "—"))
        notices = [display.label(n) for n in summary.get("notices") or []]
        if notices:
            facts.append(("Notices", ", ".join(notices)))
    if summary.get("issuing_country"):
        facts.append(("Issued by", display.country(summary["issuing_country"])))
    if summary.get("status"):
        facts.append(("Status", display.label(summary["status"])))
    return facts


# -- persons -------------------------------------------------------------------------------


def _person_lines(rows: list[dict[str, Any]]) -> list[FieldLine]:
    by_feature = {row.get("feature"): row for row in rows if isinstance(row, dict)}
    known = {"name_similarity_feature", "name_extra_parts", "birth_date_match",
             "birth_date_mismatch", "sex_mismatch", "nationality_match",
             "nationality_mismatch"}
    lines = []
    if "name_similarity_feature" in by_feature:
        lines.append(_name_line(by_feature["name_similarity_feature"],
                                by_feature.get("name_extra_parts")))
    if {"birth_date_match", "birth_date_mismatch"} & by_feature.keys():
        lines.append(_date_line(by_feature.get("birth_date_match") or {},
                                by_feature.get("birth_date_mismatch") or {}))
    if "sex_mismatch" in by_feature:
        lines.append(_sex_line(by_feature["sex_mismatch"]))
    if {"nationality_match", "nationality_mismatch"} & by_feature.keys():
        lines.append(_nationality_line(by_feature.get("nationality_match") or {},
                                       by_feature.get("nationality_mismatch") or {}))
    lines += [_other_line(row) for row in rows
              if isinstance(row, dict) and row.get("feature") not in known
              and not (row.get("feature") in _SAID_ONLY_WHEN_COUNTED
                       and not row.get("contribution"))]
    return lines


# Features that only ever cost: a line saying that the names do not fall short says nothing.
_SAID_ONLY_WHEN_COUNTED = frozenset({"names_fall_short"})


def _contribution(*rows: dict[str, Any] | None) -> float:
    return sum(float(r.get("contribution") or 0.0) for r in rows if r)


def _latin_only(text: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN")
               for ch in text)


def _name_line(similar: dict[str, Any], extra: dict[str, Any] | None) -> FieldLine:
    asked, stored = similar.get("query") or "", similar.get("record") or ""
    asked_latin, stored_latin = similar.get("query_latin"), similar.get("record_latin")
    romanised = [f"“{text}” is read as “{latin}”"
                 for text, latin in ((asked, asked_latin), (stored, stored_latin))
                 if latin and not _latin_only(text)]
    alike = percent(float(similar.get("value") or 0.0))
    text = f"“{asked}” against the record's “{stored}”: {alike} % alike"
    parts = []
    for part in similar.get("parts") or []:
        how = part.get("how", "")
        words = NAME_HOW.get(how, how)
        if how == "same" and romanised:
            words = "identical once romanised"
        parts.append({"query": part.get("query", ""), "record": part.get("record", ""),
                      "how": words,
                      "similarity": f"{percent(float(part.get('similarity') or 0.0))} %"})
    unmatched = (extra or {}).get("unmatched") or []
    notes = []
    if romanised:
        notes.append("Different scripts, compared through their romanisation: "
                     + "; ".join(romanised) + ".")
    if unmatched:
        notes.append("Without a counterpart on the other side: " + ", ".join(unmatched)
                     + f" ({effect(_contribution(extra)).words}).")
    # The names set the starting point: the score they give alone, before the other fields.
    alone = _sigmoid(ALGORITHM.bias + _contribution(similar, extra))
    verdict = Effect("up" if alone >= 0.5 else "down",
                     f"on the names alone the score would be {percent(alone)} %")
    return FieldLine("Name", text, verdict, parts, " ".join(notes))


def _sigmoid(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(logit, 40.0), -40.0)))


def _date_line(match: dict[str, Any], mismatch: dict[str, Any]) -> FieldLine:
    total = _contribution(match, mismatch)
    if float(match.get("value") or 0.0) > 0:
        how = match.get("how") or "they agree"
        text = f"searched {match.get('query')}, the record has {match.get('record')}: {how}"
    elif float(mismatch.get("value") or 0.0) > 0:
        asked = ", ".join(mismatch.get("query") or [])
        stored = ", ".join(mismatch.get("record") or [])
        text = f"searched {asked}, the record has {stored}: they cannot be the same day"
    else:
        text = "not compared: " + (mismatch.get("how") or match.get("how")
                                   or "a date of birth is missing on one side")
    return FieldLine("Date of birth", text, effect(total))


def _sex_line(row: dict[str, Any]) -> FieldLine:
    asked, stored = row.get("query"), row.get("record")
    if float(row.get("value") or 0.0) > 0:
        text = (f"searched {_SEX.get(asked, asked)}, the record says "
                f"{_SEX.get(stored, stored)}: they differ")
    elif asked and stored:
        text = f"both {_SEX.get(asked, asked)}: agreeing sex is expected, so it adds nothing"
    else:
        text = "not compared: the sex is not given on one side"
    return FieldLine("Sex", text, effect(_contribution(row)))


def _nationality_line(match: dict[str, Any], mismatch: dict[str, Any]) -> FieldLine:
    total = _contribution(match, mismatch)
    common = match.get("common") or []
    if float(match.get("value") or 0.0) > 0 and common:
        text = "shared nationality: " + ", ".join(display.country(c) for c in common)
    elif float(mismatch.get("value") or 0.0) > 0:
        text = (f"searched {', '.join(mismatch.get('query') or [])}, the record has "
                f"{', '.join(mismatch.get('record') or [])}: none shared (a weak sign: "
                "people change and add nationalities)")
    else:
        text = "not compared: no nationality on one side"
    return FieldLine("Nationality", text, effect(total))


def _other_line(row: dict[str, Any]) -> FieldLine:
    shown = {k: v for k, v in row.items()
             if k not in ("field", "feature", "description", "weight", "contribution")}
    text = row.get("description") or display.label(row.get("feature"))
    return FieldLine(FIELD_LABELS.get(row.get("field", ""), display.label(row.get("field"))),
                     f"{text} ({display.value_text(shown)})",
                     effect(float(row.get("contribution") or 0.0)))


# -- objects -------------------------------------------------------------------------------


def _object_lines(rows: list[dict[str, Any]]) -> list[FieldLine]:
    lines = []
    for row in rows:
        if not isinstance(row, dict):
            continue
        name = row.get("field", "")
        label = FIELD_LABELS.get(name, display.label(name))
        agreement = row.get("agreement", "")
        if name == "issuing_country":
            if agreement == "identical":
                lines.append(FieldLine(label, f"{display.country(row.get('stored'))}: the same",
                                       Effect("none", "confirms the hit")))
            else:
                lines.append(FieldLine(
                    label, f"searched {display.country(row.get('asked'))}, the record has "
                    f"{display.country(row.get('stored'))}: different",
                    Effect("down", "halves the score", "× 0.5")))
            continue
        if agreement == "identical":
            lines.append(FieldLine(label, f"{row.get('stored') or row.get('value', '')}: "
                                          "identical", Effect("up", "exact match")))
        elif "asked" in row and "stored" in row:
            positions = row.get("positions") or []
            where = (f" (character{'s' if len(positions) > 1 else ''} "
                     f"{', '.join(str(p) for p in positions)})" if positions else "")
            lines.append(FieldLine(
                label, f"searched {row['asked']}, the record has {row['stored']}: "
                f"{agreement}{where}", Effect("down", "near match: slightly lowers the score",
                                              "90 %")))
        else:
            lines.append(_other_line(row))
    return lines
