"""The controller: owns the training session, runs training on a worker thread, and
hands the views snapshots through signals. Views never touch the session.

Stepping (one block forward or backward, the update, one batch) runs in the GUI thread:
each step takes milliseconds. Playing and training an epoch run on the worker; while it
runs the stepping actions are disabled, and settings travel to it between batches.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np

from cnnviz.core import checkpoint
from cnnviz.core.session import Session, TrainConfig
from cnnviz.data import Dataset
from cnnviz.errors import CnnvizError, ConfigError
from cnnviz.gui.qt import QtCore
from cnnviz.gui.worker import TrainWorker, frame_arrays

FRAME_MS = 50
FORMULAS = {
    ("Forward", "conv"): "Y = K * X + B,   Y_i = B_i + Σ_j X_j ⋆ K_ij",
    ("Forward", "avg pool"): "Y = mean of each k×k window of X",
    ("Forward", "max pool"): "Y = max of each k×k window of X (the winner is kept)",
    ("Forward", "dense"): "y = W x + b",
    ("Backward", "conv"): "dE/dB = Σ dE/dY,  dE/dK = X ⋆ dE/dY,  dE/dX = dE/dY ⋆full K",
    ("Backward", "avg pool"): "dE/dX = dE/dY / k² spread over each window",
    ("Backward", "max pool"): "dE/dX = dE/dY routed to each window's winner",
    ("Backward", "dense"): "dE/dW = dE/dy xᵀ,  dE/db = dE/dy,  dE/dx = Wᵀ dE/dy",
    ("Update", ""): "w ← w − lr · (optimiser step from dE/dw)",
}


class Controller(QtCore.QObject):
    """The session, its worker thread, and the signals the views listen to."""

    snapshotChanged = QtCore.Signal(object)          # Snapshot
    batchesTrained = QtCore.Signal(object, object, object)   # steps, losses, accuracies
    evaluated = QtCore.Signal(int, float)            # step, test accuracy
    countersChanged = QtCore.Signal(int, int, float)  # step, epoch, images/s (0: unknown)
    phaseChanged = QtCore.Signal(str, str, str)      # step just done, its formula, next step
    runningChanged = QtCore.Signal(bool)
    networkRebuilt = QtCore.Signal()
    errorOccurred = QtCore.Signal(str)
    _runRequested = QtCore.Signal(str)

    def __init__(self, data: Dataset, config: TrainConfig | None = None,
                 arch: dict | None = None, probe_index: int = 0, parent=None):
        super().__init__(parent)
        self.data = data
        self.lock = threading.RLock()
        self.session = Session(data, config or TrainConfig(epochs=1), arch, probe_index)
        self.snapshot = None
        self.last_phase = "Ready"
        self._thread = QtCore.QThread()
        self._thread.setObjectName("cnnviz-trainer")
        self._worker: TrainWorker | None = None
        self._start_worker()
        self._thread.start()
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._pull)

    def _start_worker(self) -> None:
        self._worker = TrainWorker(self.session, self.lock)
        self._worker.moveToThread(self._thread)
        self._runRequested.connect(self._worker.run)
        self._worker.stopped.connect(self._on_stopped)

    # -- state -------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def phase(self) -> str:
        return self.session.phase

    def formula(self, phase: str) -> str:
        word, _, name = phase.partition(" ")
        kind = ""
        for b in self.session.net.blocks:
            if b.name == name:
                kind = b.layer.kind
        return FORMULAS.get((word, kind), "")

    def start(self) -> None:
        """Trace the probe so the window opens on a real forward and backward pass."""
        self._publish(self.session.probe_snapshot())
        self._emit_phase()

    # -- stepping (GUI thread) ------------------------------------------------------
    def _step(self, fn):
        if self.running:
            return None
        phase = self.session.phase
        try:
            with self.lock:
                result = fn()
        except CnnvizError as e:
            self.errorOccurred.emit(str(e))
            return None
        self.last_phase = phase
        self._emit_phase()
        return result

    def forward_step(self):
        snap = self._step(self.session.step_forward)
        if snap is not None:
            self._publish(snap)
        return snap

    def backward_step(self):
        snap = self._step(self.session.step_backward)
        if snap is not None:
            self._publish(snap)
        return snap

    def update(self):
        stats = self._step(self.session.update)
        if stats is not None:
            self._after_batch(stats)
        return stats

    def train_batch(self):
        stats = self._step(self.session.train_batch)
        if stats is not None:
            self.last_phase = "Update"
            self._after_batch(stats)
        return stats

    def _after_batch(self, stats) -> None:
        self.batchesTrained.emit(np.array([stats.step]), np.array([stats.loss]),
                                 np.array([stats.accuracy]))
        self.countersChanged.emit(stats.step, stats.epoch, stats.images / max(stats.seconds, 1e-9))
        with self.lock:
            snap = self.session.probe_snapshot()
        self._publish(snap)
        self._emit_phase()

    # -- continuous training (worker thread) -----------------------------------------
    def play(self) -> None:
        self._run("play")

    def train_epoch(self) -> None:
        self._run("epoch")

    def _run(self, mode: str) -> None:
        if self.running:
            return
        if self.session.phase != f"Forward {self.session.net.blocks[0].name}":
            with self.lock:   # finish the batch that was being stepped through
                stats = self.session.train_batch()
            self._after_batch(stats)
        self._timer.start()
        self.runningChanged.emit(True)
        self._runRequested.emit(mode)

    def pause(self) -> None:
        if self._worker is not None:
            self._worker.request_stop()

    @QtCore.Slot(str)
    def _on_stopped(self, why: str) -> None:
        self._timer.stop()
        self._pull()
        self.last_phase = "Update"
        self.runningChanged.emit(False)
        self._emit_phase()
        if why.startswith("error: "):
            self.errorOccurred.emit(why[len("error: "):])

    @QtCore.Slot()
    def _pull(self) -> None:
        frame = self._worker.take_frame()
        if frame.steps:
            steps, losses, accs = frame_arrays(frame)
            self.batchesTrained.emit(steps, losses, accs)
            ips = frame.images / frame.seconds if frame.seconds > 0 else 0.0
            self.countersChanged.emit(int(steps[-1]), self.session.epoch, ips)
        for step, acc in frame.evaluations:
            self.evaluated.emit(step, acc)
        if frame.snapshot is not None:
            self._publish(frame.snapshot)

    # -- settings ----------------------------------------------------------------
    def set_hyper(self, **changes) -> bool:
        """Change learning rate, batch size, optimiser or momentum, even while training."""
        try:
            replace(self.session.config, **changes).validate()
        except (ConfigError, TypeError) as e:
            self.errorOccurred.emit(str(e))
            return False
        if self.running:
            self._worker.request_changes(**changes)
        else:
            with self.lock:
                self.session.reconfigure(**changes)
        return True

    def set_probe(self, index: int) -> None:
        try:
            with self.lock:
                self.session.set_probe(index)
                snap = self.session.probe_snapshot()
        except CnnvizError as e:
            self.errorOccurred.emit(str(e))
            return
        self._publish(snap)

    def random_probe(self, rng: np.random.Generator, digit: int | None = None) -> int:
        labels = self.data.test_labels
        pool = np.flatnonzero(labels == digit) if digit is not None else np.arange(len(labels))
        index = int(rng.choice(pool))
        self.set_probe(index)
        return index

    def reset(self, arch: dict | None = None) -> None:
        """Re-initialise from the seed (optionally with a new architecture)."""
        self._replace_session(Session(self.data, self.session.config,
                                      arch or self.session.net.config,
                                      self.session.probe_index))

    def _replace_session(self, session: Session) -> None:
        self.pause()
        self._wait_idle()
        self.last_phase = "Ready"
        with self.lock:
            self.session.net.close()
            self.session = session
            self._worker.session = session
        self.networkRebuilt.emit()
        self.countersChanged.emit(session.step, session.epoch, 0.0)
        self.start()

    def _wait_idle(self, timeout_s: float = 5.0) -> None:
        deadline = QtCore.QDeadlineTimer(int(timeout_s * 1000))
        while self._worker.running and not deadline.hasExpired():
            QtCore.QCoreApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QtCore.QThread.msleep(5)

    # -- files -------------------------------------------------------------------
    def open_checkpoint(self, path) -> bool:
        """Load a checkpoint; a bad file leaves the current network untouched."""
        try:
            net, ckpt = checkpoint.load_network(path)
        except CnnvizError as e:
            self.errorOccurred.emit(str(e))
            return False
        session = Session(self.data, self.session.config, net=net,
                          probe_index=self.session.probe_index)
        session.step = int(ckpt.state.get("step", 0))
        session.epoch = int(ckpt.state.get("epoch", 0))
        self._replace_session(session)
        return True

    def save_checkpoint(self, path) -> bool:
        try:
            with self.lock:
                checkpoint.save(path, self.session.net, train=self.session.config.to_dict(),
                                state={"epoch": self.session.epoch, "step": self.session.step},
                                optimizer=self.session.opt.state_arrays())
        except (OSError, CnnvizError) as e:
            self.errorOccurred.emit(f"{path}: could not save the checkpoint ({e})")
            return False
        return True

    # -- plumbing ----------------------------------------------------------------
    def _publish(self, snap) -> None:
        self.snapshot = snap
        self.snapshotChanged.emit(snap)

    def _emit_phase(self) -> None:
        if self.running:
            self.phaseChanged.emit("Training", "", "")
        else:
            self.phaseChanged.emit(self.last_phase, self.formula(self.last_phase),
                                   self.session.phase)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop training and the worker thread; True when it ended in time."""
        self._timer.stop()
        self.pause()
        self._thread.quit()
        ok = self._thread.wait(timeout_ms)
        self.session.net.close()
        return bool(ok)
