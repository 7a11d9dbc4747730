"""Tracing the probe on an idle worker process while this one goes on training.

The window's training process trains on one lane and shows 25 probe snapshots a second.
Tracing the probe there (some 150 small NumPy calls on one image, 1-1.5 ms) and packing
the snapshot for the window (1 ms) took 6% of its time, while its worker process sat
idle between test-accuracy points, on the core the window leaves half free.

:func:`start` copies the weights into the shared block (:mod:`cnnviz.core.shared_batch`)
and asks the worker to trace the probe with them; training goes on. The worker traces,
packs the snapshot as one :mod:`cnnviz.core.wire` message (its arrays under ``snap/``,
beside a header the caller chose) into the block's probe slot, and replies with its
size. After each batch, :func:`take_message` looks whether it is back and copies it out:
ready to send as it is. ``Network.take_traced`` decodes it into a :class:`Snapshot`.

Same code, same one BLAS thread: the snapshot has the same bits as :func:`trace` here
(test). Not for two lanes: there the worker computes half of every batch, and a trace
on it held up each batch more than one here did (20% against 9-17% at batch 64).

:func:`start_evaluation` is the same for a test-accuracy point: the images go into the
block's batch inputs, and :func:`take_evaluations` gives ``(step, accuracy)`` once it is
back, the very accuracy :func:`cnnviz.core.evaluation.evaluate` gives here. One job is
out at a time (:func:`busy`).
"""

from __future__ import annotations

import select
import sys
import weakref
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from cnnviz.core.shared_batch import Views

if TYPE_CHECKING:
    from cnnviz.core.network import Network
    from cnnviz.core.processes import Pool, Worker

#: A trace takes about a millisecond, an evaluation of 1,000 images some 70: a worker
#: that has not answered a job after this long hangs, and is given up
JOB_WAIT_S = 30.0


@dataclass
class Pending:
    """A job (a trace or an evaluation) asked of a worker and not yet read back."""

    worker: "Worker"
    net: "weakref.ref[Network]"
    kind: str = "trace"
    step: int = 0


def busy() -> bool:
    """Whether a job is out on the worker (the next one would be refused)."""
    from cnnviz.core import processes

    p = processes.pool()
    return p is not None and bool(p.pending)


def _ask(net: "Network", images: int, fill, msg: dict, **pending) -> bool:
    """Copy the weights into the block, let ``fill(views)`` add the inputs, send ``msg``
    to the worker; False, with nothing asked, when no worker can take it now."""
    from cnnviz.core import processes

    if not processes.usable(net):
        return False
    p = processes.pool()
    if p is None or not p.lock.acquire(blocking=False):
        return False
    try:
        if p.pending or p.broken:   # broken: failed in another thread meanwhile
            return False
        try:
            views = p.ensure(1, processes.layout(net, images), net.config)
            views.put_params(net)
            fill(views)
            p.workers[0].request(msg)
        except OSError as e:   # no worker could start, or it has gone: none for a while
            processes.close_failed(p, e)
            return False
        p.pending.append(Pending(p.workers[0], weakref.ref(net), **pending))
        return True
    finally:
        p.lock.release()


def start_evaluation(net: "Network", x: np.ndarray, labels: np.ndarray, step: int) -> bool:
    """Ask an idle worker for the accuracy on LeNet inputs ``x`` (N, C, H, W) with the
    network's weights as they are now (``step`` goes with it), and return at once; False
    when no worker can take it now. :func:`take_evaluations` gives it once it is back."""
    n = len(x)

    def fill(views):
        views.chunk_x(0, n)[...] = x
        views.labels[:n] = labels

    return _ask(net, n, fill, {"cmd": "evaluate", "n": n}, kind="evaluate", step=int(step))


def take_evaluations(net: "Network") -> list[tuple[int, float]]:
    """The ``(step, accuracy)`` points asked of the worker that are back since the last
    call (a failed one gives none)."""
    _read_ready()
    done, net.evaluated = net.evaluated, []
    return done


def start(net: "Network", x: np.ndarray, label: int, header: dict | None = None,
          **info) -> bool:
    """Ask an idle worker to trace probe ``x`` (C, H, W) with ``label`` and the network's
    weights as they are now, and return at once. ``info``: the snapshot's step, epoch,
    phase, probe_index and extra; ``header``: more fields for the message's header.

    False, with nothing asked, when no worker can (none usable here, or one busy with
    another job or a batch): the caller traces itself.
    """
    def fill(views):
        views.probe_x[...] = x

    return _ask(net, 1, fill, {"cmd": "trace", "label": int(label), "info": info,
                               "header": header or {}})


