"""Garbage collection stays in the GUI thread while background threads run: collected
in the link thread, a widget's destructor deadlocked with the GUI thread."""

import gc
import threading
import weakref

import pytest

from cnnviz.gui import gui_gc
from cnnviz.gui.qt import QtWidgets


@pytest.fixture(autouse=True)
def no_holds_before():
    """These tests count holds from none; make_app holds for the application's life, and
    the tests' application is made by it (the ``qapp`` fixture of tests/conftest.py)."""
    held = 0
    while gui_gc.active():
        gui_gc.release()
        held += 1
    yield
    for _ in range(held):
        gui_gc.hold()


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


def test_the_window_s_application_collects_in_its_gui_thread_only():
    """make_app holds for the application's life: no collection starts inside a Qt
    call that holds a lock a collected widget's destructor needs."""
    import os
    import subprocess
    import sys

    code = ("import gc; from cnnviz.gui.app import make_app; from cnnviz.gui import gui_gc; "
            "make_app(); print(gc.isenabled(), gui_gc.active())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True"]
