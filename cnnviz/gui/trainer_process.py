"""The training process: trains a copy of the window's session where the GUI thread's
painting cannot hold it up, and streams frames back.

In one process the GUI thread's long pyqtgraph paint calls hold the GIL, and the hundreds
of small NumPy calls of every batch wait for it each time: training ran at about 40% of
its headless speed. Here it has an interpreter of its own.

This module imports no Qt (the child process runs it). Every message is a
:mod:`cnnviz.core.wire` message whose header's ``"kind"`` says what it is:

- window -> process: ``play`` (``mode``: "play" or "epoch", ``data``: :func:`data_spec`,
  ``max_batches``, ``state`` + ``state/`` arrays: ``Session.export_state``), ``set``
  (``changes`` for ``Session.reconfigure``), ``probe`` (``index``), ``probe_image``
  (``label``, ``tag``, array ``image``: ``Session.set_probe_image``), ``pause``, ``quit``.
- process -> window: ``frame`` (batch statistics, ``evaluations``, ``epoch``, newest
  probe ``snapshot`` + ``snap/`` arrays, at most every :data:`SNAPSHOT_EVERY_S`; the
  ``health`` records measured since the last frame + ``health/`` arrays; a frame that
  the worker process traced and packed, passed on as it is, has a snapshot and no
  batches, ``steps`` and the other statistics left out), then,
  once training ends, ``stopped`` (``why``: "paused", "epoch", "done" or "failed";
  ``error``: "" or a :meth:`cnnviz.errors.Message.to_json`, so that the window can
  translate it; the final ``state`` unless the failure left none worth keeping).
"""

from __future__ import annotations

import os
import queue
import signal
import threading
import time
import traceback
import zlib

import numpy as np

from cnnviz.core import processes, wire
from cnnviz.core.health import HealthMonitor, monitor_batch
from cnnviz.core.health_log import records_parts
from cnnviz.core.session import Session
from cnnviz.core.tuning import tune
from cnnviz.data import Dataset, load
from cnnviz.data.mnist import BUNDLED_NAME
from cnnviz.errors import CnnvizError, DataError, Message
from cnnviz.gui.trainer_jobs import Evaluator, Tracer
from cnnviz.translatable import QT_TRANSLATE_NOOP

#: Frames (with a probe snapshot) at most this often: 25 per second, so that the views
#: still get 20 while evaluations and the start pause the stream now and then.
SNAPSHOT_EVERY_S = 0.040
#: a test-accuracy point every 4 s (and at each epoch's end): 1,000 images take about
#: 70 ms, so every 2 s cost 3.5% of the speed the window's training can least spare
EVAL_EVERY_S = 4.0
EVAL_IMAGES = 1000
#: Compute lanes here on a machine of one CPU (two from two CPUs on: :func:`lanes`).
#: Measured when one lane was the choice on two cores too, before the chunks of a batch
#: were shared out as they go: two threads were no faster and the window lagged
#: (3,000-3,500 against 3,600-4,300 images/s, event-loop p95 70-85 against 40-47 ms); a
#: worker process as second lane gave 4,055 against 4,704 images/s with a p95 of 69
#: against 44 ms. Results do not depend on it.
THREADS = 1
#: ... the worker process makes the snapshots and test-accuracy points meanwhile
#: (trainer_jobs); where it cannot, the points take it as second lane
EVAL_THREADS = 2
#: With this many CPUs or more the process trains on two lanes (see :func:`lanes`)
TWO_LANES_FROM_CPUS = 2


def lanes(cpus: int | None = None) -> int:
    """Compute lanes for training here: two where ``cpus`` (default: those this process
    may run on) are two or more, else :data:`THREADS` (one). Two lanes share every batch
    with the worker process, as headless training does, chunk by chunk as they go, and
    neither polls while it waits, so the window draws in the moments a lane waits
    (:func:`cnnviz.core.processes.run_split`). On a 2-core machine, interleaved 30 s
    runs at batch 64 gave two lanes 67-72% of headless, one lane 58-61%; before the
    chunks were shared out as they go, the two had tied (57-62% each).
    Results do not depend on it. ``CNNVIZ_LANES`` (1 or 2) overrides it, for measuring
    one against the other (``benchmarks/gui_responsiveness.py --lanes``)."""
    forced = os.environ.get("CNNVIZ_LANES", "")
    if forced in ("1", "2"):
        return int(forced)
    if cpus is None:
        try:
            cpus = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):   # not on Linux
            cpus = os.cpu_count() or 1
    return 2 if cpus >= TWO_LANES_FROM_CPUS else THREADS


def data_spec(data: Dataset) -> dict:
    """What the process needs to load the very same data: folder, sizes, fingerprint."""
    return {"bundled": data.name == BUNDLED_NAME, "source": str(data.source),
            "train": len(data.train_labels), "test": len(data.test_labels),
            "fingerprint": fingerprint(data)}


