"""The shared table model: sorting by any key a column gives, without losing rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from desktop.models.table import Column, RowTableModel, read_only_table
from tests.desktop.ui import table_column


@dataclass(frozen=True)
class Row:
    name: str
    rank: tuple[int, str]
    day: date | None


def test_tuple_and_mixed_sort_keys_keep_every_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [Row(f"Kantor {n:02d}", (n % 3, f"15.71.{n:02d}"), date(2026, 1, 1 + n % 28)
                if n % 4 else None) for n in range(80)]
    model: RowTableModel[Row] = RowTableModel([
        Column("Nama", lambda r: r.name),
        Column("Peringkat", lambda r: r.rank[0], lambda r: r.rank),
        Column("Tanggal", lambda r: r.day, lambda r: r.day)])
    table = read_only_table("t", model)
    qtbot.addWidget(table)
    for column in (1, 2, 1):
        table.sortByColumn(column, table.horizontalHeader().sortIndicatorOrder())
        model.set_rows(list(reversed(rows)))
        names = table_column(table, "Nama")
        assert sorted(names) == [r.name for r in rows]  # none lost, none repeated
    expected = [r.name for r in sorted(rows, key=lambda r: r.rank)]
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert table_column(table, "Nama") == expected
