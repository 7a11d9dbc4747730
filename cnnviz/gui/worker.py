"""The window's end of the training process.

Continuous training runs in a process of its own (:mod:`cnnviz.gui.trainer_process`),
started on the first Play and kept for later ones. A link thread in the window's process
writes the commands to the pipe and reads what comes back. It never touches a widget: it
keeps the newest probe snapshot and the statistics of the batches since the last look, and
the controller's timer in the GUI thread takes them (the latest snapshot wins; nothing
queues up). Only bytes cross the pipe (:mod:`cnnviz.core.wire`), never pickle.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import socket
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait

import numpy as np

from cnnviz.core import wire
from cnnviz.core.health_log import records_from_parts
from cnnviz.errors import CnnvizError, Message, reason, word
from cnnviz.translatable import QT_TRANSLATE_NOOP
from cnnviz.gui import gui_gc, priority, trainer_process
from cnnviz.gui.qt import QtCore

STOP_TIMEOUT_S = 10.0


@contextlib.contextmanager
def _main_module_hidden():
    """Start processes without "spawn" running the window's main script again in them.

    "spawn" re-imports ``__main__`` (found through its ``__file__`` or ``__spec__``) in
    the child so that functions defined there can be found; the training process needs
    none of it, and a script that imports Qt at the top would load Qt into the child.
    """
    main = sys.modules["__main__"]
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.update(saved)


class Frame:
    """What the training process has produced since the GUI last looked."""

    def __init__(self):
        self.snapshot = None
        self.steps: list[int] = []
        self.losses: list[float] = []
        self.accuracies: list[float] = []
        self.evaluations: list[tuple[int, float]] = []
        self.health: list = []   # HealthRecords measured in the training process
        self.images = 0
        self.seconds = 0.0
        self.epoch: int | None = None


@dataclass
class End:
    """How a run ended: ``why`` is "paused", "epoch", "done", "failed" or "died"; ``state``
    is the process's final ``Session.export_state()``, or None when there is none to keep."""

    why: str
    error: str = ""   # "" or a Message (an English str the window can translate)
    state: tuple[dict, dict] | None = None
    #: the number of the last settings change the process applied (0: none)
    applied_set: int = 0


class _LinkThread(QtCore.QThread):
    """Runs :meth:`TrainerLink._serve`; a QThread so the controller can report on it."""

    def __init__(self, link: "TrainerLink"):
        super().__init__()
        self.setObjectName("cnnviz-trainer-link")
        self._link = link

    def run(self) -> None:
        self._link._serve()