def fingerprint(data: Dataset) -> str:
    """CRC-32 of the four arrays: cheap, and catches a folder changed since it was read."""
    crc = 0
    for a in (data.train_images, data.train_labels, data.test_images, data.test_labels):
        crc = zlib.crc32(np.ascontiguousarray(a).data, crc)
    return f"{crc:08x}"


def load_data(spec: dict) -> Dataset:
    """The data set :func:`data_spec` describes; ``DataError`` if it cannot be rebuilt."""
    data = load(None if spec["bundled"] else spec["source"])
    if (spec["train"], spec["test"]) != (len(data.train_labels), len(data.test_labels)):
        data = data.subset(spec["train"], spec["test"])
    if fingerprint(data) != spec["fingerprint"]:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{folder}: the training process read different data from this folder "
                      "than the window holds (changed on disk?)"), folder=spec["source"])
    return data


class _Sender(threading.Thread):
    """Writes messages to the window so that training never waits on the pipe."""

    def __init__(self, conn):
        super().__init__(name="cnnviz-sender", daemon=True)
        self.conn = conn
        self.queue: queue.Queue[bytes] = queue.Queue()
        self.idle = threading.Event()
        self.idle.set()

    def send(self, data: bytes) -> None:
        self.idle.clear()
        self.queue.put(data)

    def run(self) -> None:
        while True:
            data = self.queue.get()
            if data is None:
                return
            try:
                self.conn.send_bytes(data)
            except (OSError, TypeError):
                # the window is gone (the main loop sees the end of the pipe next), or the
                # process is ending and closed the pipe under a frame (TypeError from
                # multiprocessing: its handle is None then)
                pass
            if self.queue.empty():
                self.idle.set()

    def close(self, timeout: float = 1.0) -> None:
        """Send what is queued (for at most ``timeout`` seconds), then end."""
        self.queue.put(None)
        self.join(timeout)


class _Batches:
    """Statistics of the batches since the last frame."""

    def __init__(self):
        self.steps, self.losses, self.accuracies = [], [], []
        self.evaluations: list[list] = []
        self.health: list = []
        self.images, self.seconds = 0, 0.0

    def add(self, stats) -> None:
        self.steps.append(stats.step)
        self.losses.append(stats.loss)
        self.accuracies.append(stats.accuracy)
        self.images += stats.images

    def message(self, epoch: int, snap=None) -> bytearray:
        head = {"kind": "frame", "images": self.images, "seconds": self.seconds,
                "epoch": epoch, "evaluations": self.evaluations, "snapshot": None}
        arrays = {"steps": np.asarray(self.steps, dtype=np.int64),
                  "losses": np.asarray(self.losses, dtype=np.float64),
                  "accuracies": np.asarray(self.accuracies, dtype=np.float64)}
        if snap is not None:
            head["snapshot"], snap_arrays = wire.snapshot_parts(snap)
            arrays.update(wire.nest("snap", snap_arrays))
        head["health"], health_arrays = records_parts(self.health)
        arrays.update(wire.nest("health", health_arrays))
        return wire.pack(head, arrays)


