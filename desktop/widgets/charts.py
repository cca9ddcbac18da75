"""Bar charts (QtCharts) of the city Beranda and its drill-down: a percentage per label
coloured against a target, and counts per label."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter

from core.formatting import persen_atau_strip

GOOD_COLOR = QColor("#2e7d32")
LOW_COLOR = QColor("#c0392b")
COUNT_COLOR = QColor("#1f5f99")
translate = QCoreApplication.translate


def chart_view(name: str, min_height: int = 260) -> QChartView:
    """A view for the charts below, antialiased."""
    view = QChartView(QChart())
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    return view


def _new_chart(view: QChartView, title: str) -> QChart:
    """A fresh chart in `view`, the previous one deleted: axes removed from a chart that
    is drawn again stay painted in its scene."""
    old = view.chart()
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
    return chart


def _attach(chart: QChart, series: QAbstractBarSeries, labels: Sequence[str],
            values: QValueAxis, horizontal: bool) -> None:
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(labels) or ["—"])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal
                  else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal
                  else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)


def percent_bars(view: QChartView, title: str, labels: Sequence[str],
                 values: Sequence[float | None], target: float, horizontal: bool = False
                 ) -> None:
    """One bar per label on a 0–100% axis: green at or above `target`, red below it; each
    label shows its figure ("Telanaipura (9,1%)"), or "–" and no bar when it has none.
    Horizontal bars list the first label at the top."""
    chart = _new_chart(view, title)
    gap = " " if horizontal else "<br>"  # below a vertical bar: the figure on a line of its own
    pairs = _top_first([(f"{label}{gap}({persen_atau_strip(value)})", value)
                        for label, value in zip(labels, values, strict=True)], horizontal)
    good = QBarSet(translate("Charts", "mencapai {target}%").format(target=f"{target:g}"))
    good.setColor(GOOD_COLOR)
    low = QBarSet(translate("Charts", "di bawah {target}%").format(target=f"{target:g}"))
    low.setColor(LOW_COLOR)
    for _label, value in pairs:
        good.append(value if value is not None and value >= target else 0)
        low.append(value if value is not None and value < target else 0)
    series = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
    series.append(good)
    series.append(low)
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickCount(6)
    axis.setLabelFormat("%d%%")
    _attach(chart, series, [label for label, _value in pairs], axis, horizontal)
    chart.legend().setVisible(True)


def count_bars(view: QChartView, title: str, labels: Sequence[str], counts: Sequence[int],
               unit: str, horizontal: bool = False) -> None:
    """One bar per label, its count in `unit` (the axis title) and in its label, where
    a short bar's count would not show."""
    chart = _new_chart(view, title)
    pairs = _top_first([(f"{label} ({count})", count)
                        for label, count in zip(labels, counts, strict=True)], horizontal)
    bars = QBarSet(unit)
    bars.setColor(COUNT_COLOR)
    for _label, count in pairs:
        bars.append(count)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    axis = QValueAxis()
    axis.setRange(0, max([4, *counts]))
    axis.applyNiceNumbers()
    axis.setLabelFormat("%d")
    axis.setTitleText(unit)
    _attach(chart, series, [label for label, _count in pairs], axis, horizontal)
    chart.legend().setVisible(False)


def _top_first(pairs: list[tuple[str, Any]], horizontal: bool) -> list[tuple[str, Any]]:
    """A horizontal axis draws its first category at the bottom: reverse them."""
    return pairs[::-1] if horizontal else pairs
