"""Hit notifications: one per record and searcher within the window, written in one go."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select, update

from polex.hub import Hub
from polex.store.engine import write
from polex.store.notifications import Notice, add_unless_recent, for_owner
from polex.store.schema import notifications

DAY = timedelta(hours=24)


def _notice(record_id: str, user: str = "deu-frontline", score: float = 0.9) -> Notice:
    return Notice(owner="FRA", record_id=record_id, searcher_org="DEU", searcher_user=user,
                  post="Frankfurt airport", score=score, matched={"fields": ["names"]})


def _add(engine: Engine, notices: list[Notice], window: timedelta = DAY) -> int:
    with write(engine) as conn, conn.begin():
        return add_unless_recent(conn, notices, window=window)


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(notifications)).scalar_one()


def test_a_record_hit_twice_in_one_manifest_is_notified_once(hub: Hub) -> None:
    assert _add(hub.engine, [_notice("R-1", score=0.9), _notice("R-1", score=0.8)]) == 1
    with hub.engine.connect() as conn:
        (only,) = for_owner(conn, "FRA")
    assert (only["record_id"], only["score"], only["post"]) == ("R-1", 0.9, "Frankfurt airport")


def test_a_searcher_hitting_again_within_the_window_notifies_no_more(hub: Hub) -> None:
    _add(hub.engine, [_notice("R-1")])
    assert _add(hub.engine, [_notice("R-1"), _notice("R-2")]) == 1  # only R-2 is news
    assert _add(hub.engine, [_notice("R-1", user="deu-officer")]) == 1  # another searcher
    assert _count(hub.engine) == 3


def test_after_the_window_the_owner_is_told_again(hub: Hub) -> None:
    _add(hub.engine, [_notice("R-1")])
    with write(hub.engine) as conn, conn.begin():
        conn.execute(update(notifications).values(at=notifications.c.at - 2 * DAY))
    assert _add(hub.engine, [_notice("R-1")]) == 1


def test_a_long_manifest_is_looked_up_and_written_whole(hub: Hub) -> None:
    many = [_notice(f"R-{i}") for i in range(1200)]
    assert _add(hub.engine, many) == 1200
    assert _add(hub.engine, many) == 0
    assert _count(hub.engine) == 1200


def test_nothing_to_tell_writes_nothing(hub: Hub) -> None:
    assert _add(hub.engine, []) == 0 and _count(hub.engine) == 0


def test_a_notice_is_stored_as_the_other_readers_of_the_table_read_it(hub: Hub) -> None:
    """Written on the driver's cursor, read through SQLAlchemy: the same row either way."""
    before = datetime.now(UTC).replace(tzinfo=None)
    _add(hub.engine, [_notice("R-1", score=0.8125)])
    with hub.engine.connect() as conn:
        (row,) = conn.execute(select(notifications)).mappings().all()
    assert row["id"] >= 1 and row["read_at"] is None
    assert (row["owner"], row["record_id"], row["searcher_org"], row["searcher_user"],
            row["post"], row["score"]) == ("FRA", "R-1", "DEU", "deu-frontline",
                                          "Frankfurt airport", 0.8125)
    assert json.loads(row["matched"]) == {"fields": ["names"]}
    assert before <= row["at"] <= datetime.now(UTC).replace(tzinfo=None)
