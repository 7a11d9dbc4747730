"""PySide6 6.12.0 on Python 3.11 drops a reference to True on every Signal.emit and
aborts the interpreter after a few thousand; the pin below 6.12 must hold."""

import sys

from cnnviz.gui.qt import QtCore


def test_signal_emit_keeps_bool_refcount(qapp):
    class Src(QtCore.QObject):
        sig = QtCore.Signal(object)

    s, before = Src(), sys.getrefcount(True)
    for _ in range(100):
        s.sig.emit(None)
    assert abs(sys.getrefcount(True) - before) < 10
