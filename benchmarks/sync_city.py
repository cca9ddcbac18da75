"""Sync at city scale: a synthetic Kota Jambi year through the hub's bundle import.

79 offices (68 kelurahan + 11 kecamatan), each its own device and key, 20 staff each,
and every working day (Mon–Fri) of 2026 one change of every staff row: about 414k
change-log entries in 79 signed bundles. The entries are generated directly (payloads
as `row_payload` makes them, hashes chained with `entry_hash`), not through the ORM.

Measured:
  * hub import of all bundles, in a fresh subprocess that also reports its peak RSS
    (Linux VmHWM, reset after logging in: the argon2 check alone takes 64 MB);
  * importing the same bundles again;
  * baseline: the same rows (staff/user rows inserted, then updated to their final
    revision; every change_log row; the log heads) with raw sqlite3.executemany into a
    fresh database of the same schema, WAL + synchronous=FULL, one transaction per office;
  * export of one office-year from a real office installation;
  * the same import into a hub on PostgreSQL (a scratch database on the server of
    $PANTAU_BENCH_PG_URL or $PANTAU_TEST_PG_URL), in the same run, and its ratio to the
    SQLite hub (issue 8: ≤ 2×), with the database's size after the year.

Targets (issue): import ≤ 15 s and ≤ 3× the baseline, re-import ≤ 1 s, export ≤ 1 s,
peak RSS during import ≤ 300 MB. Printed, never asserted.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, update

from benchmarks.common import Timing, measure, record_results, report
from core import __version__
from core.canonical import GENESIS_HASH, json_value, row_payload
from core.changelog import OP_INSERT, OP_UPDATE, entry_hash
from core.context import AppContext, open_app
from core.datadir import DataDir
from core.identity import DeviceKey
from core.ids import new_id
from core.roles import SYSTEM_USERNAME, Mode, Role
from core.services.accounts import NewAccount, authenticate
from core.services.offices import Level, load_registry
from core.services.setup import setup_installation
from core.sync.bundle import CHANGES, SUFFIX, BundleWriter, Manifest
from core.sync.export import export_bundle
from db.engine import make_engine, sqlite_url
from db.migrate import head_revision, upgrade
from db.models import ChangeLogEntry, LogHead, Staff, SyncDevice, User

YEAR = 2026
STAFF_PER_OFFICE = 20
PASSWORD = "bench12345"
HUB_CODE = "15.71"
EXPORT_OFFICE = "15.71.01.1001"  # Kelurahan Simpang IV Sipin
# Every entry is dated 2026; a hub clock after the year keeps the "future" check quiet.
NOW = datetime(YEAR + 1, 1, 4, 1, 30, tzinfo=UTC)
FAKE_PASSWORD_HASH = "$argon2id$v=19$m=65536,t=3,p=4$YmVuY2hzYWx0$YmVuY2hoYXNoYmVuY2hoYXNo"
_DATETIME_COLUMNS = ("created_at", "updated_at", "deleted_at")


def fixed_clock() -> datetime:
    return NOW


def working_days(year: int = YEAR) -> list[date]:
    day, days = date(year, 1, 1), []
    while day.year == year:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def city_offices() -> list[str]:
    return [e.code for e in load_registry() if e.level in (Level.KELURAHAN, Level.KECAMATAN)]


@dataclass(frozen=True)
class OfficeYear:
    """One device's synthetic year; `entries()` yields change_log records in seq order."""

    office_code: str
    device_id: str
    first_seq: int = 1
    prev_hash: str = GENESIS_HASH
    with_head_account: bool = True  # seq 1 = the first account, as setup writes it

    def entries(self) -> Iterator[dict[str, Any]]:
        days = working_days()
        seq, prev = self.first_seq, self.prev_hash

        def entry(table: str, payload: dict[str, Any], op: str, actor: str
                  ) -> dict[str, Any]:
            nonlocal seq, prev
            recorded = payload["updated_at"]
            digest = entry_hash(self.device_id, seq, table, payload["id"], op, payload,
                                payload["rev"], recorded, actor, prev)
            record = {"device_id": self.device_id, "seq": seq, "table": table,
                      "row_id": payload["id"], "op": op, "payload": payload,
                      "rev": payload["rev"], "recorded_at": recorded, "actor": actor,
                      "prev_hash": prev, "hash": digest}
            seq, prev = seq + 1, digest
            return record

        start = datetime.combine(days[0], datetime.min.time(), UTC) + timedelta(hours=1)
        if self.with_head_account:
            yield entry("user_account", row_payload(User(
                id=new_id(), office_code=self.office_code, origin_device=self.device_id,
                rev=1, created_at=start, updated_at=start, deleted_at=None, username="lurah",
                full_name="Akun Pertama", nip=None, role=Role.HEAD.value,
                password_hash=FAKE_PASSWORD_HASH, active=True)), OP_INSERT, SYSTEM_USERNAME)
        staff = []
        for number in range(STAFF_PER_OFFICE):
            when = start + timedelta(minutes=5, seconds=number)
            payload = row_payload(Staff(
                id=new_id(), office_code=self.office_code, origin_device=self.device_id,
                rev=1, created_at=when, updated_at=when, deleted_at=None, nip=None,
                local_id=f"P-{number:03d}", name=f"Pegawai {self.office_code} {number}",
                position="Staf", status="non-ASN", active_from=days[0], active_until=None))
            staff.append(payload)
            yield entry("staff", payload, OP_INSERT, "lurah")
        for day in days:
            base = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=2)
            for number, previous in enumerate(staff):
                when = json_value(base + timedelta(seconds=number))
                payload = {**previous, "rev": previous["rev"] + 1, "updated_at": when,
                           "position": f"Staf pelayanan, tugas {day.isoformat()}"}
                staff[number] = payload
                yield entry("staff", payload, OP_UPDATE, "operator")


