"""Pengaturan: own account, users, units (hub), device and backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.changelog import ChainReport
from core.identity import fingerprint
from core.roles import ROLES_BY_MODE, Mode, Role
from core.services.accounts import (
    UserInfo,
    change_own_password,
    create_user,
    list_users,
    reset_password,
    set_active,
)
from core.services.maintenance import backup_now, backups, verify_all_logs
from core.services.offices import (
    LEVEL_LABELS,
    Level,
    OfficeInfo,
    add_unit,
    get_office,
    list_offices,
)
from desktop.dialogs.accounts import ChangePasswordDialog, NewUserDialog, ResetPasswordDialog
from desktop.dialogs.offices import NewUnitDialog
from desktop.models.table import Column, RowTableModel, read_only_table, selected_row
from desktop.pages.base import Page
from desktop.pages.calendar_tab import CalendarTab
from desktop.pages.database_tab import DatabaseTab
from desktop.pages.rules_tab import RulesTab
from desktop.state import AppState
from desktop.tasks import Progress, TaskRunner


def _table(name: str, model: RowTableModel) -> QTableView:  # type: ignore[type-arg]
    table = read_only_table(name, model)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table


class SettingsPage(Page):
    areas = ("users", "offices", "calendar", "rules")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._account_tab(), self.tr("Akun saya"))
        role = state.actor.role
        self.users_model: RowTableModel[UserInfo] | None = None
        self.units_model: RowTableModel[OfficeInfo] | None = None
        if role in (Role.HEAD, Role.ADMIN):
            self.tabs.addTab(self._users_tab(), self.tr("Pengguna"))
        if role is Role.ADMIN and state.ctx.device.mode is Mode.HUB:
            self.tabs.addTab(self._units_tab(), self.tr("Unit kerja"))
        self.calendar = CalendarTab(state, self.attempt)
        self.tabs.addTab(self.calendar, self.tr("Jadwal dan hari libur"))
        self.rules: RulesTab | None = None
        if role is Role.ADMIN and state.ctx.device.mode is Mode.HUB:
            self.rules = RulesTab(state, self.attempt)
            self.tabs.addTab(self.rules, self.tr("Aturan dan layanan"))
        self.tabs.addTab(self._device_tab(), self.tr("Perangkat dan cadangan"))
        if role is Role.ADMIN and state.ctx.device.mode is Mode.HUB:
            self.tabs.addTab(DatabaseTab(state, tasks), self.tr("Basis data"))
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Pengaturan")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        layout.addWidget(self.tabs)
        self.refresh()

    # --- Akun saya -------------------------------------------------------------------
    def _account_tab(self) -> QWidget:
        actor = self.state.actor
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("Nama pengguna"), QLabel(actor.username))
        form.addRow(self.tr("Peran"), QLabel(actor.role.label))
        button = QPushButton(self.tr("Ganti kata sandi…"))
        button.setObjectName("changePassword")
        button.clicked.connect(self.change_password)
        form.addRow(button)
        return tab

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(
            lambda old, new: self.state.write("users", change_own_password, old, new), self)
        if dialog.exec():
            QMessageBox.information(self, self.tr("Kata sandi"),
                                    self.tr("Kata sandi sudah diganti."))

    # --- Pengguna --------------------------------------------------------------------
    def _users_tab(self) -> QWidget:
        self.users_model = RowTableModel([
            Column(self.tr("Nama pengguna"), lambda u: u.username),
            Column(self.tr("Nama lengkap"), lambda u: u.full_name),
            Column(self.tr("NIP"), lambda u: u.nip or ""),
            Column(self.tr("Peran"), lambda u: u.role.label),
            Column(self.tr("Kantor"), lambda u: u.office_code),
            Column(self.tr("Status"), lambda u: self.tr("aktif") if u.active
                   else self.tr("nonaktif")),
        ], dimmed=lambda u: not u.active)
        self.users_table = _table("usersTable", self.users_model)
        add = QPushButton(self.tr("Tambah pengguna…"))
        add.setObjectName("addUser")
        add.clicked.connect(self.add_user)
        reset = QPushButton(self.tr("Atur ulang kata sandi…"))
        reset.setObjectName("resetPassword")
        reset.clicked.connect(self.reset_selected_password)
        toggle = QPushButton(self.tr("Aktifkan / nonaktifkan"))
        toggle.setObjectName("toggleUser")
        toggle.clicked.connect(self.toggle_selected_user)
        buttons = QHBoxLayout()
        for button in (add, reset, toggle):
            buttons.addWidget(button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.users_table)
        layout.addLayout(buttons)
        return tab

    def add_user(self) -> None:
        roles = ((Role.OPERATOR, Role.HEAD) if self.state.actor.role is Role.HEAD
                 else ROLES_BY_MODE[self.state.ctx.device.mode])
        NewUserDialog(roles, lambda account: self.state.write("users", create_user, account),
                      self).exec()

    def selected_user(self) -> UserInfo | None:
        return selected_row(self.users_table, self.users_model) if self.users_model else None

    def reset_selected_password(self) -> None:
        user = self.selected_user()
        if user is not None:
            ResetPasswordDialog(user.username, lambda new: self.state.write(
                "users", reset_password, user.id, new), self).exec()

    def toggle_selected_user(self) -> None:
        user = self.selected_user()
        if user is not None:
            self.attempt(lambda: self.state.write("users", set_active, user.id,
                                                  not user.active))

    # --- Unit kerja (hub) ------------------------------------------------------------
    def _units_tab(self) -> QWidget:
        self.units_model = RowTableModel([
            Column(self.tr("Kode"), lambda o: o.code),
            Column(self.tr("Tingkat"), lambda o: LEVEL_LABELS[o.level]),
            Column(self.tr("Nama"), lambda o: o.name),
            Column(self.tr("Induk"), lambda o: o.parent_code or ""),
        ])
        self.units_table = _table("unitsTable", self.units_model)
        add = QPushButton(self.tr("Tambah unit kerja…"))
        add.setObjectName("addUnit")
        add.clicked.connect(self.add_unit)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.units_table)
        layout.addWidget(add)
        return tab

    def add_unit(self) -> None:
        parents = [o for o in self.state.read(list_offices)
                   if o.level in (Level.KOTA, Level.KECAMATAN)]
        NewUnitDialog(parents, lambda code, name, parent: self.state.write(
            "offices", add_unit, code, name, parent), self).exec()

    # --- Perangkat dan cadangan --------------------------------------------------------
    def _device_tab(self) -> QWidget:
        device = self.state.ctx.device
        office = self.state.read(get_office, device.office_code)
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("Mode"), QLabel(device.mode.label))
        form.addRow(self.tr("Kantor"), QLabel(f"{office.display_name} ({office.code})"))
        form.addRow(self.tr("ID perangkat"), QLabel(device.id))
        form.addRow(self.tr("Sidik kunci"), QLabel(fingerprint(device.public_key)))
        form.addRow(self.tr("Folder data"), QLabel(str(self.state.ctx.data_dir.root)))
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        form.addRow(self.tr("Cadangan"), self.backup_list)
        backup = QPushButton(self.tr("Cadangkan sekarang"))
        backup.setObjectName("backupNow")
        backup.clicked.connect(self.backup_now)
        check = QPushButton(self.tr("Periksa log perubahan"))
        check.setObjectName("verifyLog")
        check.clicked.connect(self.verify_log)
        self.maintenance_result = QLabel()
        self.maintenance_result.setObjectName("maintenanceResult")
        self.maintenance_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(backup)
        row.addWidget(check)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.maintenance_result)
        return tab

    def _show_backups(self) -> None:
        self.backup_list.clear()
        if self.state.ctx.engine.dialect.name == "sqlite":
            self.backup_list.addItems([path.name for path in backups(self.state.ctx)])

    def backup_now(self) -> None:
        def done(path: Path) -> None:
            self._show_backups()
            self.maintenance_result.setText(self.tr("Cadangan dibuat: {path}").format(path=path))

        self.tasks.run(self, self.tr("Mencadangkan database…"),
                       lambda _progress: backup_now(self.state.ctx), done, self._failed)

    def verify_log(self) -> None:
        def work(_progress: Progress) -> list[ChainReport]:
            return verify_all_logs(self.state.ctx)

        def done(reports: list[ChainReport]) -> None:
            lines = []
            for report in reports:
                if report.ok:
                    lines.append(self.tr("Log {device}: utuh, {count} entri, kepala seq {seq}")
                                 .format(device=report.device_id[:8], count=report.entries,
                                         seq=report.head_seq))
                else:
                    lines.append(self.tr("Log {device}: RUSAK — {problems}").format(
                        device=report.device_id[:8], problems="; ".join(report.problems)))
            self.maintenance_result.setText("\n".join(lines) or self.tr("Log masih kosong."))

        self.tasks.run(self, self.tr("Memeriksa log perubahan…"), work, done, self._failed)

    def _failed(self, message: str) -> None:
        self.maintenance_result.setText(message)
        QMessageBox.warning(self, self.tr("Gagal"), message)

    def refresh(self) -> None:
        if self.users_model is not None:
            self.users_model.set_rows(self.state.read(list_users, self.state.actor))
        if self.units_model is not None:
            self.units_model.set_rows(self.state.read(list_offices))
        self.calendar.refresh()
        if self.rules is not None:
            self.rules.refresh()
        self._show_backups()
