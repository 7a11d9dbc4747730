"""The controller: owns the training session, runs continuous training in a separate
process, and hands the views snapshots through signals. Views never touch the session.

Everything runs in the GUI thread (each step takes milliseconds) except Play and Train
epoch: they send the whole session state to the training process
(:mod:`cnnviz.gui.trainer_process`, reached through :mod:`cnnviz.gui.worker`), which
streams frames back and, when it stops, its final state, which the session here takes
over: stepping then continues from the trained weights bit for bit. Meanwhile settings and
probe changes apply here at once and reach the process between batches, and the session's
step follows the frames; its epoch, weights and optimiser stay those from before Play
until the state comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from cnnviz.core import checkpoint
from cnnviz.core.health import HealthMonitor, monitor_batch
from cnnviz.core.health_log import HealthLog
from cnnviz.core.history import History
from cnnviz.core.session import Session, TrainConfig
from cnnviz.core.timeline import Timeline
from cnnviz.core.weights import snapshot_weights
from cnnviz.data import Dataset
from cnnviz.errors import CnnvizError, ConfigError, Message, reason
from cnnviz.gui.qt import QT_TRANSLATE_NOOP, QtCore
from cnnviz.gui.rate_meter import RateMeter
from cnnviz.gui.worker import STOP_TIMEOUT_S, End, TrainerLink, frame_arrays, take_over

#: How often the GUI looks for a frame. Faster than the process sends them (25 per second
#: at most), so that none is dropped for arriving just after a look; a look that finds
#: nothing new costs microseconds.
FRAME_MS = 25
FORMULAS = {
    ("Forward", "conv"): QT_TRANSLATE_NOOP(
        "Formulas", "Y_i = B_i + Σ_j X_j ⋆ K_ij   (⋆: cross-correlation)"),
    ("Forward", "avg pool"): QT_TRANSLATE_NOOP("Formulas", "Y = mean of each k×k window of X"),
    ("Forward", "max pool"): QT_TRANSLATE_NOOP(
        "Formulas", "Y = max of each k×k window of X (the winner is kept)"),
    ("Forward", "dense"): QT_TRANSLATE_NOOP("Formulas", "Y = W X + B"),
    ("Backward", "conv"): QT_TRANSLATE_NOOP(
        "Formulas", "dE/dB = Σ dE/dY,  dE/dK = X ⋆ dE/dY,  dE/dX = dE/dY *full K"),
    # same and full mode: the kernel slid over X with a zero border, X̃
    ("Backward", "conv bordered"): QT_TRANSLATE_NOOP(
        "Formulas", "dE/dB = Σ dE/dY,  dE/dK = X̃ ⋆ dE/dY,  dE/dX = dE/dY *full K without "
                    "the border,  X̃: X with its zero border"),
    ("Backward", "avg pool"): QT_TRANSLATE_NOOP(
        "Formulas", "dE/dX = dE/dY / k² spread over each window"),
    ("Backward", "max pool"): QT_TRANSLATE_NOOP(
        "Formulas", "dE/dX = dE/dY routed to each window's winner"),
    ("Backward", "dense"): QT_TRANSLATE_NOOP(
        "Formulas", "dE/dW = dE/dY Xᵀ,  dE/dB = dE/dY,  dE/dX = Wᵀ dE/dY"),
    # the maps show the probe's gradients; the step follows the whole batch's
    ("Update", ""): QT_TRANSLATE_NOOP(
        "Formulas", "w ← w − lr · (optimiser step from the batch's mean dE/dw)"),
}


class Controller(QtCore.QObject):
    """The session, its training process, and the signals the views listen to."""

    snapshotChanged = QtCore.Signal(object)          # Snapshot
    batchesTrained = QtCore.Signal(object, object, object)   # steps, losses, accuracies
    evaluated = QtCore.Signal(int, float)            # step, test accuracy
    countersChanged = QtCore.Signal(int, int, float)  # step, epoch, images/s (0: unknown)
    phaseChanged = QtCore.Signal(str, str, str)      # step just done, its formula, next step
    runningChanged = QtCore.Signal(bool)
    networkRebuilt = QtCore.Signal()
    errorOccurred = QtCore.Signal(object)            # str or Message: i18n.error_text
    healthChanged = QtCore.Signal()                  # new records in ``health`` (or cleared)
    fileChanged = QtCore.Signal()                    # saved, opened or made: ``file_path``

    def __init__(self, data: Dataset, config: TrainConfig | None = None,
                 arch: dict | None = None, probe_index: int = 0, parent=None):
        super().__init__(parent)
        self.data = data
        self.session = Session(data, config or TrainConfig(epochs=1), arch, probe_index)
        #: the step the network was last saved (or opened, or made) at: Reset and Open
        #: ask first only when training since then would be lost
        self.saved_step = self.session.step
        #: the checkpoint the network was last saved to or opened from (None: not yet)
        self.file_path: Path | None = None
        self.snapshot = None
        self.last_phase = "Ready"
        self.max_batches: int | None = None   # tests: stop a run after this many batches
        self._link = TrainerLink(data)
        self.health = HealthLog()
        self.timeline = Timeline()   # every published snapshot, for rewinding
        # stepping is by hand and slow: measure after every stepped update
        self._monitor = HealthMonitor(*monitor_batch(data), every_s=None, every_steps=1)
        self._before: tuple[dict, dict] | None = None   # the state sent on Play
        #: the settings changes sent to the process during this run, numbered from 1
        self._sets: list[tuple[int, dict]] = []
        self._mode = ""
        self._drawn_tag = 0
        self._timer = QtCore.QTimer(self)
        self._rate = RateMeter()   # images/s over the last second of frames
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._pull)

    @property
    def _thread(self):   # talks to the training process; None before the first Play
        return self._link.thread

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
                if word == "Backward" and kind == "conv" and b.layer.mode != "valid":
                    kind = "conv bordered"
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
            result = fn()
        except CnnvizError as e:
            self._emit_phase()   # a failed update starts the batch afresh: say what is next
            self.errorOccurred.emit(reason(e))
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
        before = None if self.running else self._monitor.arm(self.session.net)
        stats = self._step(self.session.update)
        if stats is not None:
            self._record_health(stats.step, before)
            self._after_batch(stats, timed=False)   # stepped through by hand
        return stats

    def _stepping(self) -> bool:
        """Whether a batch is being stepped through (its time is the lecturer's)."""
        return self.session.phase != f"Forward {self.session.net.blocks[0].name}"

    def train_batch(self):
        before = None if self.running else self._monitor.arm(self.session.net)
        timed = not self._stepping()
        stats = self._step(self.session.train_batch)
        if stats is not None:
            self.last_phase = "Update"
            self._record_health(stats.step, before)
            self._after_batch(stats, timed)
        return stats

    def _record_health(self, step: int, before) -> None:
        record = self._monitor.record(self.session.net, step, before)
        if record is not None:
            self.health.add(record)
            self.healthChanged.emit()

    def _after_batch(self, stats, timed: bool = True) -> None:
        """``timed``: the batch ran in one go, so its images/s mean something; a batch
        stepped through by hand took the lecturer's time, and shows none (0)."""
        self.batchesTrained.emit(np.array([stats.step]), np.array([stats.loss]),
                                 np.array([stats.accuracy]))
        ips = stats.images / max(stats.seconds, 1e-9) if timed else 0.0
        # the epoch under way now, as the training process and an opened checkpoint say
        # it (stats.epoch is the batch's: one epoch behind after an epoch's last batch)
        self.countersChanged.emit(stats.step, self.session.epoch, ips)
        self._publish(self.session.probe_snapshot())
        self._emit_phase()

    # -- continuous training (training process) --------------------------------------
    def play(self) -> None:
        self._run("play")

    def train_epoch(self) -> None:
        self._run("epoch")

    def _run(self, mode: str) -> None:
        if self.running:
            return
        # the batch being stepped through is finished first, as Train batch finishes it:
        # its update said as the phase done ("Backward C1" again turned the inspector,
        # when it follows the step, away from the layer just chosen), its health
        # recorded, and a failure said in a message, with nothing started
        if self._stepping() and self.train_batch() is None:
            return
        try:
            state = self.session.export_state()
            self._link.play(mode, state, self.max_batches)
        except (CnnvizError, OSError) as e:
            self.errorOccurred.emit(Message(QT_TRANSLATE_NOOP(
                "Errors", "could not start the training process: {reason}"), reason=reason(e)))
            return
        self._before, self._mode = state, mode
        self._rate.reset()
        self._timer.start()
        self.runningChanged.emit(True)
        self._emit_phase()     # "Training", until the process stops

    def pause(self) -> None:
        if self.running:
            self._link.pause()

    @QtCore.Slot()
    def _pull(self) -> None:
        frame, end = self._link.take()
        if frame.steps:
            steps, losses, accs = frame_arrays(frame)
            # the process's counters: a rate typed meanwhile is turned into the run's
            # rate here with its epoch, as the process does (Session.reconfigure)
            self.session.step, self.session.epoch = int(steps[-1]), int(frame.epoch)
            self.batchesTrained.emit(steps, losses, accs)
            ips = self._rate.add(frame.images, frame.seconds)
            self.countersChanged.emit(int(steps[-1]), frame.epoch, ips)
        for step, acc in frame.evaluations:
            self.evaluated.emit(step, acc)
        for record in frame.health:
            self.health.add(record)
        if frame.health:
            self.healthChanged.emit()
        # a snapshot sent before a probe change reached the process is already out of date
        snap = frame.snapshot
        if snap is not None and snap.probe_key == self.session.probe_key:
            self._publish(snap)
        if end is not None:
            self._finish(end)

    def _finish(self, end: End) -> None:
        self._timer.stop()
        error, kept = take_over(self.session, end, self._before, self._sets)
        self._before, self._sets = None, []
        if not kept:
            self.countersChanged.emit(self.session.step, self.session.epoch, 0.0)
        self._publish(self.session.probe_snapshot())
        self.last_phase = "Update"
        self.runningChanged.emit(False)
        self._emit_phase()
        if error:
            self.errorOccurred.emit(error)

    # -- settings ----------------------------------------------------------------
    def set_hyper(self, **changes) -> bool:
        """Change learning rate, batch size, optimiser or momentum, even while training.
        ``lr_now`` sets the rate of the epoch under way in the training process."""
        try:
            replace(self.session.config, **self.session.resolved(changes)).validate()
        except (ConfigError, TypeError, ValueError) as e:
            self.errorOccurred.emit(reason(e))
            return False
        self.session.reconfigure(**changes)
        if self.running:
            self._sets.append((len(self._sets) + 1, changes))
            self._link.send("set", changes=changes, seq=len(self._sets))
        return True

    def set_probe(self, index: int) -> None:
        try:
            self.session.set_probe(index)
        except CnnvizError as e:
            self.errorOccurred.emit(reason(e))
            return
        if self.running:   # the process traces it with the weights it is training
            self._link.send("probe", index=self.session.probe_index)
        else:
            self._publish(self.session.probe_view(self.last_phase))

    def set_probe_image(self, image: np.ndarray, label: int) -> bool:
        """Make a drawn (H, W) image, pixels 0..255, the probe; its backward pass starts
        from class ``label``. False (and an error message) if the image does not fit."""
        self._drawn_tag += 1
        try:
            self.session.set_probe_image(image, label, self._drawn_tag)
        except CnnvizError as e:
            self.errorOccurred.emit(reason(e))
            return False
        if self.running:
            d = self.session.drawn
            self._link.send("probe_image", {"image": d.image}, label=d.label, tag=d.tag)
        else:
            self._publish(self.session.probe_view(self.last_phase))
        return True

    def current_weights(self) -> tuple[dict, np.dtype, dict[str, np.ndarray], int]:
        """Architecture, dtype, a copy of the weights in use and their step.

        While the training process runs the window's network is stale; the weights are
        then those of the newest snapshot it sent.
        """
        net, snap = self.session.net, self.snapshot
        if self.running and snap is not None:
            return dict(net.config), net.dtype, snapshot_weights(snap), snap.step
        return dict(net.config), net.dtype, net.state_dict(), self.session.step

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

    def use_session(self, session: Session, path=None) -> None:
        """Go on from ``session`` (e.g. one a scenario file saved), as a checkpoint would;
        ``path``: the file it came from, which the title names."""
        self._replace_session(session, Path(path) if path is not None else None)

    def name_file(self, path) -> None:
        """Name ``path`` as the file the network was last saved to (a scenario, whose
        checkpoint lies beside it), in the title."""
        self.file_path = Path(path)
        self.fileChanged.emit()

    def _replace_session(self, session: Session, path: Path | None = None) -> None:
        self._wait_idle()
        self.last_phase = "Ready"
        self.session.net.close()
        self.session = session
        self.saved_step, self.file_path = session.step, path
        self.fileChanged.emit()
        self.timeline.clear()
        self.health.clear()
        self.healthChanged.emit()
        self.networkRebuilt.emit()
        self.countersChanged.emit(session.step, session.epoch, 0.0)
        self.start()
        if session.note:   # opened, with a word of warning (another data set's classes)
            self.errorOccurred.emit(session.note)

    def _wait_idle(self, timeout_s: float = STOP_TIMEOUT_S + 2) -> None:
        """Pause and wait until the trained state is back (the timer ends hung runs)."""
        self.pause()
        deadline = QtCore.QDeadlineTimer(int(timeout_s * 1000))
        while self.running and not deadline.hasExpired():
            QtCore.QCoreApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QtCore.QThread.msleep(5)

    # -- files -------------------------------------------------------------------
    def open_checkpoint(self, path) -> bool:
        """Load a checkpoint; a bad file leaves the current network untouched."""
        try:
            session, _ = checkpoint.open_session(path, self.data, self.session.config,
                                                 self.session.probe_index)
        except CnnvizError as e:
            self.errorOccurred.emit(reason(e))
            return False
        self._replace_session(session, Path(path))
        return True

    def save_checkpoint(self, path, history: Callable[[], History] | None = None) -> bool:
        """Save the current network (and ``history()``, the curves the window drew, asked
        for once the batches trained so far have reached the window); while training,
        its weights are fetched first."""
        resume = self._mode if self.running else ""
        self._wait_idle()
        try:
            checkpoint.save_session(path, self.session,
                                    history=history() if history is not None else None)
        except (OSError, CnnvizError) as e:
            self.errorOccurred.emit(Message(QT_TRANSLATE_NOOP(
                "Errors", "{path}: could not save the checkpoint ({reason})"),
                path=path, reason=reason(e)))
            return False
        else:
            self.saved_step, self.file_path = self.session.step, Path(path)
            self.fileChanged.emit()
        finally:
            if resume:
                self._run(resume)
        return True

    # -- plumbing ----------------------------------------------------------------
    def _publish(self, snap) -> None:
        self.snapshot = snap
        self.timeline.add(snap)
        self.snapshotChanged.emit(snap)

    def repeat_phase(self) -> None:
        """Say the phase again (to views built after it was said)."""
        self._emit_phase()

    def _emit_phase(self) -> None:
        if self.running:
            self.phaseChanged.emit("Training", "", "")
        else:
            self.phaseChanged.emit(self.last_phase, self.formula(self.last_phase),
                                   self.session.phase)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """End the training process (killing it if it hangs); True when it ended in time."""
        self._timer.stop()
        ok = self._link.shutdown(0.8 * timeout_ms / 1000)
        self.session.net.close()
        return ok
