"""Creating and editing records through forms; errors come back next to their fields."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from polex.access.principal import Principal
from polex.access.roles import RECORD_WRITERS
from polex.errors import AccessDenied, Conflict, FieldError, InvalidInput, PolexError
from polex.model import RecordStatus, SharingMode
from polex.model.objects import DocumentStatus, DocumentType
from polex.model.person import NameType, NoticeType
from polex.web import display, forms
from polex.web.pages import PURPOSE, role_page
from polex.web.render import ConsoleRoute, redirect, render
from polex.web.session import Console, FormData, hub_of

__all__ = ["router"]

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

OPTIONS = {
    "name_types": [t.value for t in NameType],
    "notice_types": [t.value for t in NoticeType],
    "sexes": [("", "Unknown"), ("M", "Male"), ("F", "Female"), ("X", "Unspecified (X)")],
    "document_types": [t.value for t in DocumentType],
    "document_statuses": [t.value for t in DocumentStatus],
    "record_statuses": [s.value for s in RecordStatus],
    "sharing_modes": [(SharingMode.all.value, "All member countries"),
                      (SharingMode.only.value, "Only the countries listed"),
                      (SharingMode.except_.value, "All except the countries listed")],
}


def _writer(principal: Principal) -> None:
    if principal.role not in RECORD_WRITERS:
        raise AccessDenied(f"The {principal.role} role may not create or change records")


def _form_page(request: Request, principal: Principal, kind: str, values: dict[str, str], *,
               record_id: str | None = None, errors: dict[str, list[str]] | None = None,
               conflict: str | None = None, status_code: int = 200,
               spare_rows: bool = False) -> Response:
    return render(request, "form.html", {
        "principal": principal, "kind": kind, "values": values, "errors": errors or {},
        "rows": forms.row_counts(values, spare=spare_rows), "record_id": record_id,
        "conflict": conflict, "friendly": kind in forms.FRIENDLY_KINDS,
        "field_help": display.field_help(kind, exclude=forms.FRIENDLY.get(kind, ())),
        **OPTIONS,
    }, status_code)


@router.get("/records/new")
def new_record(request: Request, principal: Console,
               kind: Annotated[str, Query(max_length=30)] = "") -> Response:
    """A blank form for a record of ``kind`` (or the choice of kinds)."""
    if page := role_page(request, principal):
        return page
    _writer(principal)
    if kind not in display.KIND_LABELS:
        return render(request, "choose_kind.html", {"principal": principal})
    return _form_page(request, principal, kind, forms.new_values(kind), spare_rows=True)


@router.post("/records/new")
def create_record(request: Request, principal: Console, form: FormData) -> Response:
    """Create a record from the form; the form again, with the errors, if it is not valid."""
    if page := role_page(request, principal):
        return page
    _writer(principal)
    kind = form.get("kind", "")
    if kind not in display.KIND_LABELS:
        return redirect("/records/new")
    if form.get("more"):
        return _form_page(request, principal, kind, forms.add_row(form, form["more"]))
    hub, parsed = hub_of(request), None
    try:
        parsed = forms.parse_form(kind, form)
        _refuse_reused_source(request, principal, parsed.data.get("source_id"))
        result = hub.records.put(principal, parsed.data, purpose=PURPOSE)
    except PolexError as exc:
        return _form_page(request, principal, kind, form, errors=forms.error_slots(
            kind, exc, parsed), status_code=exc.status)
    return _saved(request, principal, result.record, result.warnings)


def _refuse_reused_source(request: Request, principal: Principal, source_id: Any) -> None:
    # A put with a source_id already in use would overwrite that record: not from "New".
    if not isinstance(source_id, str):
        return
    page = hub_of(request).records.list(principal, owner=principal.org, source_id=source_id,
                                        limit=1, purpose=PURPOSE)
    if page.items:
        raise Conflict("That reference is already in use", [FieldError(
            "source_id", f"your record {page.items[0]['id']} already has this reference; "
            "edit that record instead, or choose another reference")])


@router.get("/records/{record_id}/edit")
def edit_record(request: Request, principal: Console, record_id: str) -> Response:
    """The form for one of your records, filled in with what is stored."""
    if page := role_page(request, principal):
        return page
    _writer(principal)
    record = hub_of(request).records.get(principal, record_id, purpose=PURPOSE)
    if record["owner"] != principal.org:
        raise AccessDenied(f"Only its owner ({record['owner']}) can change this record")
    values = {**forms.form_values(record), "version": str(record["version"])}
    return _form_page(request, principal, record["kind"], values, record_id=record_id,
                      spare_rows=True)


@router.post("/records/{record_id}/edit")
def update_record(request: Request, principal: Console, record_id: str, form: FormData
                  ) -> Response:
    """Save a changed record at the version the form was made from (409 if it moved on)."""
    if page := role_page(request, principal):
        return page
    _writer(principal)
    kind = form.get("kind", "")
    if kind not in display.KIND_LABELS:
        raise InvalidInput.field("kind", "the form does not say which kind of record it is")
    if form.get("more"):
        return _form_page(request, principal, kind, forms.add_row(form, form["more"]),
                          record_id=record_id)
    parsed = None
    try:
        version = _version(form.get("version", ""))
        parsed = forms.parse_form(kind, form)
        result = hub_of(request).records.update(principal, record_id, parsed.data,
                                                version=version, purpose=PURPOSE)
    except Conflict as exc:
        if exc.errors:
            errors = forms.error_slots(kind, exc, parsed)
            return _form_page(request, principal, kind, form, record_id=record_id,
                              errors=errors, status_code=409)
        return _form_page(request, principal, kind, form, record_id=record_id,
                          conflict=exc.detail, status_code=409)
    except InvalidInput as exc:
        return _form_page(request, principal, kind, form, record_id=record_id,
                          errors=forms.error_slots(kind, exc, parsed), status_code=exc.status)
    return _saved(request, principal, result.record, result.warnings)


def _version(text: str) -> int:
    if not text.strip().isdigit():
        raise InvalidInput.field("form", "the form has lost the record's version; open the "
                                 "record again")
    return int(text)


def _saved(request: Request, principal: Principal, record: dict[str, Any],
           warnings: list[str]) -> Response:
    if not warnings:
        return redirect(f"/records/{record['id']}?saved=1")
    # Warnings are not stored: show them now, on the record as saved.
    return render(request, "record.html", {
        "principal": principal, "record": record, "owned": True, "can_edit": True,
        "sharing_text": display.sharing_text(record.get("sharing"), owned=True),
        "other_fields": display.other_fields(record), "saved": True, "warnings": warnings,
    })
