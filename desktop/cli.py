"""The `pantau` command. Without a subcommand it opens the window.

Qt is imported only by the commands that show widgets (the GUI, self-test, demo
screenshots), so `pantau verify-log` or `pantau db backup` run without Qt libraries.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from core import __version__
from core.datadir import DataDir, default_data_dir
from core.errors import PantauError
from core.instance import instance_lock

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.context import AppContext
    from core.roles import Actor
    from core.sync.importer import BundleResult


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="folder data Pantau (bawaan: folder data pengguna)")
    common.add_argument("--database-url", default=argparse.SUPPRESS,
                        help="URL database lain, mis. postgresql+psycopg://… (hub kota)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="pantau", parents=[common],
        description="Pantau: pemantauan kantor pelayanan publik (Pemerintah Kota Jambi).")
    parser.add_argument("--version", action="version", version=f"Pantau {__version__}")
    parser.add_argument("--lang", choices=("id", "en"), default="id",
                        help="bahasa tampilan (bawaan: id)")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

    commands.add_parser("self-test", parents=[common],
                        help="uji diri: folder sementara, migrasi, jendela utama tanpa layar")
    commands.add_parser("verify-log", parents=[common],
                        help="periksa rantai hash log perubahan; cetak seq dan hash kepala")
    db = commands.add_parser("db", parents=[common], help="cadangan dan pemeriksaan database")
    db_commands = db.add_subparsers(dest="db_command", metavar="TINDAKAN", required=True)
    db_commands.add_parser("backup", parents=[common], help="buat cadangan sekarang")
    db_commands.add_parser("check", parents=[common],
                           help="periksa integritas dan versi skema (tanpa mengubah)")
    db_commands.add_parser("upgrade", parents=[common],
                           help="perbarui skema (cadangan dibuat lebih dulu)")
    restore = db_commands.add_parser("restore", parents=[common],
                                     help="pulihkan dari berkas cadangan")
    restore.add_argument("backup", type=Path, help="berkas cadangan (folder backups/)")
    export = commands.add_parser("export", parents=[common],
                                 help="ekspor bundle perubahan untuk kota (flashdisk/folder)")
    export.add_argument("--out", type=Path, required=True, help="folder tujuan")
    export.add_argument("--full", action="store_true",
                        help="seluruh log, bukan hanya yang belum diterima kota")
    export.add_argument("--user", required=True, help="nama pengguna yang mengekspor")
    import_ = commands.add_parser("import", parents=[common],
                                  help="impor bundle (berkas atau folder, urutan bebas)")
    import_.add_argument("paths", type=Path, nargs="+", metavar="BERKAS_ATAU_FOLDER")
    import_.add_argument("--dry-run", action="store_true",
                         help="tampilkan hasilnya tanpa menyimpan apa pun")
    import_.add_argument("--user", required=True, help="nama pengguna yang mengimpor")
    import_.add_argument("--trust-city", metavar="SIDIK_KUNCI",
                         help="kantor: sematkan kunci kota dengan sidik ini (bundle referensi "
                              "pertama; bandingkan dengan admin kota)")
    reference = commands.add_parser("reference", parents=[common],
                                    help="kota: buat bundle referensi atau berkas penyiapan")
    reference.add_argument("--office", required=True, nargs="+", metavar="KODE",
                           help="kode kantor tujuan (boleh beberapa)")
    reference.add_argument("--out", type=Path, required=True, help="folder tujuan")
    reference.add_argument("--setup", choices=("office", "inspector"),
                           help="buat berkas penyiapan untuk pemasangan baru dengan mode ini")
    reference.add_argument("--user", required=True, help="nama pengguna admin kota")
    setup = commands.add_parser("setup", parents=[common],
                                help="siapkan pemasangan baru dari berkas penyiapan kota")
    setup.add_argument("--from", dest="source", type=Path, required=True,
                       help="berkas penyiapan (.pantau) dari kota")
    setup.add_argument("--trust-city", metavar="SIDIK_KUNCI", required=True,
                       help="sidik kunci kota, dibacakan oleh admin kota")
    devices = commands.add_parser("devices", parents=[common],
                                  help="perangkat pengirim bundle; setujui perangkat baru")
    devices.add_argument("--approve", metavar="ID_PERANGKAT",
                         help="setujui perangkat ini (bandingkan sidik kuncinya dulu)")
    devices.add_argument("--user", help="nama pengguna (wajib untuk --approve)")
    report = commands.add_parser("report", parents=[common],
                                 help="buat laporan PDF (dan Excel) dari data di folder ini")
    reports = report.add_subparsers(dest="report_command", metavar="LAPORAN", required=True)
    monthly = reports.add_parser("monthly", parents=[common],
                                 help="laporan bulanan kepatuhan kantor (jam layanan, "
                                      "absensi, layanan, koreksi)")
    monthly.add_argument("--office", metavar="KODE",
                         help="kode kantor (bawaan: kantor pemasangan ini)")
    monthly.add_argument("--month", required=True, metavar="TTTT-BB",
                         help="bulan laporan, mis. 2026-11")
    monthly.add_argument("--out", type=Path, required=True, metavar="BERKAS.pdf",
                         help="berkas PDF tujuan")
    monthly.add_argument("--xlsx", type=Path, metavar="BERKAS.xlsx",
                         help="juga tulis tabel yang sama sebagai berkas Excel")
    sidak = reports.add_parser("sidak", parents=[common],
                               help="berita acara sidak (PDF) dengan foto, tanda tangan dan "
                                    "perubahan setelah ditandatangani")
    sidak.add_argument("--id", required=True, metavar="ID",
                       help="id sidak, nomor berita acaranya (mis. 001/BA-SIDAK/…) atau "
                            "nomor urutnya seperti di daftar Sidak (mis. 002)")
    sidak.add_argument("--out", type=Path, required=True, metavar="BERKAS.pdf",
                       help="berkas PDF tujuan")
    pk = reports.add_parser("pk", parents=[common],
                            help="laporan capaian perjanjian kinerja (PK) satu kantor per tahun")
    pk.add_argument("--office", metavar="KODE",
                    help="kode kantor (bawaan: kantor pemasangan ini)")
    pk.add_argument("--year", required=True, type=int, metavar="TTTT",
                    help="tahun perjanjian kinerja, mis. 2026")
    pk.add_argument("--out", type=Path, required=True, metavar="BERKAS.pdf",
                    help="berkas PDF tujuan")
    innovation = reports.add_parser("innovation", parents=[common],
                                    help="profil satu inovasi (PDF) dengan status, catatan "
                                         "kota dan daftar berkas bukti")
    which = innovation.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", metavar="ID",
                       help="id inovasi, namanya seperti di halaman Inovasi, atau bagian nama "
                            "yang hanya dimiliki satu inovasi")
    which.add_argument("--list", action="store_true",
                       help="tampilkan semua inovasi di data ini dengan id-nya")
    innovation.add_argument("--out", type=Path, metavar="BERKAS.pdf",
                            help="berkas PDF tujuan (wajib dengan --id)")
    innovation_risk = reports.add_parser(
        "innovation-risk", parents=[common],
        help="kota: daftar kantor berisiko belum memiliki inovasi sebelum batas waktu")
    innovation_risk.add_argument("--out", type=Path, required=True, metavar="BERKAS.pdf",
                                 help="berkas PDF tujuan")
    innovation_risk.add_argument("--xlsx", type=Path, metavar="BERKAS.xlsx",
                                 help="juga tulis pelacak semua kantor sebagai berkas Excel")
    recap = reports.add_parser("recap", parents=[common],
                               help="kota: rekap bulanan semua kantor untuk wali kota (PDF)")
    recap.add_argument("--month", required=True, metavar="TTTT-BB",
                       help="bulan rekap, mis. 2026-11")
    recap.add_argument("--out", type=Path, required=True, metavar="BERKAS.pdf",
                       help="berkas PDF tujuan")
    dashboard = reports.add_parser("dashboard", parents=[common],
                                   help="kota: beranda semua kantor satu bulan sebagai Excel")
    dashboard.add_argument("--month", required=True, metavar="TTTT-BB",
                           help="bulan, mis. 2026-11")
    dashboard.add_argument("--out", type=Path, required=True, metavar="BERKAS.xlsx",
                           help="berkas Excel tujuan")
    dashboard.add_argument("--kecamatan", metavar="KODE",
                           help="hanya kantor satu kecamatan (kode, mis. 15.71.01)")
    discrepancies = reports.add_parser(
        "discrepancies", parents=[common],
        help="kota: ketidaksesuaian sidak dengan catatan kantor satu bulan (Excel atau CSV)")
    discrepancies.add_argument("--month", required=True, metavar="TTTT-BB",
                               help="bulan sidak, mis. 2026-11")
    discrepancies.add_argument("--out", type=Path, required=True,
                               metavar="BERKAS.xlsx|BERKAS.csv",
                               help="berkas tujuan; .csv untuk CSV, selain itu Excel")
    demo = commands.add_parser("demo", parents=[common],
                               help="buat data demo dan tangkapan layar halaman utama")
    demo.add_argument("--out", type=Path, default=Path("demo-city"),
                      help="folder keluaran (bawaan: demo-city)")
    demo.add_argument("--no-screenshots", action="store_true",
                      help="hanya data, tanpa tangkapan layar")
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "data_dir", None) or default_data_dir())


def cmd_verify_log(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.services.maintenance import verify_all_logs

    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        reports = verify_all_logs(ctx)
    finally:
        ctx.close()
    if not reports:
        print("Log perubahan kosong: belum ada entri.")
        return 0
    for report in reports:
        if report.ok:
            print(f"OK perangkat {report.device_id}: {report.entries} entri, "
                  f"kepala seq {report.head_seq}, hash {report.head_hash}")
        else:
            print(f"RUSAK perangkat {report.device_id}: " + "; ".join(report.problems))
    return 0 if all(report.ok for report in reports) else 1


def cmd_db(args: argparse.Namespace) -> int:
    from core.context import open_app, utcnow
    from core.services import maintenance

    data_dir = _data_dir(args)
    folder = DataDir(data_dir)
    url = getattr(args, "database_url", None)
    if args.db_command == "check":
        if url:
            ctx = open_app(data_dir, url)
            ctx.close()
            print("OK: database dapat dibuka dan skemanya terbaru.")
            return 0
        result = maintenance.check_database_file(folder.database)
        pending = "" if result.revision == result.head else f" (perlu upgrade ke {result.head})"
        print(f"Skema: {result.revision or 'kosong'}{pending}")
        if result.ok:
            print("Integritas: OK")
            return 0
        print("Integritas RUSAK: " + "; ".join(result.integrity[:5]))
        return 1
    with instance_lock(folder.lock_file):
        if args.db_command == "restore":
            safety = maintenance.restore_backup(folder.database, folder.backups,
                                                args.backup, utcnow())
            print(f"Dipulihkan dari {args.backup}.")
            if safety:
                print(f"Database sebelumnya disimpan di {safety}.")
            return 0
        ctx = open_app(data_dir, url)
        try:
            if args.db_command == "backup":
                print(f"Cadangan dibuat: {maintenance.backup_now(ctx)}")
            else:  # upgrade: open_app has already backed up and migrated
                opened = ctx.opened
                assert opened is not None
                before = opened.upgraded_from or "kosong"
                from db.migrate import head_revision

                if opened.upgraded_from == head_revision():
                    print(f"Skema sudah terbaru ({before}).")
                else:
                    print(f"Skema diperbarui dari {before} ke {head_revision()}.")
                    if opened.backup:
                        print(f"Cadangan sebelum upgrade: {opened.backup}")
        finally:
            ctx.close()
    return 0


def _login(ctx: AppContext, username: str | None) -> Actor:
    """Command-line work is done by a named user, who types the password."""
    import getpass

    from core.services.accounts import authenticate

    if not username:
        raise PantauError("Sebutkan pengguna dengan --user.")
    password = os.environ.get("PANTAU_PASSWORD") or getpass.getpass(f"Kata sandi {username}: ")
    return authenticate(ctx, username, password)


def _print_results(results: list[BundleResult], dry_run: bool) -> None:
    for result in [*results, *(r for res in results for r in res.released)]:
        summary = result.summary
        line = (f"{result.file.name}: {result.label} — baru {summary.new}, diperbarui "
                f"{summary.updated}, tetap {summary.unchanged}")
        if summary.clock_flags:
            line += f", tanda jam {summary.clock_flags}"
        if result.reason:
            line += f" ({result.reason})"
        print(line)
    if dry_run:
        print("Uji coba (--dry-run): tidak ada yang disimpan.")


def cmd_export(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.sync.export import export_bundle

    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        actor = _login(ctx, args.user)
        result = export_bundle(ctx, actor, args.out, full=args.full)
    finally:
        ctx.close()
    if result.path is None:
        print(f"Tidak ada perubahan baru: kota sudah menerima sampai seq "
              f"{result.preview.acknowledged_seq}.")
    else:
        print(f"Diekspor seq {result.preview.seq_from}–{result.preview.seq_to} "
              f"({result.preview.entries} entri) ke {result.path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.roles import Mode
    from core.sync.importer import bundle_files, import_bundles
    from core.sync.reference import import_reference, is_reference

    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        actor = _login(ctx, args.user)
        files = bundle_files(args.paths)
        references = [f for f in files if ctx.device.mode is not Mode.HUB and is_reference(f)]
        for path in references:
            if args.dry_run:
                print(f"{path.name}: bundle referensi kota (tidak diuji coba)")
                continue
            done = import_reference(ctx, actor, path, args.trust_city)
            print(f"{path.name}: bundle referensi diterapkan — {done.applied} baris baru, "
                  f"diterima kota sampai seq {done.acknowledged_seq or 0}")
        others = [f for f in files if f not in references]
        results = import_bundles(ctx, actor, others, dry_run=args.dry_run) if others else []
    finally:
        ctx.close()
    if references and not others:
        return 0
    if not results:
        print("Tidak ada berkas .pantau di tempat yang disebutkan.")
        return 1
    _print_results(results, args.dry_run)
    return 0 if all(r.ok for r in results) else 1


def cmd_reference(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.identity import fingerprint
    from core.roles import Mode
    from core.sync.reference import export_reference

    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        actor = _login(ctx, args.user)
        mode = Mode(args.setup) if args.setup else None
        for office in args.office:
            path = export_reference(ctx, actor, office, args.out, setup_mode=mode)
            print(f"{office}: {path}")
        print(f"Sidik kunci kota: {fingerprint(ctx.device.public_key)} "
              "(bacakan kepada kantor saat mereka mengimpor)")
    finally:
        ctx.close()
    return 0


def cmd_setup(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.sync.reference import city_key_fingerprint, setup_from_bundle

    printed = city_key_fingerprint(args.source)
    if args.trust_city.replace(" ", "").upper() != printed.replace(" ", ""):
        print(f"Sidik kunci berkas ({printed}) tidak sama dengan yang disebutkan: "
              "berkas ini bukan dari kota Anda. Tidak ada yang disiapkan.", file=sys.stderr)
        return 1
    data_dir = _data_dir(args)
    with instance_lock(DataDir(data_dir).lock_file):
        ctx = open_app(data_dir, getattr(args, "database_url", None))
        try:
            device = setup_from_bundle(ctx, args.source)
        finally:
            ctx.close()
    print(f"Disiapkan: mode {device.mode.label}, kantor {device.office_code}, "
          f"perangkat {device.id}.")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from core.context import open_app
    from core.identity import fingerprint
    from core.sync.importer import approve_device
    from db.models import SyncDevice

    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        if args.approve:
            actor = _login(ctx, args.user)
            released = approve_device(ctx, actor, args.approve)
            print(f"Perangkat {args.approve} disetujui.")
            _print_results(released, False)
            return 0 if all(r.ok for r in released) else 1
        with ctx.read() as session:
            devices = session.scalars(select(SyncDevice).order_by(SyncDevice.office_code)).all()
        for device in devices:
            print(f"{device.device_id}  {device.office_code:<16} {device.mode:<9} "
                  f"{device.status:<8} {fingerprint(device.public_key)}")
        if not devices:
            print("Belum ada perangkat yang mengirim bundle.")
        return 0
    finally:
        ctx.close()


def cmd_report(args: argparse.Namespace) -> int:
    """`pantau report monthly` and `pantau report sidak`; later reports (pk, …) branch here
    on args.report_command too."""
    if args.report_command == "sidak":
        return _report_sidak(args)
    if args.report_command == "pk":
        return _report_pk(args)
    if args.report_command == "innovation":
        return _report_innovation(args)
    if args.report_command == "innovation-risk":
        return _report_innovation_risk(args)
    if args.report_command in CITY_REPORTS:
        return CITY_REPORTS[args.report_command](args)
    return _report_monthly(args)


def _report_pk(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.reports.pk import write_pk_pdf

    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        today = ctx.today()
        with ctx.read() as session:
            data = write_pk_pdf(session, args.office or ctx.device.office_code, args.year,
                                args.out, today)
    finally:
        ctx.close()
    print(f"Laporan capaian PK {data.office_name} tahun {data.year}: {args.out}")
    print(f"Kode verifikasi: {data.code}")
    return 0


def _report_sidak(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.reports.sidak import berita_acara_data, write_berita_acara_pdf

    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        with ctx.read() as session:
            data = berita_acara_data(session, args.id, ctx.clock())
    finally:
        ctx.close()
    write_berita_acara_pdf(data, args.out)
    print(f"Berita acara sidak {data.number} ({data.visited_name}): {args.out}")
    if not data.final:
        print("Catatan: sidak ini masih draf, belum ditandatangani kedua pihak.")
    print(f"Kode verifikasi: {data.code}")
    return 0


def _report_innovation(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.errors import NotFound
    from core.reports.innovation import profile_data, write_profile_pdf

    if not args.list and args.out is None:
        raise PantauError("Sebutkan berkas PDF tujuan dengan --out.")
    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        with ctx.read() as session:
            if args.list:
                return _list_innovations(session)
            data = profile_data(session, args.id, ctx.clock())
    except NotFound as exc:
        raise NotFound(f"{exc.message} Daftar inovasi: pantau report innovation --list."
                       ) from exc
    finally:
        ctx.close()
    write_profile_pdf(data, args.out)
    print(f"Profil inovasi {data.name} ({data.office_name}, {data.status}): {args.out}")
    print(f"Kode verifikasi: {data.code}")
    return 0


def _list_innovations(session: Session) -> int:
    """`pantau report innovation --list`: id, office, stage, status and name, by office."""
    from core.services.innovation import STAGES, STATUS_LABELS, list_innovations

    rows = sorted(list_innovations(session), key=lambda r: (r.office_code, r.name.casefold()))
    for row in rows:
        print(f"{row.id}  {row.office_code:<14} {STAGES.get(row.stage, row.stage):<10} "
              f"{STATUS_LABELS.get(row.status, row.status):<13} {row.name}")
    if not rows:
        print("Belum ada inovasi di data ini.")
    return 0


def _report_innovation_risk(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.reports.innovation import days_left_text, write_at_risk_pdf, write_tracker_xlsx
    from core.services.innovation_tracker import AT_RISK, ATTENTION, tracker

    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        _require_hub(ctx, "Daftar kantor berisiko", "inovasi")
        today = ctx.today()
        with ctx.read() as session:
            result = tracker(session, today)
            code = write_at_risk_pdf(session, today, args.out)
            if args.xlsx:
                write_tracker_xlsx(session, today, args.xlsx)
    finally:
        ctx.close()
    risky = sum(1 for row in result.rows if row.risk == AT_RISK)
    attention = sum(1 for row in result.rows if row.risk == ATTENTION)
    print(f"Kantor berisiko: {risky}, perlu perhatian: {attention}, dari {len(result.rows)} "
          f"kantor; batas waktu {result.deadline:%d-%m-%Y} "
          f"({days_left_text(result.days_left)}): {args.out}")
    if args.xlsx:
        print(f"Excel: {args.xlsx}")
    print(f"Kode verifikasi: {code}")
    return 0


def _require_hub(ctx: AppContext, what: str, received: str) -> None:
    """A city report is made where every office's `received` arrives: the hub."""
    from core.roles import Mode

    if ctx.device.mode is not Mode.HUB:
        raise PantauError(
            f"{what} adalah laporan kota: buat di pemasangan kota (mode {Mode.HUB.label}), "
            f"yang menerima {received} semua kantor. Pemasangan ini mode "
            f"{ctx.device.mode.label}.")


