"""Pengaturan → Basis data (hub admins): where the data lives, and moving it from the
SQLite file to a PostgreSQL server that several city-hall PCs share."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from core.services.database_server import (
    MoveReport,
    ServerCheck,
    check_server,
    move_to_server,
    where_data_lives,
)
from desktop.state import AppState
from desktop.tasks import Progress, TaskRunner


class DatabaseTab(QWidget):
    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__()
        self.state = state
        self.tasks = tasks
        form = QFormLayout(self)
        self.where = QLabel(where_data_lives(state.ctx))
        self.where.setObjectName("databaseWhere")
        self.where.setWordWrap(True)
        form.addRow(self.tr("Data tersimpan di"), self.where)
        self.url = QLineEdit()
        self.url.setObjectName("databaseUrl")
        self.url.setPlaceholderText("postgresql+psycopg://pantau@192.168.1.10:5432/pantau")
        form.addRow(self.tr("URL PostgreSQL"), self.url)
        self.test_button = QPushButton(self.tr("Uji koneksi"))
        self.test_button.setObjectName("testDatabase")
        self.test_button.clicked.connect(self.test_connection)
        self.move_button = QPushButton(self.tr("Pindahkan data ke server ini"))
        self.move_button.setObjectName("moveDatabase")
        self.move_button.clicked.connect(self.move_data)
        on_sqlite = state.ctx.engine.dialect.name == "sqlite"
        self.move_button.setEnabled(on_sqlite)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.move_button)
        row.addStretch(1)
        form.addRow(row)
        self.result = QLabel()
        self.result.setObjectName("databaseResult")
        self.result.setWordWrap(True)
        form.addRow(self.result)
        note = QLabel(self.tr(
            "Setiap PC hub menyimpan sendiri, di folder datanya: kunci privat perangkat "
            "(keys/; bundle referensi hanya dapat ditandatangani di PC yang memegang kunci "
            "kota, atau salin berkas itu ke PC lain), bundle yang ditahan (held/) dan log. "
            "Server PostgreSQL dicadangkan dengan pg_dump di server."))
        note.setObjectName("databaseNote")
        note.setWordWrap(True)
        form.addRow(note)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.move_button.setEnabled(not busy and self.state.ctx.engine.dialect.name == "sqlite")

    def test_connection(self) -> None:
        url = self.url.text()

        def done(check: ServerCheck) -> None:
            self._busy(False)
            contents = (self.tr("basis data kosong, siap menerima data") if check.empty else
                        self.tr("sudah berisi {count} tabel").format(count=check.tables))
            self.result.setText(self.tr("Terhubung ke {url} (PostgreSQL {version}): "
                                        "{contents}.").format(url=check.url,
                                                               version=check.version,
                                                               contents=contents))

        self._busy(True)
        self.tasks.run(self, self.tr("Menguji koneksi…"), lambda _p: check_server(url), done,
                       self._failed)

    def move_data(self) -> None:
        url = self.url.text()
        answer = QMessageBox.question(
            self, self.tr("Pindahkan data"),
            self.tr("Salin semua data hub ini ke server PostgreSQL? Berkas SQLite tetap ada "
                    "sebagai cadangan; sesudahnya Pantau di PC ini memakai server."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        copying = self.tr("Menyalin {table}…")

        def work(progress: Progress) -> MoveReport:
            return move_to_server(self.state.ctx, self.state.actor, url,
                                  lambda done, total, table: progress.report(
                                      done, total, copying.format(table=table) if table
                                      else ""))

        def done(report: MoveReport) -> None:
            self._busy(False)
            self.move_button.setEnabled(False)
            self.result.setText(self.tr(
                "Data dipindahkan ke {url}: {rows} baris, jumlah baris setiap tabel sama. "
                "Tutup Pantau lalu buka lagi untuk bekerja di server.").format(
                    url=report.url, rows=f"{report.rows:,}".replace(",", ".")))

        self._busy(True)
        self.tasks.run(self, self.tr("Memindahkan data ke server…"), work, done, self._failed)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.result.setText(message)
        QMessageBox.warning(self, self.tr("Gagal"), message)