class TrainerLink:
    """Starts the training process, sends it commands and collects its frames."""

    def __init__(self, data):
        self.data = data
        self._data_spec: dict | None = None   # found on the first Play: a checksum of it all
        self._proc = None
        self._conn = None
        self._wake: tuple[int, int] | None = None
        self.thread: _LinkThread | None = None
        self._gc_held = False
        self._lock = threading.Lock()
        self._outbox: deque[bytes] = deque()
        self._frame = Frame()
        self._end: End | None = None
        self._stopping = self._quitting = False
        self._deadline: float | None = None

    @property
    def alive(self) -> bool:
        return (self._proc is not None and self._proc.is_alive()
                and self.thread is not None and self.thread.isRunning())

    @property
    def pid(self) -> int | None:
        return None if self._proc is None else self._proc.pid

    # -- called from the GUI thread --------------------------------------------------
    def play(self, mode: str, state: tuple[dict, dict], max_batches: int | None = None) -> None:
        """Send the session state and start training (the process starts if need be)."""
        if self._data_spec is None:
            self._data_spec = trainer_process.data_spec(self.data)
        if not self.alive:
            self._restart()
        with self._lock:
            self._frame, self._end, self._deadline = Frame(), None, None
        header, arrays = state
        self._post(wire.pack({"kind": "play", "mode": mode, "data": self._data_spec,
                              "max_batches": max_batches, "state": header},
                             wire.nest("state", arrays)))

    def send(self, kind: str, arrays: dict | None = None, **fields) -> None:
        """A command applied between two batches: ``set``, ``probe``, ``probe_image``,
        ``pause``, ``quit``."""
        if self.alive:
            self._post(wire.pack({"kind": kind, **fields}, arrays))

    def pause(self) -> None:
        """Ask for the final state; :meth:`take` gives up on it after STOP_TIMEOUT_S."""
        if self._deadline is None:
            self.send("pause")
            self._deadline = time.monotonic() + STOP_TIMEOUT_S

    def take(self) -> tuple[Frame, End | None]:
        """The frame since the last call, and how the run ended (None: still running)."""
        with self._lock:
            frame, self._frame = self._frame, Frame()
            end, self._end = self._end, None
        if end is None and self._deadline is not None and time.monotonic() > self._deadline:
            self.kill()
            end = End("died", Message(QT_TRANSLATE_NOOP(
                "Errors", "the training process did not stop within {seconds:.0f} s and was "
                          "ended"), seconds=STOP_TIMEOUT_S))
        if end is not None:
            self._deadline = None
        return frame, end

    def kill(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            self._proc.kill()

    def shutdown(self, timeout_s: float = 4.0) -> bool:
        """End the process (asked, then terminated, then killed) and the link thread."""
        if self._proc is None:
            return True
        self._quitting = True
        self.send("quit")
        self._proc.join(timeout_s / 2)
        for end in (self._proc.terminate, self._proc.kill):
            if self._proc.is_alive():
                end()
                self._proc.join(timeout_s / 4)
        return self._close(timeout_s / 4)

    # -- plumbing --------------------------------------------------------------------
    def _restart(self) -> None:
        self.shutdown()
        ctx = multiprocessing.get_context("spawn")
        ours, theirs = ctx.Pipe(duplex=True)
        for end in (ours, theirs):
            widen(end)
        proc = ctx.Process(target=trainer_process.main, args=(theirs,),
                           name="cnnviz-trainer", daemon=True)
        with _main_module_hidden():
            proc.start()
        priority.yield_to_training()   # started at the window's priority, which now drops
        theirs.close()   # the child holds its own copy; ours must go for EOF to reach us
        self._proc, self._conn, self._wake = proc, ours, os.pipe()
        os.set_blocking(self._wake[1], False)   # a full pipe already holds a wake-up
        self._stopping = self._quitting = False
        self._outbox.clear()
        self.thread = _LinkThread(self)
        if not self._gc_held:     # no garbage collection in the link thread
            gui_gc.hold()
            self._gc_held = True
        self.thread.start()

    def _close(self, timeout_s: float) -> bool:
        self._stopping = True
        ok = True
        if self.thread is not None:
            self._poke()
            ok = self.thread.wait(int(timeout_s * 1000)) and ok
        if self._gc_held and ok:
            gui_gc.release()
            self._gc_held = False
        if ok:
            self._conn.close()
            os.close(self._wake[0])
            os.close(self._wake[1])
        ok = ok and not self._proc.is_alive()
        self._proc, self._conn, self._wake = None, None, None
        return ok

    def _post(self, data: bytes) -> None:
        with self._lock:
            self._outbox.append(data)
        self._poke()

    def _poke(self) -> None:
        if self._wake is not None:
            with contextlib.suppress(BlockingIOError):
                os.write(self._wake[1], b"!")

    def _serve(self) -> None:
        """The link thread: send what is posted, read what arrives, until told to stop."""
        conn, wake = self._conn, self._wake[0]
        try:
            while not self._stopping:
                for ready in wait([conn, wake], timeout=1.0):
                    if ready == wake:
                        os.read(wake, 4096)
                    else:
                        self._receive(conn.recv_bytes())
                while self._outbox and not self._stopping:
                    with self._lock:
                        data = self._outbox.popleft()
                    conn.send_bytes(data)
        except (EOFError, OSError):
            if not (self._stopping or self._quitting):
                self._died()

    def _died(self) -> None:
        self._proc.join(1.0)
        code = self._proc.exitcode
        if code is None:
            how = word(QT_TRANSLATE_NOOP("Errors", "connection lost"))
        elif code >= 0:
            how = Message(QT_TRANSLATE_NOOP("Errors", "exit code {code}"), code=code)
        else:
            how = Message(QT_TRANSLATE_NOOP("Errors", "killed by signal {signal}"), signal=-code)
        with self._lock:
            if self._end is None:   # a message that could not be read says more
                self._end = End("died", Message(QT_TRANSLATE_NOOP(
                    "Errors", "the training process stopped unexpectedly ({how})"), how=how))

    def _receive(self, data: bytes) -> None:
        try:
            head, arrays = wire.unpack(data)
            if head["kind"] == "frame":
                self._add_frame(head, arrays)
            elif head["kind"] == "stopped":
                state = None
                if head["state"] is not None:
                    state = (head["state"], wire.unnest("state", arrays))
                with self._lock:
                    error = head["error"]
                    self._end = End(str(head["why"]),
                                    Message.from_json(error) if error else "", state,
                                    int(head.get("applied_set", 0)))
        except (wire.WireError, KeyError, TypeError, ValueError) as e:
            self.kill()   # out of step with the process: start afresh on the next Play
            with self._lock:
                self._end = End("died", Message(QT_TRANSLATE_NOOP(
                    "Errors", "the training process sent a message that cannot be read "
                              "({reason})"), reason=reason(e)))

    def _add_frame(self, head: dict, arrays: dict) -> None:
        snap = None
        if head["snapshot"] is not None:
            snap = wire.snapshot_from_parts(head["snapshot"], wire.unnest("snap", arrays))
        health = records_from_parts(head.get("health", []), wire.unnest("health", arrays))
        with self._lock:
            f = self._frame
            # a frame the worker process traced has a snapshot and no batches
            for name in ("steps", "losses", "accuracies"):
                if name in arrays:
                    getattr(f, name).extend(arrays[name].tolist())
            f.evaluations.extend((int(s), float(a)) for s, a in head["evaluations"])
            f.health.extend(health)
            f.images += int(head["images"])
            f.seconds += float(head["seconds"])
            f.epoch = int(head["epoch"])
            if snap is not None:
                f.snapshot = snap


LINK_BUFFER = 4 << 20
"""Bytes each end of the link may hold unread (asked for; the system may grant less)."""


def widen(conn) -> None:
    """Let a whole frame (some 700 KB) into the link's socket at one write.

    With the system's default of about 200 KB, a frame went through in four rounds, and
    each round woke the link thread and the sender thread in turn: some twenty context
    switches a frame, which took the cores from training. Linux caps the requests at
    ``net.core.wmem_max`` and ``net.core.rmem_max`` (and grants twice that): 4 MiB on the
    machines cnnviz was measured on, 208 KiB on a stock kernel, where a frame then takes
    two rounds instead of four.
    """
    with contextlib.suppress(OSError, ValueError):
        s = socket.socket(fileno=conn.fileno())
        try:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, LINK_BUFFER)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, LINK_BUFFER)
        finally:
            s.detach()