class Trainer:
    """The process's side: waits for ``play``, trains, answers, waits again."""

    def __init__(self, conn):
        self.conn = conn
        self.sender = _Sender(conn)
        self.sender.start()
        self.session = None
        self._data_key = None
        #: the number of the last ``set`` applied: the window applies the later ones
        #: itself once the run's state is back (they came after the last batch)
        self.applied_set = 0

    def serve(self) -> None:
        """Handle messages until ``quit`` or until the window goes away."""
        while True:
            try:
                head, arrays = wire.unpack(self.conn.recv_bytes())
            except (EOFError, OSError):
                return
            if head.get("kind") == "quit":
                return
            if head.get("kind") == "play" and not self.play(head, arrays):
                return
            # set, probe and pause arriving after training ended have nothing to act on

    def play(self, head: dict, arrays: dict) -> bool:
        """Train until told to stop; False when the process should end."""
        why, error, keep_state, go_on = "paused", "", False, True
        self.applied_set = 0   # the window numbers each run's settings changes from 1
        try:
            session = self._session(head["data"])
            session.import_state(head["state"], wire.unnest("state", arrays))
            keep_state = True   # from here on the session holds this run's state
            why, go_on = self._train(session, head["mode"], head.get("max_batches"))
        except CnnvizError as e:
            why, error = "failed", e.message.to_json()
        except Exception as e:  # noqa: BLE001 - reported to the window, which shows it
            traceback.print_exc()
            why, keep_state = "failed", False
            error = Message(QT_TRANSLATE_NOOP("Errors", "unexpected {kind}: {detail}"),
                            kind=type(e).__name__, detail=str(e)).to_json()
        if not go_on:
            return False
        stopped = {"kind": "stopped", "why": why, "error": error, "state": None,
                   "applied_set": self.applied_set}
        state_arrays = {}
        if keep_state:
            try:
                stopped["state"], state_arrays = self.session.export_state()
            except CnnvizError:
                pass   # a batch failed half-way: the window keeps its own state
        self.sender.send(wire.pack(stopped, wire.nest("state", state_arrays)))
        return True

    def _session(self, spec: dict) -> Session:
        key = (spec["bundled"], spec["source"], spec["train"], spec["test"],
               spec["fingerprint"])
        if self.session is None or key != self._data_key:
            self.session = None
            data = load_data(spec)
            self.session, self._data_key = Session(data), key
        return self.session

    def _train(self, session, mode: str, max_batches: int | None) -> tuple[str, bool]:
        session.net.threads = lanes()
        batches, epoch, done = _Batches(), session.epoch, 0
        next_snap = last_eval = 0.0
        monitor = HealthMonitor(*monitor_batch(session.data, dtype=session.net.dtype))
        tracer = Tracer()
        evaluator = Evaluator(EVAL_IMAGES, session.net.threads, EVAL_THREADS)
        # two lanes: a beat's snapshot is traced and packed during the next batch, while
        # the worker takes more of its chunks, and sent after it as a frame of its own
        trace_next, traced_here = False, []

        def trace_meanwhile():
            snap = tracer.begin(session, time.perf_counter())
            if snap is not None:
                traced_here.append(_Batches().message(session.epoch, snap))

        try:
            while True:
                command = self._commands(session)
                if command:
                    return command, command != "quit"
                t0 = time.perf_counter()
                before = monitor.arm(session.net)
                stats = session.train_batch(trace_meanwhile if trace_next else None)
                trace_next = False
                record = monitor.record(session.net, stats.step, before)
                if record is not None:
                    batches.health.append(record)
                done += 1
                batches.add(stats)
                now = time.perf_counter()
                end_of_epoch, epoch = session.epoch != epoch, session.epoch
                # on a fixed beat, so that frames come every SNAPSHOT_EVERY_S on average
                # even though batches end at other times; and only once the last frame is
                # out: the newest snapshot wins, none queue up. Traced on the worker
                # process where one is free, and sent once it is back; a test-accuracy
                # point, when due, is asked of it before the next snapshot
                traced = tracer.collect(session) if tracer.waiting else None
                if traced_here:
                    traced = traced_here.pop()
                if now - last_eval >= EVAL_EVERY_S or end_of_epoch:
                    evaluator.due, last_eval = True, now
                batches.evaluations += evaluator.step(session)
                snap, beat = None, False
                if (now >= next_snap and self.sender.idle.is_set() and not tracer.waiting
                        and traced is None):
                    if session.net.threads > 1:
                        trace_next, beat = True, True
                    else:
                        snap, beat = tracer.begin(session, time.perf_counter()), True
                    next_snap = max(next_snap + SNAPSHOT_EVERY_S, now + SNAPSHOT_EVERY_S / 2)
                batches.seconds += time.perf_counter() - t0
                if traced is not None:
                    self.sender.send(traced)
                if beat:
                    self.sender.send(batches.message(session.epoch, snap))
                    batches = _Batches()
                if mode == "epoch" and end_of_epoch:
                    return "epoch", True
                if max_batches is not None and done >= max_batches:
                    return "done", True
        finally:
            while tracer.waiting:   # the last snapshot still out: a few seconds at most
                traced = tracer.collect(session)
                if traced is not None:
                    self.sender.send(traced)
                elif tracer.waiting:
                    time.sleep(0.001)
            batches.evaluations += evaluator.finish(session)
            if batches.steps or batches.evaluations or batches.health:
                self.sender.send(batches.message(session.epoch))

    def _commands(self, session) -> str | None:
        """Apply what the window sent since the last batch; "pause"/"quit" stop training."""
        while self.conn.poll():
            try:
                head, arrays = wire.unpack(self.conn.recv_bytes())
            except (EOFError, OSError):
                return "quit"
            kind = head.get("kind")
            if kind == "set":
                session.reconfigure(**head["changes"])
                self.applied_set = int(head.get("seq", self.applied_set))
            elif kind == "probe":
                session.set_probe(int(head["index"]))
            elif kind == "probe_image":
                session.set_probe_image(arrays["image"], int(head["label"]), int(head["tag"]))
            elif kind in ("pause", "quit"):
                return kind
        return None


def main(conn) -> None:
    """Entry point of the training process (``multiprocessing`` "spawn" target)."""
    # Ctrl+C in a terminal reaches the whole process group; the window ends this process
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tune()
    # a lane that waits gives its core to the window, which draws meanwhile: polling
    # instead took 65-66% of headless against 69% without (interleaved 30 s runs)
    processes.set_polling(0.0, 0.0)
    trainer = Trainer(conn)
    try:
        trainer.serve()
    finally:
        if trainer.session is not None:
            trainer.session.net.close()
        trainer.sender.close()
        conn.close()
