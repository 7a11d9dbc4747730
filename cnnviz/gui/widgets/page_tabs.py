"""The window's pages as tabs, each in a scroll area of its own.

A page asks for the room its content needs: the convolution lab with a 7x7 kernel in full
mode and stride 2 wants more than 1280x800 leaves it, 913 x 901 pixels. As a plain tab,
that minimum was the central area's: the window took the width from the training panel
beside it, crushed to 70 pixels (where it stayed after the window grew again), and grew
taller than the screen. In a scroll area the page scrolls instead.

``widget(i)``, ``currentWidget()``, ``indexOf()`` and ``setCurrentWidget()`` speak of
the pages themselves, not of their scroll areas.
"""

from __future__ import annotations

from cnnviz.gui.qt import QtCore, QtWidgets

#: the least room a page's area asks of the window (its page scrolls below its own)
LEAST_WIDTH, LEAST_HEIGHT = 200, 200


class _PageScroll(QtWidgets.QScrollArea):
    """The scroll area of one page: the page fills it, and scrolls where the window
    leaves less room than the page needs."""

    def __init__(self, page: QtWidgets.QWidget):
        super().__init__()
        self.setObjectName(f"{page.objectName() or 'page'}_scroll")
        self.setWidgetResizable(False)
        self.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        # the page's own keys (arrows step the labs) are not the scroll area's to take
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.setWidget(page)
        page.installEventFilter(self)

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(LEAST_WIDTH, LEAST_HEIGHT)

    def sizeHint(self) -> QtCore.QSize:
        return self.widget().sizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget() and event.type() == QtCore.QEvent.Type.LayoutRequest:
            self._fit()           # the page needs another width (a larger kernel)
            self.updateGeometry()
        return False

    def _fit(self) -> None:
        page, view = self.widget(), self.viewport().size()
        least = page.minimumSizeHint()
        page.resize(max(view.width(), least.width()), max(view.height(), least.height()))


class PageTabs(QtWidgets.QTabWidget):
    """A QTabWidget whose pages scroll when the window is narrower than they need."""

    def addTab(self, page: QtWidgets.QWidget, label: str) -> int:
        return super().addTab(_PageScroll(page), label)

    def widget(self, index: int) -> QtWidgets.QWidget | None:
        holder = super().widget(index)
        return holder.widget() if isinstance(holder, _PageScroll) else holder

    def currentWidget(self) -> QtWidgets.QWidget | None:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QtWidgets.QWidget) -> int:
        for i in range(self.count()):
            if self.widget(i) is page:
                return i
        return super().indexOf(page)

    def setCurrentWidget(self, page: QtWidgets.QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))
