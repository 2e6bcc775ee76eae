"""The clipping checker: lists every text a window shows only in part.

``clipped_texts(window)`` walks the visible widgets of a window (or dialog) and returns one
``Clip`` for each text that does not fit where it is drawn:

- a QLabel, QPushButton, QToolButton, QCheckBox, QRadioButton, QComboBox, a spin or date box, a
  QGroupBox title, a QTabBar tab or a table header section narrower than its text (the text's
  QFontMetrics width plus the margins the style draws around it), or lower than one line of it;
- a word-wrapped label whose text needs more lines (``heightForWidth``) than its height holds;
- a widget that sticks out of its visible parent (other than content scrolled inside a scroll
  area's viewport: that part is reachable) or a window larger than the screen size under test.

Anything hidden is not checked: a toolbar's actions that went into its extension menu are
reachable through that menu, and an elided text in a hidden page shows once the page does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QSplitterHandle,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionTab,
    QStyleOptionToolButton,
    QTabBar,
    QToolButton,
    QWidget,
)

#: A pixel of rounding between the style's and our arithmetic is not a cut letter.
_SLACK = 1


@dataclass(frozen=True)
class Clip:
    widget: str
    text: str
    problem: str

    def __str__(self) -> str:
        return f"{self.widget} {self.text!r}: {self.problem}"


def describe(widget: QWidget) -> str:
    """The widget's class, object name and the chain of its parents' classes, to find it in code."""
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    name = f"{type(widget).__name__}"
    if widget.objectName():
        name += f"#{widget.objectName()}"
    return f"{name} in {'/'.join(reversed(chain))}"


def clipped_texts(window: QWidget, *, screen: QSize | None = None) -> list[Clip]:
    """Every text ``window`` shows only in part; an empty list means nothing is cut."""
    clips: list[Clip] = []
    if screen is not None and (window.width() > screen.width() or window.height() > screen.height()):
        clips.append(Clip(describe(window), window.windowTitle(),
                          f"the window is {window.width()}×{window.height()}, larger than the "
                          f"{screen.width()}×{screen.height()} a screen leaves it"))
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window or isinstance(widget, QMenu):
            continue
        clips += _outside_parent(widget)
        if isinstance(widget, QLabel):
            clips += _label(widget)
        elif isinstance(widget, QPushButton):
            clips += _push_button(widget)
        elif isinstance(widget, (QToolButton, QCheckBox, QRadioButton)):
            clips += _other_button(widget)
        elif isinstance(widget, QComboBox):
            clips += _combo_box(widget)
        elif isinstance(widget, QAbstractSpinBox):
            clips += _spin_box(widget)
        elif isinstance(widget, QGroupBox):
            clips += _group_box(widget)
        elif isinstance(widget, QTabBar):
            clips += _tab_bar(widget)
        elif isinstance(widget, QHeaderView):
            clips += _header(widget)
    return clips


def _too_narrow(widget: QWidget, text: str, needed: int, available: int) -> list[Clip]:
    if needed <= available + _SLACK:
        return []
    return [Clip(describe(widget), text, f"needs {needed} px wide, has {available} px")]


def _too_low(widget: QWidget, text: str, needed: int, available: int) -> list[Clip]:
    if needed <= available + _SLACK:
        return []
    return [Clip(describe(widget), text, f"needs {needed} px high, has {available} px")]


def _outside_parent(widget: QWidget) -> list[Clip]:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or isinstance(widget, QSplitterHandle):
        return []
    scroll_area = parent.parentWidget()
    if isinstance(scroll_area, QAbstractScrollArea) and scroll_area.viewport() is parent:
        return []  # content scrolled inside a viewport is reachable by scrolling
    if widget.width() <= 0 or widget.height() <= 0:
        return []
    inside = parent.rect()
    if inside.contains(widget.geometry()):
        return []
    text = _text_of(widget)
    if not text:
        return []  # a frame or a scroll bar half-covered shows no cut words
    outside = widget.geometry().united(inside).size() - inside.size()
    return [Clip(describe(widget), text,
                 f"sticks out of its parent by {outside.width()}×{outside.height()} px "
                 f"(geometry {_rect(widget.geometry())} in {inside.width()}×{inside.height()})")]


def _text_of(widget: QWidget) -> str:
    for reader in ("text", "title", "currentText"):
        method = getattr(widget, reader, None)
        if callable(method):
            try:
                value = method()
            except TypeError:
                continue
            if isinstance(value, str):
                return value
    return ""


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}×{rect.height()}"


def _label(label: QLabel) -> list[Clip]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    contents = label.contentsRect()
    inner_width = contents.width() - 2 * label.margin() - max(label.indent(), 0)
    inner_height = contents.height() - 2 * label.margin()
    metrics = label.fontMetrics()
    if label.wordWrap() or GuiQt.mightBeRichText(text) and label.textFormat() != Qt.TextFormat.PlainText:
        needed_height = label.heightForWidth(label.width())
        if needed_height < 0:
            needed_height = label.sizeHint().height()
        # heightForWidth measures the whole label, margins and frame included.
        clips = _too_low(label, text, needed_height, label.height())
        if not label.wordWrap():
            clips += _too_narrow(label, text, label.sizeHint().width(), label.width())
        return clips
    flags = int(Qt.TextFlag.TextShowMnemonic) if label.buddy() is not None else 0
    size = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), flags, text).size()
    return (_too_narrow(label, text, size.width(), inner_width)
            + _too_low(label, text, size.height(), inner_height))


def _push_button(button: QPushButton) -> list[Clip]:
    text = button.text()
    if not text:
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)
    metrics = button.fontMetrics()
    content = metrics.size(Qt.TextFlag.TextShowMnemonic, text)
    width = content.width()
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if button.menu() is not None:
        width += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    # Styles give a text button at least 80 px; measure with a wide content so only margins count.
    wide = 10_000
    margins = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option,
                                              QSize(wide, content.height()), button).width() - wide
    return (_too_narrow(button, text, width + margins, button.width())
            + _too_low(button, text, content.height(), button.height()))


def _other_button(button: QAbstractButton) -> list[Clip]:
    text = button.text()
    if not text or isinstance(button, QToolButton) and \
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
        return []
    if button.objectName() == "qt_toolbar_ext_button":
        return []
    needed = button.sizeHint().width()
    if isinstance(button, QToolButton) and button.menu() is not None \
            and button.popupMode() != QToolButton.ToolButtonPopupMode.MenuButtonPopup:
        # The base style draws the menu's arrow over the label's right end and leaves it out of
        # the size it asks for: measure with the style that draws, plus the arrow.
        style = button.style()
        drawing = style.baseStyle() if isinstance(style, QProxyStyle) else style
        option = QStyleOptionToolButton()
        button.initStyleOption(option)
        content = QSize(button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text).width(),
                        button.fontMetrics().height())
        if not button.icon().isNull() and button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonTextOnly:
            content.setWidth(content.width() + button.iconSize().width() + 4)
        needed = drawing.sizeFromContents(QStyle.ContentsType.CT_ToolButton, option, content, button).width() \
            + drawing.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    return _too_narrow(button, text, needed, button.width()) + _too_low(
        button, text, button.fontMetrics().height(), button.height())


def _combo_box(combo: QComboBox) -> list[Clip]:
    text = combo.currentText()
    if not text or combo.isEditable() or combo.toolTip() == text:
        return []  # a record's long line (not a label) may be cut when its tooltip holds it whole
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    width = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        width += combo.iconSize().width() + 4
    needed = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                            QSize(width, combo.fontMetrics().height()), combo).width()
    return _too_narrow(combo, text, needed, combo.width())


def _spin_box(box: QAbstractSpinBox) -> list[Clip]:
    editor = box.lineEdit()
    text = editor.text() if editor is not None else ""
    if not text or editor is None:
        return []
    # QLineEdit draws its text 2 px in from each side of its contents.
    needed = box.fontMetrics().horizontalAdvance(text) + 4
    return _too_narrow(box, text, needed, editor.contentsRect().width())


def _group_box(box: QGroupBox) -> list[Clip]:
    text = box.title()
    if not text:
        return []
    needed = box.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text).width()
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
    return _too_narrow(box, text, needed, box.contentsRect().width())


def _tab_bar(bar: QTabBar) -> list[Clip]:
    clips: list[Clip] = []
    visible = bar.rect()
    for index in range(bar.count()):
        text = bar.tabText(index)
        rect = bar.tabRect(index)
        if not text or not bar.isTabVisible(index) or not visible.intersects(rect):
            continue  # a tab scrolled out of sight is reached by the tab bar's arrows
        hint = bar.tabSizeHint(index)
        clips += _too_narrow(bar, text, hint.width(), rect.width())
        # The style clips the label to its text box, which for an unselected tab is shifted and
        # smaller: a box lower than the font cuts accents above capitals or tails below letters.
        option = QStyleOptionTab()
        bar.initStyleOption(option, index)
        box = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
        clips += _too_low(bar, text, bar.fontMetrics().height(), box.height())
    return clips


def _header(header: QHeaderView) -> list[Clip]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    clips: list[Clip] = []
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        size = metrics.size(0, text)
        needed = size.width() + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += size.height() + margin
        clips += [Clip(f"{describe(header)} column {section}", text, clip.problem)
                  for clip in _too_narrow(header, text, needed, header.sectionSize(section))]
    return clips