def _city_month(args: argparse.Namespace, what: str) -> tuple[AppContext, date]:
    """The hub's context and the first day of `--month` for a city report; a bad month is
    refused before the data is opened, a month that has not begun or an installation that
    is not the hub once it is (the context is closed then)."""
    from core.context import open_app
    from core.services.dashboard import month_bounds
    from core.services.month_lock import parse_month

    month = parse_month(args.month)
    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        _require_hub(ctx, what, "data")
        month_bounds(month.year, month.month, ctx.today())
    except BaseException:
        ctx.close()
        raise
    return ctx, month


def _report_recap(args: argparse.Namespace) -> int:
    from core.reports.recap import write_recap_pdf

    ctx, month = _city_month(args, "Rekap bulanan kota")
    try:
        with ctx.read() as session:
            data = write_recap_pdf(session, month.year, month.month, ctx.today(), args.out)
    finally:
        ctx.close()
    print(f"Rekap kota {data.month_label}: {data.city.offices} kantor, "
          f"{len(data.silent)} tanpa kiriman, {len(data.rotation)} rekomendasi rotasi, "
          f"{len(data.discrepancies)} ketidaksesuaian sidak: {args.out}")
    print(f"Kode verifikasi: {data.code}")
    return 0


def _report_dashboard(args: argparse.Namespace) -> int:
    from core.reports.dashboard_xlsx import write_dashboard_xlsx
    from core.services.dashboard import city_dashboard

    ctx, month = _city_month(args, "Beranda kota")
    try:
        with ctx.read() as session:
            dashboard = city_dashboard(session, month.year, month.month, ctx.today(),
                                       args.kecamatan)
    finally:
        ctx.close()
    write_dashboard_xlsx(dashboard, args.out)
    print(f"Beranda kota {dashboard.month_label}: {len(dashboard.rows)} kantor: {args.out}")
    return 0


