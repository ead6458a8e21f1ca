"""The tables of the hub. Migrations (``store/migrations``) create exactly these."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

__all__ = [
    "audit_log", "meta", "metadata", "notifications", "orgs", "record_changes", "record_shares",
    "records", "search_forms", "search_key_counts", "search_keys", "tokens", "users",
]

metadata = MetaData()

orgs = Table(
    "orgs",
    metadata,
    Column("code", String(8), primary_key=True),  # ISO 3166-1 alpha-3, or HUB
    Column("name", String(200), nullable=False),
    Column("org_type", String(10), nullable=False),  # bureau | hub
    Column("active", Boolean, nullable=False, default=True),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("org", String(8), ForeignKey("orgs.code"), nullable=False),
    Column("role", String(20), nullable=False),
    Column("display_name", String(200)),
    Column("password_hash", String(200)),  # argon2id; null for token-only users
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
    # Wrong passwords in a row, and until when logins are refused (``access.logins``).
    Column("failed_logins", Integer, nullable=False, default=0, server_default="0"),
    Column("locked_until", DateTime),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", String(16), primary_key=True),  # public part, shown in listings
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # SHA-256 of the secret
    Column("label", String(100)),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("revoked_at", DateTime),
)

records = Table(
    "records",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("owner", String(8), ForeignKey("orgs.code"), nullable=False),
    Column("source_id", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("record_status", String(12), nullable=False),
    Column("review_date", Date),
    Column("legal_basis", Text),
    Column("sharing_mode", String(8), nullable=False),  # all | only | except
    Column("frontline", Boolean, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("body", Text, nullable=False),  # canonical JSON of the kind's fields
    UniqueConstraint("owner", "source_id", name="uq_records_owner_source"),
    Index("ix_records_owner_kind_updated", "owner", "kind", "updated_at"),
    Index("ix_records_kind_updated", "kind", "updated_at"),
    # Search checks its candidates' versions on every query, and the gate decides on the
    # envelopes of those not cached: each read from an index alone, without visiting the
    # rows (whose bodies are kilobytes). The gate's columns: records._GATE_COLUMNS.
    Index("ix_records_id_version", "id", "version"),
    Index("ix_records_gate", "id", "version", "kind", "owner", "record_status",
          "review_date", "sharing_mode", "frontline"),
)

# The countries named by an `only` or `except` restriction: one row each, so the gate's
# SQL filter is an indexed EXISTS, not a scan of JSON text.
record_shares = Table(
    "record_shares",
    metadata,
    Column("record_id", String(36), ForeignKey("records.id", ondelete="CASCADE"),
           primary_key=True),
    Column("country", String(8), primary_key=True),
    Index("ix_record_shares_country", "country", "record_id"),
)

# Which records changed (updated or deleted): each one's latest change, numbered in the
# order the changes committed. Written by triggers on records (migrations 0010, 0011),
# whatever wrote the record; read by each process's candidate cache
# (``access.lookup.CandidateCache``) to drop what changed. A row per record, not per change.
record_changes = Table(
    "record_changes",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Index("ix_record_changes_seq", "seq", unique=True),
    sqlite_with_rowid=False,
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(32), nullable=False),  # ISO 8601 UTC, hashed as text
    Column("org", String(8), nullable=False),
    Column("username", String(100), nullable=False),
    Column("role", String(20), nullable=False),
    Column("action", String(40), nullable=False),
    Column("purpose", String(500), nullable=False),
    Column("target", String(200), nullable=False),
    Column("query", Text, nullable=False),  # canonical JSON
    Column("result", Text, nullable=False),  # canonical JSON (ids returned)
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_audit_org_at", "org", "at"),
)

# Derived data (rebuilt by `polex index rebuild`): the candidate keys of every searchable
# record, and the precomputed form each is scored from. A key's rows are kept by date of
# birth (``born``: year × 10,000 + month × 100 + day: 19740512, 19740500 when the day is
# not known, 19740000 when only the year is, 0 when no date; a row per date when a record
# has several), so that a search can read a common key's holders born when its person was
# (in the months sought, or on the days sought), and tell which of them were.
search_keys = Table(
    "search_keys",
    metadata,
    Column("key", String(160), primary_key=True),
    Column("born", Integer, primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Index("ix_search_keys_record", "record_id"),
    sqlite_with_rowid=False,
)

# How many rows of ``search_keys`` each key has, kept with them in the same transactions:
# search weighs its keys by these counts, and counting a common key's rows (tens of
# thousands at a million persons) on every search that uses it was a third of a hit/no-hit
# check. Written under a lock of its own (``dialect.lock_for("key_counts")``), so that
# concurrent writers never deadlock on two keys taken in different orders.
search_key_counts = Table(
    "search_key_counts",
    metadata,
    Column("key", String(160), primary_key=True),
    Column("entries", Integer, nullable=False),
    sqlite_with_rowid=False,
)

search_forms = Table(
    "search_forms",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("form", Text, nullable=False),  # JSON: what the kind's comparison needs
    sqlite_with_rowid=False,
)

notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("owner", String(8), nullable=False),  # the bureau told: the record's owner
    Column("record_id", String(36), nullable=False),
    Column("searcher_org", String(8), nullable=False),
    Column("searcher_user", String(100), nullable=False),
    Column("post", String(100)),
    Column("at", DateTime, nullable=False),
    Column("score", Float, nullable=False),
    Column("matched", Text, nullable=False),  # JSON: the query and what agreed
    Column("read_at", DateTime),
    Index("ix_notifications_owner_at", "owner", "at"),
    Index("ix_notifications_dedup", "record_id", "searcher_user", "at"),
)

# Small facts about the store itself, by key (e.g. the search index's code version).
meta = Table(
    "meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)
