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


@dataclass
class Pending:
    """A trace asked of a worker and not yet read back."""

    worker: "Worker"
    net: "weakref.ref[Network]"


def start(net: "Network", x: np.ndarray, label: int, header: dict | None = None,
          **info) -> bool:
    """Ask an idle worker to trace probe ``x`` (C, H, W) with ``label`` and the network's
    weights as they are now, and return at once. ``info``: the snapshot's step, epoch,
    phase, probe_index and extra; ``header``: more fields for the message's header.

    False, with nothing asked, when no worker can (none usable here, or one busy with
    the last trace or a batch): the caller traces itself.
    """
    from cnnviz.core import processes

    if not processes.usable(net):
        return False
    p = processes.pool()
    if p is None or not p.lock.acquire(blocking=False):
        return False
    try:
        if p.pending:
            return False
        try:
            views = p.ensure(1, processes.layout(net, 1), net.config)
            for name, arr in net.parameters().items():
                views.params[name][...] = arr
            views.probe_x[...] = x
            p.workers[0].request({"cmd": "trace", "label": int(label), "info": info,
                                  "header": header or {}})
        except OSError as e:   # no worker could start, or it has gone: none from now on
            if p.workers:
                processes.give_up(p, p.workers[0], e)
            p.broken = True
            p.shutdown()
            return False
        p.pending.append(Pending(p.workers[0], weakref.ref(net)))
        return True
    finally:
        p.lock.release()


def out(net: "Network") -> bool:
    """Whether a trace asked for ``net`` is still out (not yet read back)."""
    from cnnviz.core import processes

    p = processes.pool() if processes.supported() else None
    return p is not None and any(pend.net() is net for pend in p.pending)


def abandon(net: "Network") -> None:
    """Give up on a trace that does not come back: the worker may hang, and the next
    batch on two lanes would wait for it forever. The pool is shut down and stays
    unused in this process (as after a failure); the caller traces itself."""
    from cnnviz.core import processes

    p = processes.pool() if processes.supported() else None
    if p is not None and p.pending:
        with p.lock:
            print("cnnviz: a worker process did not trace the probe in time; tracing in "
                  "this process from now on", file=sys.stderr)
            p.broken = True
            p.shutdown()
    net.traced = None


def take_message(net: "Network", wait: bool = False) -> bytes | None:
    """The message of the trace :func:`start` asked for, once it is back, else None;
    with ``wait``, waited for. A trace that failed gives None too, and is no longer
    :func:`out`."""
    from cnnviz.core import processes

    p = processes.pool() if processes.supported() else None
    if p is not None and p.pending:
        with p.lock:
            if p.pending and (wait or _ready(p.pending[0])):
                finish_one(p, p.views)
    msg, net.traced = net.traced, None
    return msg


def finish_one(p: "Pool", views: Views) -> None:
    """Read back the oldest trace out (waiting for it) and leave its message with its
    network. A worker that failed at it leaves none (training is not affected)."""
    from cnnviz.core.processes import WorkerError

    pend = p.pending.popleft()
    try:
        size = int(pend.worker.reply()["size"])
    except (WorkerError, KeyError, TypeError, ValueError) as e:
        print(f"cnnviz: a worker process could not trace the probe ({e})", file=sys.stderr)
        return
    net = pend.net()
    if net is not None:
        net.traced = bytes(views.probe_out[:size])


def _ready(pend: Pending) -> bool:
    """Whether the worker has replied to ``pend``."""
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

    for name, arr in net.parameters().items():
        arr[...] = views.params[name]
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