def _report_discrepancies(args: argparse.Namespace) -> int:
    from core.formatting import bulan
    from core.reports.crosscheck import write_discrepancies_csv, write_discrepancies_xlsx
    from core.reports.recap import month_discrepancies
    from core.services.month_lock import next_month

    ctx, month = _city_month(args, "Daftar ketidaksesuaian sidak")
    try:
        with ctx.read() as session:
            rows = month_discrepancies(session, month, next_month(month) - timedelta(days=1),
                                       ctx.today())
    finally:
        ctx.close()
    out: Path = args.out
    try:
        if out.suffix.lower() == ".csv":
            write_discrepancies_csv(rows, out)
        else:
            write_discrepancies_xlsx(rows, out, "Ketidaksesuaian sidak dengan catatan kantor, "
                                     f"bulan {bulan(month)}")
    except OSError as error:
        raise PantauError(f"Berkas {out} tidak dapat ditulis ({error.strerror or error}). "
                          "Pilih folder lain.") from error
    print(f"Ketidaksesuaian sidak {bulan(month)}: {len(rows)} baris: {out}")
    return 0


CITY_REPORTS: dict[str, Callable[[argparse.Namespace], int]] = {
    "recap": _report_recap,
    "dashboard": _report_dashboard,
    "discrepancies": _report_discrepancies,
}


