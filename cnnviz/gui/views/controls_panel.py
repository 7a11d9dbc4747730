"""The probe chooser and the training settings: plain widgets that report to the
controller and show what it says; they hold no state of their own."""

from __future__ import annotations

import re

from cnnviz.gui.qt import QT_TR_NOOP, QtCore, QtGui, QtWidgets
from cnnviz.gui.widgets.labels import ElidedLabel


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ControlsPanel", text)


class ProbePanel(QtWidgets.QGroupBox):
    """Which test image is on show: index, previous/next, random, random of a class."""

    probeRequested = QtCore.Signal(int)
    randomRequested = QtCore.Signal(object)   # class index or None

    def __init__(self, n_test: int, classes: tuple[str, ...], parent=None):
        super().__init__(tr("Probe sample (test set)"), parent)
        self.index = QtWidgets.QSpinBox()
        self.index.setObjectName("probe_index")
        self.index.setRange(0, n_test - 1)
        self.index.setKeyboardTracking(False)
        self.prev_button = QtWidgets.QPushButton(tr("◀ Previous"))
        self.next_button = QtWidgets.QPushButton(tr("Next ▶"))
        self.random_button = QtWidgets.QPushButton(tr("Random"))
        self.klass = QtWidgets.QComboBox()
        self.klass.addItems(list(classes))
        self.random_class_button = QtWidgets.QPushButton(tr("Random of class"))
        self.label = ElidedLabel()
        grid = QtWidgets.QGridLayout(self)
        grid.addWidget(QtWidgets.QLabel(tr("Index")), 0, 0)
        grid.addWidget(self.index, 0, 1)
        grid.addWidget(self.random_button, 0, 2)
        grid.addWidget(self.prev_button, 1, 0)
        grid.addWidget(self.next_button, 1, 1, 1, 2)
        grid.addWidget(self.klass, 2, 0, 1, 1)
        grid.addWidget(self.random_class_button, 2, 1, 1, 2)
        grid.addWidget(self.label, 3, 0, 1, 3)
        self.index.valueChanged.connect(self.probeRequested)
        # while a drawing is the probe, the index on show is still a test image's: Enter
        # brings that one back even though the value did not change
        self.drawn = False
        self.index.editingFinished.connect(
            lambda: self.drawn and self.probeRequested.emit(self.index.value()))
        self.prev_button.clicked.connect(lambda: self.index.setValue(self.index.value() - 1))
        self.next_button.clicked.connect(lambda: self.index.setValue(self.index.value() + 1))
        self.random_button.clicked.connect(lambda: self.randomRequested.emit(None))
        self.random_class_button.clicked.connect(
            lambda: self.randomRequested.emit(self.klass.currentIndex()))
        self.classes = classes

    def show_probe(self, index: int, label: int, drawn: bool = False) -> None:
        """Reflect the controller's probe without sending a request back."""
        self.drawn = drawn
        if drawn:
            self.label.setText(tr("drawn digit, backward from class {0}").format(
                self.classes[label]))
            return
        blocker = QtCore.QSignalBlocker(self.index)
        self.index.setValue(index)
        del blocker
        self.label.setText(tr("test image {0}, true class: {1}").format(index, self.classes[label]))


