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


def test_the_tests_application_collects_between_events_only(qapp):
    """The tests' QApplication is the window's (make_app): automatic collection stays
    off for the whole run, so no collection starts inside a Qt call, whichever test
    comes first."""
    import gc

    from cnnviz.gui import gui_gc
    from cnnviz.gui.app import make_app

    assert make_app() is qapp
    assert gui_gc.active() and not gc.isenabled()
