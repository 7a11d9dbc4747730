"""Garbage collection stays in the GUI thread while background threads run: collected
in the link thread, a widget's destructor deadlocked with the GUI thread."""

import gc
import threading
import weakref

from cnnviz.gui import gui_gc
from cnnviz.gui.qt import QtWidgets


class _Cycle:
    def __init__(self):
        self.me = self
        self.widget = QtWidgets.QWidget()     # owned by Python, as a dropped window is


def test_while_held_cycles_are_collected_in_the_gui_thread_only(qtbot):
    gui_gc.hold()
    try:
        assert not gc.isenabled() and gui_gc.active()
        cycle = _Cycle()
        gone = weakref.ref(cycle.widget)
        del cycle
        # another thread allocating a lot: with automatic collection on, the cycle (and
        # the widget with it) would be collected there
        junk = []
        t = threading.Thread(target=lambda: junk.extend([{}, []] for _ in range(200_000)))
        t.start()
        t.join()
        assert gone() is not None
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)   # the timer, here
    finally:
        gui_gc.release()
    assert gc.isenabled() and not gui_gc.active()


def test_holds_are_counted():
    gui_gc.hold()
    gui_gc.hold()
    gui_gc.release()
    assert not gc.isenabled()
    gui_gc.release()
    assert gc.isenabled()
    gui_gc.release()            # one too many does no harm
    assert gc.isenabled()


def test_the_link_holds_while_its_thread_runs(qtbot, small_data):
    from cnnviz.gui.controller import Controller

    c = Controller(small_data)
    try:
        assert not gui_gc.active()
        c.max_batches = 2
        c.play()
        assert gui_gc.active() and not gc.isenabled()
        qtbot.waitUntil(lambda: not c.running, timeout=30000)
    finally:
        c.shutdown()
    assert not gui_gc.active() and gc.isenabled()
