"""Labels in a larger font, for formulas and sums read from the back of a lecture hall,
and red messages that read in both themes."""

from __future__ import annotations

import re

from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

#: the red of a message on a light and on a dark window: the light theme's dark red read
#: at a contrast of 1.9 to 1 on the dark theme's grey
MESSAGE_RED = {False: "#b00020", True: "#ff8a80"}


def big_label(name: str, scale: float = 1.3, bold: bool = False,
              text: str = "") -> QtWidgets.QLabel:
    """A QLabel with object name ``name`` and its font ``scale`` times the default."""
    return _named(QtWidgets.QLabel(text), name, scale, bold)


def fitted_label(name: str, scale: float = 1.3, bold: bool = False) -> "FittedLabel":
    """A :class:`FittedLabel` with object name ``name``, its font ``scale`` times the
    default."""
    return _named(FittedLabel(), name, scale, bold)


def _named(label, name: str, scale: float, bold: bool):
    label.setObjectName(name)
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * scale)
    f.setBold(bold)
    label.setFont(f)
    return label


class MessageLabel(QtWidgets.QLabel):
    """Word-wrapped text about what is wrong, in a red that suits the window's palette (a
    style sheet would pin one red, and the widget's palette with it)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self._recolor()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self._recolor()

    def _recolor(self) -> None:
        pal = self.palette()
        dark = pal.color(QtGui.QPalette.ColorRole.Window).lightness() < 128
        red = QtGui.QColor(MESSAGE_RED[dark])
        if pal.color(QtGui.QPalette.ColorRole.WindowText) != red:   # no endless change
            pal.setColor(QtGui.QPalette.ColorRole.WindowText, red)
            self.setPalette(pal)


def message_label(name: str, scale: float = 1.0, bold: bool = False) -> MessageLabel:
    """A :class:`MessageLabel` with object name ``name``, its font ``scale`` times the
    default."""
    return _named(MessageLabel(), name, scale, bold)


#: no line break here: a no-break space for a space, and a word joiner after a slash
#: (a place to break for Qt's text layout, as in "dE/" + "dX")
_NO_BREAK = str.maketrans({" ": "\u00a0", "/": "/\u2060"})


def whole_parts(text: str, between: str) -> str:
    """``text`` that wraps only at the separators the regular expression ``between``
    matches, each part between them kept on one line; a text of one part wraps where it
    must."""
    parts = re.split(f"({between})", text)
    if len(parts) < 3:
        return text
    return "".join(p if i % 2 else p.translate(_NO_BREAK) for i, p in enumerate(parts))


class LinesLabel(QtWidgets.QLabel):
    """A word-wrapped label that keeps room for ``lines`` lines of its font, or for as many
    as a text it has shown needs at its width (in Russian a formula takes three): so that
    a text that wraps does not push what lies below it down, and a shorter one does not
    pull it back up. Made for the formula over the network strip, which changes with
    every step. When the window's width changes it measures again the texts it has shown
    (the last :data:`SEEN` of them) at its new width: widened, it gives back the lines
    that a narrow window had needed (about 80 pixels in Russian presentation mode). Its
    own width moves a little at every step, with the texts beside it; that only grows
    the room, as before, so that nothing moves from the second batch on."""

    SEEN = 64

    def __init__(self, lines: int = 2, parent=None):
        super().__init__(parent)
        self.lines = lines
        self.setWordWrap(True)
        self._seen: dict[str, None] = {}
        self._twin: QtWidgets.QLabel | None = None
        self._window_width = -1
        self._reserve()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._seen.pop(text, None)
        self._seen[text] = None
        if len(self._seen) > self.SEEN:
            del self._seen[next(iter(self._seen))]
        self._grow()

    def _least(self) -> int:
        m = self.contentsMargins()
        return (self.lines * self.fontMetrics().lineSpacing() + m.top() + m.bottom()
                + 2 * self.margin())

    def _reserve(self) -> None:
        """Room for ``lines`` lines, or for the texts seen at this width if more."""
        need = self._least()
        if self.isVisible():   # laid out: its width is the one it has
            width = self.width()
            twin = self._measurer()
            for text in self._seen:
                twin.setText(text)
                need = max(need, twin.heightForWidth(width))
            self._window_width = self.window().width()
        self.setMinimumHeight(need)

    def _measurer(self) -> QtWidgets.QLabel:
        """A hidden label like this one, to measure texts other than the one on show."""
        if self._twin is None:
            self._twin = QtWidgets.QLabel()
            self._twin.setWordWrap(True)
        twin = self._twin
        twin.setFont(self.font())
        twin.setTextFormat(self.textFormat())
        twin.setContentsMargins(self.contentsMargins())
        twin.setMargin(self.margin())
        twin.setIndent(self.indent())
        return twin

    def _grow(self) -> None:
        if self.isVisible():   # laid out: before, its width is not yet the one it gets
            need = self.heightForWidth(self.width())
            if need > self.minimumHeight():
                self.setMinimumHeight(need)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.window().width() != self._window_width:
            self._reserve()
        else:
            self._grow()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self._reserve()


class _TakesItsWidth(QtWidgets.QLabel):
    """A label that takes the width its layout gives it and asks for none: a plain
    QLabel asks for its text's width, and a long line widened its panel past a 1280x800
    window, which then scrolled sideways. Subclasses draw the text to fit."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored,
                           QtWidgets.QSizePolicy.Policy.Preferred)
        self.setText(text)

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(0, super().minimumSizeHint().height())


class ElidedLabel(_TakesItsWidth):
    """One line that never widens its panel: text longer than the room it is given ends
    in "…", and the whole text is its tooltip. ``text()`` is always the whole text.

    A long class name ("Ankle boot", in Russian) widened the training dock; a
    word-wrapped QLabel in the dock's scroll area asked for five times its height."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._tip()

    def shown_text(self) -> str:
        """The text as it is drawn: whole, or cut short with "…"."""
        return self.fontMetrics().elidedText(self.text(), QtCore.Qt.TextElideMode.ElideRight,
                                             max(0, self.contentsRect().width()))

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._tip()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self._tip()   # presentation mode's larger font cuts the text shorter

    def _tip(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
        painter.end()


class FittedLabel(_TakesItsWidth):
    """Lines broken by the caller that never widen their panel: lines wider than the
    room they are given are drawn smaller, to fit, down to :attr:`LEAST` of their size
    (past that they are cut). ``text()`` and ``font()`` stay as set, so that
    presentation mode scales the font as for any label.

    A convolution lab's worked sum for a digit (``(-0.100)·(-0.125) + ...``) was wider
    than the page at 1280x800: the page scrolled sideways, and its right edge (the
    products' title, the speed buttons) was cut off."""

    LEAST = 0.6

    def _text_rect(self) -> QtCore.QRect:
        return self.fontMetrics().boundingRect(QtCore.QRect(0, 0, 100_000, 100_000),
                                               int(self.alignment()), self.text())

    def shrink(self) -> float:
        """How much smaller than its font the text is drawn (1: not at all)."""
        need = self._text_rect().width()
        room = self.contentsRect().width()
        return 1.0 if need <= room or need <= 0 else max(self.LEAST, room / need)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        k = self.shrink()
        if k >= 1.0:
            super().paintEvent(event)   # as a QLabel draws it, selection and all
            return
        r = QtCore.QRectF(self.contentsRect())
        painter = QtGui.QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.scale(k, k)
        painter.drawText(QtCore.QRectF(r.x() / k, r.y() / k, r.width() / k, r.height() / k),
                         int(self.alignment()), self.text())
        painter.end()
