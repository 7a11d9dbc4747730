"""Training off the GUI thread.

The worker lives in its own ``QThread`` and trains batch after batch while it is told to
play. It never touches a widget: it keeps the newest probe snapshot and the statistics of
the batches since the last frame, and the controller's timer in the GUI thread takes them
(the latest snapshot wins; nothing queues up). Settings changed in the GUI reach the
session between two batches.
"""

from __future__ import annotations

import threading
import time

import numpy as np

from cnnviz.core.session import Session
from cnnviz.errors import CnnvizError
from cnnviz.gui.qt import QtCore

SNAPSHOT_EVERY_S = 0.045
EVAL_EVERY_S = 2.0
EVAL_IMAGES = 1000


class Frame:
    """What the worker has produced since the GUI last looked."""

    def __init__(self):
        self.snapshot = None
        self.steps: list[int] = []
        self.losses: list[float] = []
        self.accuracies: list[float] = []
        self.evaluations: list[tuple[int, float]] = []
        self.images = 0
        self.seconds = 0.0


class TrainWorker(QtCore.QObject):
    """Runs ``Session.train_batch`` in a loop on its own thread."""

    started = QtCore.Signal()
    stopped = QtCore.Signal(str)   # why: "paused", "epoch", "error: ..."

    def __init__(self, session: Session, lock: threading.RLock):
        super().__init__()
        self.session = session
        self.lock = lock
        self._frame = Frame()
        self._frame_lock = threading.Lock()
        self._changes: dict = {}
        self._stop = threading.Event()
        self.running = False

    # -- called from the GUI thread --------------------------------------------------
    def request_stop(self) -> None:
        self._stop.set()

    def request_changes(self, **changes) -> None:
        with self._frame_lock:
            self._changes.update(changes)

    def take_frame(self) -> Frame:
        with self._frame_lock:
            frame, self._frame = self._frame, Frame()
        return frame

    # -- runs in the worker thread ---------------------------------------------------
    @QtCore.Slot(str)
    def run(self, mode: str) -> None:
        """Train until paused (``mode="play"``) or until the epoch ends (``"epoch"``)."""
        self._stop.clear()
        self.running = True
        self.started.emit()
        why = "paused"
        epoch = self.session.epoch
        last_snap = last_eval = 0.0
        try:
            while not self._stop.is_set():
                self._apply_changes()
                t0 = time.perf_counter()
                with self.lock:
                    stats = self.session.train_batch()
                    now = time.perf_counter()
                    snap = None
                    if now - last_snap >= SNAPSHOT_EVERY_S:
                        snap, last_snap = self.session.probe_snapshot(), now
                    ev = None
                    end_of_epoch = self.session.epoch != epoch
                    if now - last_eval >= EVAL_EVERY_S or end_of_epoch:
                        ev, last_eval = self.session.evaluate(limit=EVAL_IMAGES), now
                self._publish(stats, snap, ev, time.perf_counter() - t0)
                if mode == "epoch" and end_of_epoch:
                    why = "epoch"
                    break
        except CnnvizError as e:
            why = f"error: {e}"
        except Exception as e:  # noqa: BLE001 - shown in a dialog, never a bare traceback
            why = f"error: unexpected {type(e).__name__}: {e}"
        finally:
            self.running = False
            self.stopped.emit(why)

    def _apply_changes(self) -> None:
        with self._frame_lock:
            changes, self._changes = self._changes, {}
        if changes:
            with self.lock:
                self.session.reconfigure(**changes)

    def _publish(self, stats, snap, ev, seconds) -> None:
        with self._frame_lock:
            f = self._frame
            f.steps.append(stats.step)
            f.losses.append(stats.loss)
            f.accuracies.append(stats.accuracy)
            f.images += stats.images
            f.seconds += seconds
            if snap is not None:
                f.snapshot = snap
            if ev is not None:
                f.evaluations.append((stats.step, ev.accuracy))


def frame_arrays(frame: Frame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.asarray(frame.steps, dtype=np.int64), np.asarray(frame.losses),
            np.asarray(frame.accuracies))
