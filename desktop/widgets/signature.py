"""A canvas to sign on with the mouse, a touchpad or a tablet pen."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

PAD_SIZE = QSize(360, 140)
INK = QColor("#10205a")
INK_WIDTH = 2.4
HINT_COLOR = QColor("#9a9a9a")
BORDER_COLOR = QColor("#b8b8b8")

Stroke = list[tuple[QPointF, float]]  # points with the pen's width there


class SignaturePad(QWidget):
    """White paper with a baseline; `to_png` gives what was drawn.

    A signature kept earlier can be shown with `show_png`; drawing on it or clearing it
    makes the pad `changed` again, so only a new signature is stored anew.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(PAD_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(self.tr("Tanda tangan dengan tetikus atau pena"))
        self._strokes: list[Stroke] = []
        self._drawing = False
        self._kept: QImage | None = None  # a signature stored before, shown as is
        self._read_only = False
        self.modified = False

    # --- what the page asks -----------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._strokes and self._kept is None

    def clear(self) -> None:
        self._strokes.clear()
        self._kept = None
        self._drawing = False
        self.modified = True
        self.update()
        self.changed.emit()

    def show_png(self, data: bytes) -> None:
        """Show a signature kept earlier (not `modified`)."""
        image = QImage()
        image.loadFromData(data, "PNG")
        self._strokes.clear()
        self._kept = None if image.isNull() else image
        self.modified = False
        self.update()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    def to_png(self) -> bytes:
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self._paint_ink(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
        buffer.close()
        return bytes(data.data())

    # --- drawing ----------------------------------------------------------------------
    def _start(self, point: QPointF, width: float) -> None:
        if self._read_only:
            return
        self._drawing = True
        self._strokes.append([(point, width)])
        self.update()

    def _extend(self, point: QPointF, width: float) -> None:
        if self._drawing:
            self._strokes[-1].append((point, width))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.modified = True
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position(), INK_WIDTH)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), INK_WIDTH)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), INK_WIDTH)
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # A pen presses harder for a thicker line; accepting the event keeps Qt from
        # sending the same stroke again as mouse events.
        width = INK_WIDTH * (0.5 + max(0.0, min(event.pressure(), 1.0)))
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._start(event.position(), width)
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position(), width)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def _paint_ink(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._kept is not None:
            painter.drawImage(QRectF(self.rect()), self._kept)
        for stroke in self._strokes:
            if all(point == stroke[0][0] for point, _width in stroke):  # a tap: a dot
                point, width = stroke[0]
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(INK)
                painter.drawEllipse(point, width, width)
                continue
            for (start, width), (end, _next_width) in pairwise(stroke):
                painter.setPen(QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
                painter.drawLine(start, end)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        baseline = self.height() - 28
        painter.setPen(QPen(BORDER_COLOR, 1, Qt.PenStyle.DashLine))
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        if self.is_empty():
            painter.setPen(HINT_COLOR)
            painter.drawText(self.rect().adjusted(0, 0, 0, -34),
                             Qt.AlignmentFlag.AlignCenter, self.tr("Tanda tangan di sini"))
        self._paint_ink(painter)
        painter.setPen(QPen(BORDER_COLOR, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