def take_over(session, end: End, before: tuple[dict, dict],
              sets: list[tuple[int, dict]] = ()) -> tuple[str, bool]:
    """Load a run's final state into ``session``, else ``before`` (the state sent on Play).

    ``sets`` are the settings changes sent during the run, numbered: those the process
    did not apply (after ``end.applied_set``; all of them when its state is not kept)
    are applied here, in order, to the state taken over. A rate for the epoch under way
    (``lr_now``) is so turned into the run's rate with the epoch of the state it joins:
    the window's copy of the session, whose settings were applied before, may have
    converted it with an epoch the process had already left. The probe changed while
    the state was on its way back still counts.
    Returns the error to show ("" if none) and whether the run's training was kept.
    """
    probe, drawn = session.probe_index, session.drawn
    error, state = end.error, end.state
    try:
        if state is not None:
            session.import_state(*state)
    except CnnvizError as e:
        error = error or Message(QT_TRANSLATE_NOOP(
            "Errors", "the trained network could not be taken over ({reason})"), reason=e.message)
        state = None
    if state is None:
        session.import_state(*before)
        error = Message(QT_TRANSLATE_NOOP(
            "Errors", "{error}; the network was left as it was before training"),
            error=error or word(QT_TRANSLATE_NOOP("Errors", "training ended without a result")))
    applied = end.applied_set if state is not None else 0
    for seq, changes in sets:
        if seq > applied:
            session.reconfigure(**changes)
    session.set_probe(probe)
    if drawn is not None:
        session.set_probe_image(drawn.image, drawn.label, drawn.tag)
    return error, state is not None


def frame_arrays(frame: Frame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.asarray(frame.steps, dtype=np.int64), np.asarray(frame.losses),
            np.asarray(frame.accuracies))