def _report_monthly(args: argparse.Namespace) -> int:
    from core.context import open_app
    from core.reports.monthly import monthly_report_data, write_monthly_pdf, write_monthly_xlsx
    from core.services.month_lock import parse_month

    month = parse_month(args.month)  # a bad month is refused before the data is opened
    ctx = open_app(_data_dir(args), getattr(args, "database_url", None))
    try:
        today = ctx.today()
        with ctx.read() as session:
            data = monthly_report_data(session, args.office or ctx.device.office_code, month,
                                       today)
    finally:
        ctx.close()
    write_monthly_pdf(data, args.out)
    print(f"Laporan bulanan {data.office_name} {data.month_label}: {args.out}")
    if args.xlsx:
        write_monthly_xlsx(data, args.xlsx)
        print(f"Excel: {args.xlsx}")
    print(f"Kode verifikasi: {data.code}")
    return 0


def cmd_self_test(_args: argparse.Namespace) -> int:
    from desktop.selftest import run_self_test

    return run_self_test()


def cmd_demo(args: argparse.Namespace) -> int:
    from core.demo import build_demo

    result = build_demo(args.out)
    print(f"Kota demo: {args.out} (bundle di {args.out / 'usb'})")
    print(f"Kantor: {result.office_dir}")
    for account in result.accounts:
        print(f"  akun {account.username} / {account.password} ({account.role.label})")
    if result.hub_dir and result.hub_account:
        print(f"Kota (hub): {result.hub_dir}")
        print(f"  akun {result.hub_account.username} / {result.hub_account.password} "
              f"({result.hub_account.role.label})")
    if result.inspector_dir and result.inspector_account:
        print(f"Laptop pemeriksa (sidak): {result.inspector_dir}")
        print(f"  akun {result.inspector_account.username} / "
              f"{result.inspector_account.password} ({result.inspector_account.role.label})")
    if not args.no_screenshots:
        from desktop.screenshots import take_screenshots

        folder = args.out / "screenshots"
        shots = take_screenshots(result.office_dir, folder, result.accounts[0])
        if result.hub_dir and result.hub_account:
            shots += take_screenshots(result.hub_dir, folder, result.hub_account,
                                      prefix="kota-", with_login=False)
        if result.inspector_dir and result.inspector_account:
            shots += take_screenshots(result.inspector_dir, folder, result.inspector_account,
                                      prefix="pemeriksa-", with_login=False)
        print(f"Tangkapan layar: {len(shots)} berkas di {folder}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return run_gui(_data_dir(args), getattr(args, "database_url", None), args.lang)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "self-test": cmd_self_test,
    "verify-log": cmd_verify_log,
    "db": cmd_db,
    "demo": cmd_demo,
    "export": cmd_export,
    "import": cmd_import,
    "devices": cmd_devices,
    "reference": cmd_reference,
    "setup": cmd_setup,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except PantauError as exc:
        print(f"pantau: {exc.message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
