"""Python's cyclic garbage collection in the GUI thread only, while other threads run.

The collector runs in whichever thread happens to allocate when a generation fills up.
If that is the link thread (:mod:`cnnviz.gui.worker`), and the garbage holds a widget
that Python owns (a window left by a language switch, a test's widget), PySide deletes
the widget in that thread: its destructor holds a Qt lock and waits for the GIL, while
the GUI thread, deleting another widget, holds the GIL and waits for that lock. The
window froze that way in a test run. So while a link thread runs, automatic collection
is off and a timer in the GUI thread collects instead (as pyqtgraph's
``GarbageCollector`` does, which cannot be turned back off).

The GUI thread alone froze too, in another test run: an allocation inside a Qt call
that held one of Qt's signal locks (pyqtgraph disconnecting a signal while a plot was
built) started a collection, which deleted a widget left by an earlier test, and the
widget's destructor waited for that same lock. The window (``cnnviz.gui.app.make_app``)
therefore holds for its whole life: the timer collects between events, where no Qt call
is under way. The tests' application is the window's own (the ``qapp`` fixture of
``tests/conftest.py``), and the GUI tests also collect after each test.
"""

from __future__ import annotations

import gc

from cnnviz.gui.qt import QtCore

#: how often the GUI thread looks at the generations' counts
INTERVAL_MS = 500

_holders = 0
_timer: QtCore.QTimer | None = None
_threshold = gc.get_threshold()


def hold() -> None:
    """Collect in the GUI thread from now on (call it there); pair it with :func:`release`."""
    global _holders, _timer, _threshold
    if _holders == 0:
        _threshold = gc.get_threshold()
        gc.disable()
        _timer = QtCore.QTimer()
        _timer.timeout.connect(collect)
        _timer.start(INTERVAL_MS)
    _holders += 1


def release() -> None:
    """The last holder gone: automatic collection again."""
    global _holders, _timer
    if _holders == 0:
        return
    _holders -= 1
    if _holders == 0:
        if _timer is not None:
            _timer.stop()
            _timer = None
        gc.enable()


def active() -> bool:
    return _holders > 0


def collect() -> None:
    """What automatic collection would have done by now, here."""
    c0, c1, c2 = gc.get_count()
    t0, t1, t2 = _threshold
    if c0 > t0:
        gc.collect(2 if (c1 > t1 and c2 > t2) else 1 if c1 > t1 else 0)
