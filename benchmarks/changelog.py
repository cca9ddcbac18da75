"""What the change log costs: staff writes with their log entries vs plain inserts.

Baseline: the same staff rows inserted with plain SQLAlchemy in one transaction each,
on the same kind of database file (WAL, synchronous=FULL), in the same run.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from benchmarks.common import measure, report
from core.changelog import verify_chain
from core.context import open_app
from core.ids import new_id
from core.roles import Mode, Role
from core.services.accounts import NewAccount, authenticate
from core.services.setup import setup_installation
from core.services.staff import StaffInput, StaffStatus, add_staff
from db.engine import WRITE_OPTIONS, make_engine, make_session_factory, sqlite_url
from db.migrate import upgrade
from db.models import Staff

WRITES = 300
CHAIN = 5_000


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="pantau-bench-") as folder:
        root = Path(folder)
        ctx = open_app(root / "office")
        setup_installation(ctx, Mode.OFFICE, "15.71.01.1001",
                           NewAccount("lurah", "Lurah", Role.HEAD, "bench12345"))
        actor = authenticate(ctx, "lurah", "bench12345")

        plain_engine = make_engine(sqlite_url(root / "plain.db"))
        upgrade(plain_engine)
        plain_sessions = make_session_factory(plain_engine)
        now = datetime.now(UTC)

        def plain(repeat: int) -> None:
            for number in range(WRITES):
                with plain_sessions() as session:
                    session.connection(execution_options=WRITE_OPTIONS)
                    session.add(Staff(id=new_id(), office_code="15.71.01.1001",
                                      origin_device="bench", rev=1, created_at=now,
                                      updated_at=now, name=f"Plain {repeat}-{number}",
                                      position="Staf", status="non-ASN",
                                      local_id=f"P{repeat}-{number}",
                                      active_from=date(2024, 1, 2)))
                    session.commit()

        def logged(repeat: int) -> None:
            for number in range(WRITES):
                with ctx.write(actor) as uow:
                    add_staff(uow, StaffInput(f"Logged {repeat}-{number}", "Staf",
                                              StaffStatus.NON_ASN,
                                              local_id=f"L{repeat}-{number}"))

        baseline = measure("plain insert, 1 transaction each", WRITES, plain)
        with_log = measure("add_staff + change-log entry, 1 tx each", WRITES, logged)

        def batch(repeat: int) -> None:
            with ctx.write(actor) as uow:
                for number in range(CHAIN // 3):
                    add_staff(uow, StaffInput(f"Batch {repeat}-{number}", "Staf",
                                              StaffStatus.NON_ASN,
                                              local_id=f"B{repeat}-{number}"))

        batched = measure("add_staff + log entry, all in 1 tx", CHAIN // 3, batch)
        with ctx.read() as session:
            entries = verify_chain(session, ctx.device.id).entries

        def verify(_repeat: int) -> None:
            with ctx.read() as session:
                assert verify_chain(session, ctx.device.id).ok

        verified = measure(f"verify_chain over {entries} entries", entries, verify)
        report("Change log (SQLite, WAL, synchronous=FULL)", baseline,
               [with_log, batched, verified])
        ctx.close()
        plain_engine.dispose()