def out(net: "Network") -> bool:
    """Whether a job asked for ``net`` is still out (not yet read back)."""
    from cnnviz.core import processes

    p = processes.pool()
    return p is not None and any(pend.net() is net for pend in p.pending)


def abandon(net: "Network") -> None:
    """Give up on a job that does not come back: the worker may hang, and the next
    batch on two lanes would wait for it forever. The pool is shut down and unused
    for a while (as after a failure: :meth:`cnnviz.core.processes.Pool.fail`); the
    caller does the work itself."""
    from cnnviz.core import processes

    p = processes.pool()
    if p is not None and p.pending:
        with p.lock:
            p.fail()
            print("cnnviz: a worker process did not answer in time; computing in this "
                  f"process {p.for_how_long()}", file=sys.stderr)
            p.shutdown()
    net.traced = None


def take_message(net: "Network", wait: bool = False) -> bytes | None:
    """The message of the trace :func:`start` asked for, once it is back, else None;
    with ``wait``, waited for. A trace that failed gives None too, and is no longer
    :func:`out`."""
    _read_ready(wait)
    msg, net.traced = net.traced, None
    return msg


def _read_ready(wait: bool = False) -> None:
    """Read back the job out if it is done (or, with ``wait``, once it is)."""
    from cnnviz.core import processes

    p = processes.pool()
    if p is not None and p.pending:
        with p.lock:
            if p.pending and (wait or _ready(p.pending[0])):
                finish_one(p, p.views)


def finish_one(p: "Pool", views: Views) -> None:
    """Read back the oldest job out (waiting for it, at most :data:`JOB_WAIT_S`) and
    leave its result with its network. A worker that failed at it leaves none (training
    is not affected); one that does not answer in time is given up, as a batch's is."""
    from cnnviz.core.processes import WorkerError, WorkerHung, give_up

    pend = p.pending.popleft()
    net = pend.net()
    try:
        try:
            msg = pend.worker.reply(timeout=JOB_WAIT_S)
        except WorkerHung as e:
            give_up(p, pend.worker, e)   # its late answer must not be read as another's
            raise
        if pend.kind == "evaluate":
            point = (pend.step, int(msg["correct"]) / max(int(msg["n"]), 1))
            if net is not None:
                net.evaluated.append(point)
        else:
            size = int(msg["size"])
            if net is not None:
                net.traced = bytes(views.probe_out[:size])
    except (WorkerError, KeyError, TypeError, ValueError) as e:
        what = "evaluate" if pend.kind == "evaluate" else "trace the probe"
        print(f"cnnviz: a worker process could not {what} ({e})", file=sys.stderr)


def _ready(pend: Pending) -> bool:
    """Whether the worker has replied to ``pend`` (not merely to a batch it owed a
    reply to, which is passed over here)."""
    from cnnviz.core.processes import WorkerError

    try:
        pend.worker.drain_owed()
    except WorkerError:
        return True   # finish_one reads that it ended, and says so
    if pend.worker.owed:
        return False
    reader = pend.worker.reader
    if b"\n" in reader.buf:
        return True
    return bool(select.select([reader.fd], [], [], 0)[0])


# -- the worker's side ----------------------------------------------------------------
def serve_trace(net: "Network", views: Views, msg: dict) -> dict:
    """Trace the probe in the block with the weights in the block, and leave it packed
    in the probe slot; the reply gives its size."""
    from cnnviz.core import wire
    from cnnviz.core.trace import trace

    views.get_params(net)
    info = dict(msg["info"])
    extra = info.pop("extra", None)
    snap = trace(net, views.probe_x, msg["label"], **info)
    if extra:
        snap = replace(snap, extra=extra)
    head, arrays = wire.snapshot_parts(snap)
    data = wire.pack({**msg["header"], "snapshot": head}, wire.nest("snap", arrays))
    out = views.probe_out
    if len(data) > len(out):
        raise ValueError(f"the snapshot takes {len(data)} bytes, the probe slot {len(out)}")
    out[:len(data)] = data
    return {"ok": True, "size": len(data)}


def serve_evaluate(net: "Network", views: Views, msg: dict) -> dict:
    """Count the right answers on the block's first ``msg["n"]`` inputs and labels with
    the weights in the block (the images in batches of 1,000, as evaluate() does)."""
    views.get_params(net)
    n = int(msg["n"])
    logits = net.predict(views.chunk_x(0, n), 1000)
    correct = int(np.count_nonzero(logits.argmax(1) == views.labels[:n]))
    return {"ok": True, "correct": correct, "n": n}
