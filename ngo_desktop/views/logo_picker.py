"""Choosing a logo: a small preview with Choose… and Remove, kept as PNG bytes.

Used for the centre's logo (on every printout) and an organisation's logo (on the flyers of the
fairs it partners). Large pictures are scaled down on choosing, so the database stays small.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

LOGO_MAX_PIXELS = 600


class LogoPicker(QWidget):
    """``png()`` is the chosen logo or None; ``problem`` says, translated, why a file was refused."""

    problem = Signal(str)

    def __init__(self, png: bytes | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._png = png
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setFixedSize(96, 64)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose logo…"))
        choose.clicked.connect(self.choose)
        remove = QPushButton(self.tr("Remove logo"))
        remove.clicked.connect(self.clear)
        layout.addWidget(self.preview)
        layout.addWidget(choose)
        layout.addWidget(remove)
        layout.addStretch(1)
        self._show()

    def png(self) -> bytes | None:
        return self._png

    def set_png(self, png: bytes | None) -> None:
        self._png = png
        self._show()

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if path:
            self.set_from_file(path)

    def set_from_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.problem.emit(self.tr("The chosen file is not an image this program can read."))
            return False
        if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
            image = image.scaled(LOGO_MAX_PIXELS, LOGO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        self.set_png(bytes(data.data()))
        return True

    def clear(self) -> None:
        self.set_png(None)

    def _show(self) -> None:
        if not self._png:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("no logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._png)
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