class RateBox(QtWidgets.QDoubleSpinBox):
    """A learning rate to four significant digits, whatever its size (a rate decayed to
    2.3e-07 read 0.000001 in six decimals), stepped by a tenth of its leading digit's
    place (a fixed 0.0005 was 9% of 0.0054 and 87% of 0.00058)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDecimals(12)           # the value itself is kept this finely
        self.setRange(1e-9, 1.0)
        self.setStepType(QtWidgets.QAbstractSpinBox.StepType.AdaptiveDecimalStepType)

    def textFromValue(self, value: float) -> str:  # noqa: N802  (Qt's name)
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        t = text.strip().replace(",", ".")
        try:
            v = float(t)
        except ValueError:   # on the way to a number: "", "0.", "1e-"
            partial = re.fullmatch(r"[0-9]*\.?[0-9]*(e-?[0-9]*)?", t, re.IGNORECASE)
            return QtGui.QValidator.State.Intermediate if partial else \
                QtGui.QValidator.State.Invalid
        ok = self.minimum() <= v <= self.maximum()
        return QtGui.QValidator.State.Acceptable if ok else QtGui.QValidator.State.Intermediate


class SettingsPanel(QtWidgets.QGroupBox):
    """Learning rate, batch size, optimiser and momentum; changes apply while training."""

    changed = QtCore.Signal(dict)

    def __init__(self, parent=None):
        super().__init__(tr("Training settings"), parent)
        #: the rate the next update uses: the run's rate times its decay for every epoch
        #: done (it read the run's rate of epoch 1, 0.05, where the bundled network's
        #: updates used 0.00537, and a student working an update by hand was ten times off)
        self.lr = RateBox()
        self.lr.setObjectName("learning_rate")
        self.lr.setKeyboardTracking(False)
        self.batch = QtWidgets.QSpinBox()
        self.batch.setObjectName("batch_size")
        self.batch.setRange(1, 1024)
        self.batch.setKeyboardTracking(False)
        self.optimizer = QtWidgets.QComboBox()
        self.optimizer.setObjectName("optimizer")
        self.optimizer.addItem("Adam", "adam")
        self.optimizer.addItem(tr("SGD + momentum"), "sgd")
        self.momentum = QtWidgets.QDoubleSpinBox()
        self.momentum.setObjectName("momentum")
        self.momentum.setRange(0.0, 0.999)
        self.momentum.setSingleStep(0.05)
        self.momentum.setKeyboardTracking(False)
        self._config, self._epoch = None, 0
        self.lr_label = QtWidgets.QLabel(tr("Learning rate"))
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.lr_label, self.lr)
        form.addRow(tr("Batch size"), self.batch)
        form.addRow(tr("Optimiser"), self.optimizer)
        form.addRow(tr("Momentum (SGD)"), self.momentum)
        # the rate typed is the one the next update uses: the training process turns it
        # into the run's rate with its own epoch, which may be one ahead of the field's
        self.lr.valueChanged.connect(lambda v: self.changed.emit({"lr_now": float(v)}))
        # once the field lets go (Enter, Escape, the focus gone), it shows the rate in use
        # again: an epoch that ended while it had the focus left it one epoch behind
        self.lr.editingFinished.connect(self._show_rate)
        self.batch.valueChanged.connect(lambda v: self.changed.emit({"batch_size": int(v)}))
        self.momentum.valueChanged.connect(lambda v: self.changed.emit({"momentum": float(v)}))
        self.optimizer.currentIndexChanged.connect(
            lambda i: self.changed.emit({"optimizer": self.optimizer.itemData(i)}))

    def _decay(self) -> float:
        c = self._config
        return c.lr_decay ** self._epoch if c is not None else 1.0

    def show_epoch(self, epoch: int) -> None:
        """The epoch under way (from 0): the field shows the rate used in it."""
        if int(epoch) != self._epoch:
            self._epoch = int(epoch)
            self._show_rate()

    def show_rate_of(self, config) -> None:
        """Show the rate ``config`` uses in the epoch under way, and say how it decays."""
        self._config = config
        self._show_rate()

    def _show_rate(self) -> None:
        """The rate in use, unless a rate is being typed (then once the field lets go)."""
        c = self._config
        if c is None or (self.lr.hasFocus() and self.lr.lineEdit().isModified()):
            return
        blocker = QtCore.QSignalBlocker(self.lr)
        self.lr.setValue(c.lr * self._decay())
        del blocker
        tip = tr("The rate the next update uses, in epoch {0}.").format(self._epoch + 1)
        if c.lr_decay != 1:
            tip += " " + tr("It is multiplied by {0} after every epoch: {1} in epoch 1.").format(
                f"{c.lr_decay:g}", f"{c.lr:g}")
        for w in (self.lr, self.lr_label):
            w.setToolTip(tip)

    def show_config(self, config) -> None:
        """Show a TrainConfig without echoing changes back."""
        self.show_rate_of(config)
        for w, value in ((self.batch, config.batch_size), (self.momentum, config.momentum)):
            blocker = QtCore.QSignalBlocker(w)
            w.setValue(value)
            del blocker
        blocker = QtCore.QSignalBlocker(self.optimizer)
        self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(config.optimizer)))
        del blocker


class ArchitectureDialog(QtWidgets.QDialog):
    """Choose activation, pooling, border mode and C3 table; the network is rebuilt."""

    OPTIONS = (
        ("activation", QT_TR_NOOP("Activation"),
         ((QT_TR_NOOP("tanh"), "tanh"), (QT_TR_NOOP("ReLU"), "relu"),
          (QT_TR_NOOP("sigmoid"), "sigmoid"))),
        ("pooling", QT_TR_NOOP("Pooling"),
         ((QT_TR_NOOP("average"), "avg"), (QT_TR_NOOP("max"), "max"))),
        ("mode", QT_TR_NOOP("Border mode of C1, C3, C5"),
         ((QT_TR_NOOP("valid"), "valid"), (QT_TR_NOOP("same"), "same"),
          (QT_TR_NOOP("full"), "full"))),
        ("c3_table", QT_TR_NOOP("C3 connections"),
         ((QT_TR_NOOP("full"), "full"), (QT_TR_NOOP("LeCun 1998 table"), "lecun"))),
    )

    def __init__(self, config: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Network architecture"))
        form = QtWidgets.QFormLayout(self)
        self.boxes: dict[str, QtWidgets.QComboBox] = {}
        for key, label, choices in self.OPTIONS:
            box = QtWidgets.QComboBox()
            for text, value in choices:
                box.addItem(tr(text), value)
            box.setCurrentIndex(max(0, box.findData(config.get(key))))
            self.boxes[key] = box
            form.addRow(tr(label), box)
        note = QtWidgets.QLabel(tr("Applying rebuilds LeNet-5 from the seed: "
                                   "the trained weights are lost."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(tr("Rebuild"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def architecture(self) -> dict:
        return {"model": "lenet5", **{k: b.currentData() for k, b in self.boxes.items()}}
