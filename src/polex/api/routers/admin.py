"""Administration: organisations and users (no record content)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from polex.access.principal import Principal
from polex.access.roles import Role
from polex.api.deps import CurrentHub, require_role

router = APIRouter(prefix="/api/v1", tags=["administration"])


class UserIn(BaseModel):
    username: Annotated[str, Field(min_length=2, max_length=100, pattern=r"^[\w.@-]+$")]
    org: Annotated[str, Field(min_length=3, max_length=8)]
    role: Role
    password: Annotated[str | None, Field(min_length=10, max_length=200)] = None


@router.get("/orgs", dependencies=[require_role(*Role)])
def list_orgs(hub: CurrentHub) -> list[dict[str, Any]]:
    """Every organisation: the member bureaus and the hub."""
    return hub.orgs()


@router.post("/users", status_code=201)
def add_user(hub: CurrentHub, body: UserIn,
             admin: Annotated[Principal, require_role(Role.admin)]) -> dict[str, Any]:
    """Create a user of an organisation in a role (administrators only)."""
    user_id = hub.add_user(body.username, body.org.upper(), body.role, body.password,
                           by=admin)
    return {"id": user_id, "username": body.username, "org": body.org.upper(),
            "role": body.role}
