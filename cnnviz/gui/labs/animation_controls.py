"""Transport for a lab animation: first, back, play/pause, forward, last, a scrub slider
and a speed, with the page's keys (Right, Left, Home, End, Return, + and -)."""

from __future__ import annotations

from cnnviz.gui.qt import QT_TR_NOOP, QtCore, QtGui, QtWidgets

SPEEDS = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)   # positions per second
DEFAULT_SPEED = 2
KEYS = (
    # key, method, what it does
    ("Right", "step_forward", "Next position"),
    ("Left", "step_back", "Previous position"),
    ("Home", "first", "First position"),
    ("End", "last", "Last position"),
    ("Return", "toggle", "Play or pause the animation"),
    ("+", "faster", "Faster"),
    ("=", "faster", "Faster"),
    ("-", "slower", "Slower"),
)
BUTTONS = (
    # name, standard icon, tip (translated when the button is built)
    ("first", "SP_MediaSkipBackward", QT_TR_NOOP("First position (Home)")),
    ("back", "SP_MediaSeekBackward", QT_TR_NOOP("Previous position (Left)")),
    ("play", "SP_MediaPlay", QT_TR_NOOP("Play or pause (Return)")),
    ("forward", "SP_MediaSeekForward", QT_TR_NOOP("Next position (Right)")),
    ("last", "SP_MediaSkipForward", QT_TR_NOOP("Last position (End)")),
)


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("AnimationControls", text)


class AnimationControls(QtWidgets.QWidget):
    """Play, pause, step and scrub through ``n`` positions; emits ``positionChanged``."""

    positionChanged = QtCore.Signal(int)
    playingChanged = QtCore.Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("animation_controls")
        self._count = 0
        self._speed = DEFAULT_SPEED
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(self._tick)
        self.shortcuts: list[QtGui.QShortcut] = []
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QtWidgets.QToolButton] = {}
        icons = QtWidgets.QStyle.StandardPixmap
        for name, icon, tip in BUTTONS:
            b = QtWidgets.QToolButton()
            b.setObjectName(f"anim_{name}")
            b.setIcon(self.style().standardIcon(getattr(icons, icon)))
            b.setIconSize(QtCore.QSize(24, 24))
            b.setToolTip(tr(tip))
            b.setMinimumSize(40, 34)
            lay.addWidget(b)
            self.buttons[name] = b
        self.buttons["first"].clicked.connect(self.first)
        self.buttons["back"].clicked.connect(self.step_back)
        self.buttons["play"].clicked.connect(self.toggle)
        self.buttons["forward"].clicked.connect(self.step_forward)
        self.buttons["last"].clicked.connect(self.last)
        self.slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.slider.setObjectName("anim_slider")
        self.slider.setToolTip(tr("Drag to any position"))
        self.slider.valueChanged.connect(self._on_slider)
        lay.addWidget(self.slider, 1)
        self.label = QtWidgets.QLabel()
        self.label.setObjectName("anim_position")
        self.label.setMinimumWidth(110)
        lay.addWidget(self.label)
        self.slower_button = QtWidgets.QToolButton()
        self.slower_button.setText("−")
        self.slower_button.setToolTip(tr("Slower (-)"))
        self.slower_button.clicked.connect(self.slower)
        self.faster_button = QtWidgets.QToolButton()
        self.faster_button.setText("+")
        self.faster_button.setToolTip(tr("Faster (+)"))
        self.faster_button.clicked.connect(self.faster)
        self.speed_label = QtWidgets.QLabel()
        self.speed_label.setObjectName("anim_speed")
        self.speed_label.setMinimumWidth(70)
        for w in (self.slower_button, self.speed_label, self.faster_button):
            lay.addWidget(w)
        self._show_speed()
        self.set_count(0)

    def install_shortcuts(self, page: QtWidgets.QWidget) -> None:
        """Give ``page`` (and its children) the animation keys."""
        for key, method, _ in KEYS:
            sc = QtGui.QShortcut(QtGui.QKeySequence(key), page)
            sc.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(getattr(self, method))
            self.shortcuts.append(sc)

    # -- state -------------------------------------------------------------------
    def set_count(self, n: int) -> None:
        """Number of positions; keeps the position when it still exists."""
        self._count = max(0, int(n))
        pos = min(self.slider.value(), max(self._count - 1, 0))
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(self._count - 1, 0))
        self.slider.setValue(pos)
        self.slider.blockSignals(False)
        self.setEnabled(self._count > 0)
        if self._count <= 1:
            self.pause()
        self._show_position()

    def count(self) -> int:
        return self._count

    def position(self) -> int:
        return self.slider.value()

    def set_position(self, i: int) -> None:
        """Go to position ``i`` (clamped) and emit ``positionChanged`` if it moved."""
        if self._count:
            self.slider.setValue(max(0, min(int(i), self._count - 1)))

    def speed(self) -> float:
        """Positions per second."""
        return SPEEDS[self._speed]

    def interval_ms(self) -> int:
        return int(round(1000 / self.speed()))

    def is_playing(self) -> bool:
        return self._timer.isActive()

    # -- actions -----------------------------------------------------------------
    def play(self) -> None:
        if self._count <= 1 or self.is_playing():
            return
        if self.position() == self._count - 1:
            self.set_position(0)
        self._timer.start(self.interval_ms())
        self._play_icon(QtWidgets.QStyle.StandardPixmap.SP_MediaPause)
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if self.is_playing():
            self._timer.stop()
            self.playingChanged.emit(False)
        self._play_icon(QtWidgets.QStyle.StandardPixmap.SP_MediaPlay)

    def _play_icon(self, icon: QtWidgets.QStyle.StandardPixmap) -> None:
        self.buttons["play"].setIcon(self.style().standardIcon(icon))

    def toggle(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def step_forward(self) -> None:
        self.set_position(self.position() + 1)

    def step_back(self) -> None:
        self.set_position(self.position() - 1)

    def first(self) -> None:
        self.set_position(0)

    def last(self) -> None:
        self.set_position(self._count - 1)

    def faster(self) -> None:
        self._set_speed(self._speed + 1)

    def slower(self) -> None:
        self._set_speed(self._speed - 1)

    def _set_speed(self, index: int) -> None:
        self._speed = max(0, min(index, len(SPEEDS) - 1))
        self._show_speed()
        if self.is_playing():
            self._timer.setInterval(self.interval_ms())

    def _tick(self) -> None:
        if self.position() >= self._count - 1:
            self.pause()
        else:
            self.step_forward()

    def _on_slider(self, value: int) -> None:
        self._show_position()
        self.positionChanged.emit(value)

    def _show_position(self) -> None:
        n = self._count
        self.label.setText(tr("position {0} / {1}").format(self.position() + 1 if n else 0, n))

    def _show_speed(self) -> None:
        self.speed_label.setText(tr("{0:g} / s").format(self.speed()))
