"""One table model for every list of plain rows a service returns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex
INACTIVE_COLOR = QColor("#8a8a8a")


@dataclass(frozen=True)
class Column(Generic[RowT]):
    title: str
    value: Callable[[RowT], Any]
    # Sort by this when given (e.g. a date), otherwise by the shown text.
    sort_key: Callable[[RowT], Any] | None = None


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows are immutable values from a service; `set_rows` replaces them all."""

    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[RowT]],
                 dimmed: Callable[[RowT], bool] | None = None) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[RowT] = []
        self._dimmed = dimmed

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == self.SortRole:
            key = column.sort_key(row) if column.sort_key else column.value(row)
            return "" if key is None else key
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed and self._dimmed(row):
            return QBrush(INACTIVE_COLOR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None


def selected_row(table: QTableView, model: RowTableModel[RowT]) -> RowT | None:
    """The row of `model` selected in `table` (through its sort/filter proxy, if any), or
    None when nothing is selected."""
    indexes = table.selectionModel().selectedRows()
    if not indexes:
        return None
    index = indexes[0]
    view_model = table.model()
    if isinstance(view_model, QSortFilterProxyModel):
        index = view_model.mapToSource(index)
    return model.row_at(index.row())


def select_row(table: QTableView, model: RowTableModel[RowT],
               match: Callable[[RowT], bool]) -> None:
    """Select the first row `table` shows whose row of `model` matches (none: no change)."""
    view_model = table.model()
    proxy = view_model if isinstance(view_model, QSortFilterProxyModel) else None
    for number in range(view_model.rowCount()):
        source = proxy.mapToSource(proxy.index(number, 0)).row() if proxy else number
        if match(model.row_at(source)):
            table.selectRow(number)
            return


def read_only_table(name: str, model: RowTableModel[Any], sortable: bool = True) -> QTableView:
    """A read-only table of whole-row selection over `model` (through `filter_proxy`), its
    columns fitted to their contents and the last one filling the width."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(filter_proxy(model))
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class RowSortProxy(QSortFilterProxyModel):
    """Sorts with Python's comparison of the sort keys. Qt cannot compare keys it does not
    know (a tuple reaches it as an opaque object), and an inconsistent comparison makes its
    sort lose and repeat rows."""

    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(RowTableModel.SortRole)
        b = right.data(RowTableModel.SortRole)
        try:
            return bool(a < b)
        except TypeError:  # e.g. a blank cell ("") against a number
            return (a is not None and a != "", str(a)) < (b is not None and b != "", str(b))


def filter_proxy(model: RowTableModel[Any]) -> QSortFilterProxyModel:
    """Case-insensitive filter over every column, sorting on each column's sort key."""
    proxy = RowSortProxy()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortRole(RowTableModel.SortRole)
    return proxy