@dataclass(frozen=True)
class OfficeDevice:
    office_code: str
    device_id: str
    public_key: str
    bundle: Path
    entries: int


def write_office_bundle(office_code: str, out_dir: Path) -> OfficeDevice:
    key = DeviceKey.generate()
    year = OfficeYear(office_code, new_id())
    path = out_dir / f"pantau-{office_code}-{year.device_id[:8]}{SUFFIX}"
    writer = BundleWriter(path)
    heads: list[str] = []

    def records() -> Iterator[dict[str, Any]]:
        for record in year.entries():
            heads[:] = [record["hash"]]
            yield record

    count = writer.write_lines(CHANGES, records())
    writer.finish(Manifest(
        kind=Mode.OFFICE.value, schema_version=head_revision(), app_version=__version__,
        device_id=year.device_id, mode=Mode.OFFICE.value, office_code=office_code,
        created_at=json_value(NOW), public_key=key.public_b64, files=(), seq_from=1,
        seq_to=count, prev_hash=GENESIS_HASH, head_hash=heads[0], entry_count=count), key)
    return OfficeDevice(office_code, year.device_id, key.public_b64, path, count)


def make_hub(root: Path, devices: list[OfficeDevice], database_url: str | None = None) -> Path:
    """A set-up hub installation with every office device already approved (on its SQLite
    file, or on the PostgreSQL database `database_url`, named in its settings file)."""
    if database_url:
        DataDir(root).write_config(database_url=database_url)
    ctx = open_app(root, clock=fixed_clock)
    setup_installation(ctx, Mode.HUB, HUB_CODE,
                       NewAccount("admin", "Admin Kota", Role.ADMIN, PASSWORD))
    with ctx.raw_write() as session:
        session.add_all(SyncDevice(
            device_id=d.device_id, office_code=d.office_code, mode=Mode.OFFICE.value,
            public_key=d.public_key, status="approved", first_seen_at=NOW,
            approved_by="admin", approved_at=NOW) for d in devices)
    ctx.close()
    return root


