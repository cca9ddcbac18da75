"""The per-device change log: append-only, gap-free `seq`, SHA-256 hash chain.

Every create, update and delete of a synced row is written through `UnitOfWork`
(core.context), which calls `append_entry` in the same transaction as the row.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.canonical import GENESIS_HASH, canonical_json, sha256_hex
from db.engine import insert_or_ignore
from db.models import ChangeLogEntry, LogHead

OP_INSERT = "insert"
OP_UPDATE = "update"
OP_DELETE = "delete"


def entry_hash(device_id: str, seq: int, table_name: str, row_id: str, op: str,
               payload: dict[str, Any], rev: int, recorded_at: str, actor: str,
               prev_hash: str) -> str:
    """SHA-256 of the canonical JSON of one entry, chained by `prev_hash`."""
    return entry_hash_text(device_id, seq, table_name, row_id, op, canonical_json(payload),
                           rev, recorded_at, actor, prev_hash)


_text = json.encoder.encode_basestring  # what canonical_json (ensure_ascii=False) uses


def entry_hash_text(device_id: str, seq: int, table_name: str, row_id: str, op: str,
                    payload_json: str, rev: int, recorded_at: str, actor: str,
                    prev_hash: str) -> str:
    """`entry_hash` for a payload already in canonical JSON (the text the log stores):
    the same bytes as canonical_json of the whole entry, keys in sorted order."""
    return sha256_hex(
        f'{{"actor":{_text(actor)},"device_id":{_text(device_id)},"op":{_text(op)},'
        f'"payload":{payload_json},"prev_hash":{_text(prev_hash)},'
        f'"recorded_at":{_text(recorded_at)},"rev":{int(rev)},"row_id":{_text(row_id)},'
        f'"seq":{int(seq)},"table":{_text(table_name)}}}')


def lock_head(session: Session, device_id: str) -> LogHead:
    """The device's log head, locked for the rest of the transaction (FOR UPDATE on PostgreSQL;
    SQLite write transactions already hold the database lock from BEGIN IMMEDIATE).

    On PostgreSQL a missing head is first inserted with ON CONFLICT DO NOTHING: of two
    hub PCs importing a new device's first bundle at once, the second waits for the first
    to commit and then locks the head the first wrote (instead of a duplicate key)."""
    if session.get_bind().dialect.name == "postgresql":
        insert_or_ignore(session, LogHead,
                         {"device_id": device_id, "seq": 0, "hash": GENESIS_HASH})
    head = session.scalars(
        select(LogHead).where(LogHead.device_id == device_id).with_for_update()
    ).one_or_none()
    if head is None:
        head = LogHead(device_id=device_id, seq=0, hash=GENESIS_HASH)
        session.add(head)
    return head


def append_entry(session: Session, head: LogHead, table_name: str, row_id: str, op: str,
                 payload: dict[str, Any], rev: int, recorded_at: str,
                 actor: str) -> ChangeLogEntry:
    seq = head.seq + 1
    digest = entry_hash(head.device_id, seq, table_name, row_id, op, payload, rev,
                        recorded_at, actor, head.hash)
    entry = ChangeLogEntry(
        device_id=head.device_id, seq=seq, table_name=table_name, row_id=row_id, op=op,
        payload=canonical_json(payload), rev=rev, recorded_at=recorded_at, actor=actor,
        prev_hash=head.hash, hash=digest,
    )
    session.add(entry)
    head.seq = seq
    head.hash = digest
    return entry


@dataclass(frozen=True)
class ChainReport:
    device_id: str
    entries: int
    head_seq: int
    head_hash: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def iter_entries(session: Session, device_id: str, first: int = 1,
                 last: int | None = None) -> Iterator[ChangeLogEntry]:
    """A device's entries in seq order, streamed (never the whole log in memory)."""
    stmt = select(ChangeLogEntry).where(ChangeLogEntry.device_id == device_id,
                                        ChangeLogEntry.seq >= first)
    if last is not None:
        stmt = stmt.where(ChangeLogEntry.seq <= last)
    stmt = stmt.order_by(ChangeLogEntry.seq).execution_options(yield_per=1000)
    for entry in session.scalars(stmt):
        yield entry
        session.expunge(entry)


def verify_chain(session: Session, device_id: str) -> ChainReport:
    """Walk one device's log: seqs 1, 2, 3… with no gap, each hash recomputed and linked."""
    problems: list[str] = []
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for entry in iter_entries(session, device_id):
        count += 1
        if entry.seq != expected_seq:
            problems.append(f"seq {expected_seq} hilang (berikutnya {entry.seq})")
        if entry.prev_hash != prev_hash:
            problems.append(f"seq {entry.seq}: prev_hash tidak menyambung")
        recomputed = entry_hash(entry.device_id, entry.seq, entry.table_name, entry.row_id,
                                entry.op, json.loads(entry.payload), entry.rev,
                                entry.recorded_at, entry.actor, entry.prev_hash)
        if recomputed != entry.hash:
            problems.append(f"seq {entry.seq}: hash tidak cocok dengan isinya")
        prev_hash = entry.hash
        expected_seq = entry.seq + 1
        if len(problems) >= 20:
            break
    head = session.get(LogHead, device_id)
    head_seq = expected_seq - 1
    if head is not None and (head.seq != head_seq or head.hash != prev_hash):
        problems.append(f"kepala log (seq {head.seq}) tidak sama dengan entri terakhir "
                        f"(seq {head_seq})")
    return ChainReport(device_id, count, head_seq, prev_hash, tuple(problems))