def _max_rss_mb() -> float:
    """Peak RSS of this process. Linux: VmHWM, because ru_maxrss of a child also carries
    the RSS its parent had when it forked (kept across exec); else ru_maxrss."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def _reset_peak_rss() -> bool:
    """Linux: start the peak-RSS mark again from the current RSS (so logging in, whose
    argon2 check takes 64 MB, does not hide the import's own peak)."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def import_worker(hub_dir: Path, bundles: Path) -> dict[str, Any]:
    """Runs in a fresh interpreter so its peak RSS is the import's own."""
    from sqlalchemy import func, select

    from core.sync.importer import APPLIED, PRESENT, import_bundles

    ctx = open_app(hub_dir, clock=fixed_clock)
    actor = authenticate(ctx, "admin", PASSWORD)
    peak_reset = _reset_peak_rss()
    rss_before = _max_rss_mb()
    start = time.perf_counter()
    first = import_bundles(ctx, actor, [bundles])
    import_s = time.perf_counter() - start
    rss_peak = _max_rss_mb()
    start = time.perf_counter()
    again = import_bundles(ctx, actor, [bundles])
    reimport_s = time.perf_counter() - start
    with ctx.read() as session:
        staff = session.scalar(select(func.count()).select_from(Staff))
        log = session.scalar(select(func.count()).select_from(ChangeLogEntry))
    ctx.close()
    return {
        "import_s": import_s, "reimport_s": reimport_s, "rss_before_mb": rss_before,
        "rss_peak_mb": rss_peak, "peak_reset": peak_reset,
        "applied": sum(r.result == APPLIED for r in first),
        "present": sum(r.result == PRESENT for r in again),
        "problems": [f"{r.file.name}: {r.result} {r.reason}" for r in first + again
                     if not r.ok][:5],
        "staff_rows": staff, "log_rows": log,
    }


PG_ENV = ("PANTAU_BENCH_PG_URL", "PANTAU_TEST_PG_URL")


@contextmanager
def scratch_pg_database() -> Iterator[str | None]:
    """A new, empty PostgreSQL database on the server of $PANTAU_BENCH_PG_URL (or
    $PANTAU_TEST_PG_URL), dropped afterwards; None when neither is set or it is down."""
    import os
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    base = next((os.environ[name] for name in PG_ENV if os.environ.get(name)), None)
    if base is None:
        yield None
        return
    url = make_url(base)
    name = f"pantau_bench_{uuid.uuid4().hex[:10]}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        print(f"  PostgreSQL not reachable ({exc}); its import is not measured")
        yield None
        return
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_import(hub_dir: Path, bundles: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.sync_city", "--import-worker", str(hub_dir),
         str(bundles)], capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise RuntimeError(f"import worker failed (exit {done.returncode})")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def check_worker(worker: dict[str, Any], offices: int, entries: int) -> None:
    if worker["problems"] or worker["applied"] != offices or worker["log_rows"] < entries:
        print(f"  WARNING: import incomplete: {worker}")


def pg_database_bytes(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.exec_driver_sql(
                "SELECT pg_database_size(current_database())").scalar_one())
    finally:
        engine.dispose()


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def _sqlite_value(key: str, value: Any) -> Any:
    if key in _DATETIME_COLUMNS and value is not None:  # as SQLAlchemy stores UTCDateTime
        return datetime.fromisoformat(value).replace(tzinfo=None).isoformat(" ", "microseconds")
    return value


def sqlite_baseline(path: Path, bundles: list[Path]) -> float:
    """Seconds spent in executemany + commit only; reading the bundles is not timed."""
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    engine.dispose()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    log_columns = _columns(db, "change_log")
    row_columns = {t: _columns(db, t) for t in ("staff", "user_account")}
    log_sql = (f"INSERT INTO change_log ({', '.join(log_columns)}) "
               f"VALUES ({', '.join('?' * len(log_columns))})")
    total = 0.0
    for bundle in bundles:
        log_rows: list[tuple[Any, ...]] = []
        first: dict[str, dict[str, dict[str, Any]]] = {"staff": {}, "user_account": {}}
        last: dict[str, dict[str, dict[str, Any]]] = {"staff": {}, "user_account": {}}
        with zipfile.ZipFile(bundle) as archive, archive.open(CHANGES) as member:
            for line in member:
                e = json.loads(line)
                first[e["table"]].setdefault(e["row_id"], e["payload"])
                last[e["table"]][e["row_id"]] = e["payload"]
                values = {**e, "table_name": e["table"],
                          "payload": json.dumps(e["payload"], sort_keys=True,
                                                separators=(",", ":"), ensure_ascii=False)}
                log_rows.append(tuple(values[c] for c in log_columns))
        statements: list[tuple[str, list[tuple[Any, ...]]]] = []
        for table, columns in row_columns.items():
            statements.append((
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                [tuple(_sqlite_value(c, p[c]) for c in columns)
                 for p in first[table].values()]))
            setters = [c for c in columns if c != "id"]
            statements.append((
                f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in setters)} WHERE id = ?",
                [(*(_sqlite_value(c, p[c]) for c in setters), p["id"])
                 for p in last[table].values()]))
        statements.append((log_sql, log_rows))
        statements.append(("INSERT INTO log_head (device_id, seq, hash) VALUES (?, ?, ?)",
                           [(e["device_id"], e["seq"], e["hash"])]))
        start = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        for sql, rows in statements:
            db.executemany(sql, rows)
        db.execute("COMMIT")
        total += time.perf_counter() - start
    db.close()
    return total


def make_export_office(root: Path) -> tuple[AppContext, int]:
    """A real office installation holding one office-year in its change log."""
    ctx = open_app(root, clock=fixed_clock)
    setup_installation(ctx, Mode.OFFICE, EXPORT_OFFICE,
                       NewAccount("lurah", "Lurah", Role.HEAD, PASSWORD))
    device = ctx.device.id
    with ctx.read() as session:
        head = session.get(LogHead, device)
        assert head is not None
        year = OfficeYear(EXPORT_OFFICE, device, head.seq + 1, head.hash,
                          with_head_account=False)
    final: dict[str, dict[str, Any]] = {}
    log: list[dict[str, Any]] = []
    for e in year.entries():
        final[e["row_id"]] = e["payload"]
        log.append({"device_id": e["device_id"], "seq": e["seq"], "table_name": e["table"],
                    "row_id": e["row_id"], "op": e["op"], "payload": json.dumps(
                        e["payload"], sort_keys=True, separators=(",", ":"),
                        ensure_ascii=False), "rev": e["rev"], "recorded_at": e["recorded_at"],
                    "actor": e["actor"], "prev_hash": e["prev_hash"], "hash": e["hash"]})
    from core.sync.tables import row_values

    with ctx.engine.begin() as connection:
        connection.execute(insert(Staff), [row_values("staff", p) for p in final.values()])
        connection.execute(insert(ChangeLogEntry), log)
        connection.execute(update(LogHead).where(LogHead.device_id == device).values(
            seq=log[-1]["seq"], hash=log[-1]["hash"]))
    return ctx, log[-1]["seq"]


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="pantau-bench-city-") as folder:
        root = Path(folder)
        bundles_dir = root / "usb"
        start = time.perf_counter()
        devices = [write_office_bundle(code, bundles_dir) for code in city_offices()]
        entries = sum(d.entries for d in devices)
        generated_s = time.perf_counter() - start
        size_mb = sum(d.bundle.stat().st_size for d in devices) / 2**20
        print(f"\nSync, city scale: {len(devices)} offices × {STAFF_PER_OFFICE} staff × "
              f"{len(working_days())} working days = {entries:,} entries in "
              f"{len(devices)} bundles ({size_mb:.1f} MB), generated in {generated_s:.1f} s")

        baseline_s = sqlite_baseline(root / "plain.db", [d.bundle for d in devices])
        hub = make_hub(root / "hub", devices)
        worker = run_import(hub, bundles_dir)
        check_worker(worker, len(devices), entries)
        with scratch_pg_database() as pg_url:
            pg = None
            if pg_url:
                pg = run_import(make_hub(root / "pg-hub", devices, pg_url), bundles_dir)
                check_worker(pg, len(devices), entries)
                pg["bytes"] = pg_database_bytes(pg_url)

        office, last_seq = make_export_office(root / "office")
        actor = authenticate(office, "lurah", PASSWORD)

        def export(repeat: int) -> None:
            result = export_bundle(office, actor, root / f"export-{repeat}", full=True)
            assert result.path is not None and result.preview.seq_to == last_seq

        exported = measure("export_bundle, one office-year", last_seq, export)
        office.close()

        report("Sync at city scale (SQLite hub, WAL, synchronous=FULL)",
               Timing("sqlite3.executemany, same rows, 1 tx/office", baseline_s, entries),
               [Timing("import_bundles, all offices", worker["import_s"], entries),
                Timing("import_bundles again (all present)", worker["reimport_s"], entries),
                exported])
        ratio = worker["import_s"] / baseline_s
        import_rss = worker["rss_peak_mb"] - worker["rss_before_mb"]
        print(f"  import {worker['import_s']:.2f} s (target ≤ 15 s), {ratio:.2f}× sqlite3 "
              f"(target ≤ 3×); re-import {worker['reimport_s']:.2f} s (target ≤ 1 s); "
              f"export {exported.seconds:.2f} s for {last_seq:,} entries (target ≤ 1 s)")
        before = "RSS" if worker["peak_reset"] else "peak RSS (not resettable here)"
        print(f"  import process peak RSS {worker['rss_peak_mb']:.0f} MB (target ≤ 300 MB); "
              f"{before} {worker['rss_before_mb']:.0f} MB just before the import, "
              f"+{import_rss:.0f} MB during it")
        print(f"  hub holds {worker['staff_rows']:,} staff rows, {worker['log_rows']:,} log "
              f"entries; {worker['applied']} bundles applied, then {worker['present']} present")
        sqlite_bytes = (root / "hub" / "pantau.db").stat().st_size
        print(f"  SQLite hub file {sqlite_bytes / 2**20:.0f} MB after the year")
        if pg is not None:
            pg_ratio = pg["import_s"] / worker["import_s"]
            print(f"  PostgreSQL hub (same bundles, same run): import {pg['import_s']:.2f} s "
                  f"= {entries / pg['import_s']:,.0f} entries/s, {pg_ratio:.2f}× the SQLite "
                  f"hub's {worker['import_s']:.2f} s (target ≤ 2×); re-import "
                  f"{pg['reimport_s']:.2f} s; database {pg['bytes'] / 2**20:.0f} MB; import "
                  f"process peak RSS {pg['rss_peak_mb']:.0f} MB")
            record_results({"pg_import_s": round(pg["import_s"], 3),
                            "pg_import_ratio_vs_sqlite_hub": round(pg_ratio, 2),
                            "pg_reimport_s": round(pg["reimport_s"], 3),
                            "pg_database_mb": round(pg["bytes"] / 2**20, 1)})
        record_results({
            "import_s": round(worker["import_s"], 3),
            "import_ratio_vs_sqlite": round(ratio, 2),
            "reimport_s": round(worker["reimport_s"], 3),
            "export_office_year_s": round(exported.seconds, 3),
            "import_peak_rss_mb": round(worker["rss_peak_mb"], 1),
            "entries": entries,
        })


if __name__ == "__main__":
    if sys.argv[1:2] == ["--import-worker"]:
        print(json.dumps(import_worker(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        run()
