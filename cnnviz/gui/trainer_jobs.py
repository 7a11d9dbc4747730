"""The training process's probe snapshots: traced on its worker process, or here.

The training process (:mod:`cnnviz.gui.trainer_process`) trains on one lane; its worker
process sits idle between test-accuracy points on the core the window leaves half free.
A :class:`Tracer` has the worker trace the probe and pack the frame
(:mod:`cnnviz.core.worker_trace`) while training goes on, and hands the finished frame
back to be sent as it is. Tracing and packing here had taken 2.6-2.8 ms a frame, 6.8% of
the lane at 25 frames a second; asking and passing on take 0.5-0.6 ms.

Like the training process, this module imports no Qt.
"""

from __future__ import annotations

import time

from cnnviz.core import worker_trace

#: a probe traced on the worker process and not back after this long: trace here instead
TRACE_WAIT_S = 2.0


class Tracer:
    """The probe's snapshots: traced and packed on the worker process, idle beside this
    one's single lane, while training goes on (:mod:`cnnviz.core.worker_trace`); here,
    as before, when no worker can, or when one has not answered in :data:`TRACE_WAIT_S`
    (then it is given up for good: it may hang, and the next evaluation would wait).
    """

    def __init__(self):
        self.waiting = False
        self.on_worker = True
        self._net = None
        self._probe = None
        self._since = 0.0

    def begin(self, session, now: float):
        """Start a snapshot. Returns it when it was traced here at once, else None: the
        worker's frame follows from :meth:`collect`."""
        header = {"kind": "frame", "images": 0, "seconds": 0.0, "epoch": session.epoch,
                  "evaluations": []}
        if self.on_worker and session.start_probe_trace(header):
            self.waiting, self._net, self._since = True, session.net, now
            self._probe = session.probe_key
            return None
        return session.probe_snapshot()

    def collect(self, session) -> bytes | None:
        """The worker's frame (a snapshot, no batches) once it is back, else None. A
        snapshot of a probe that has been changed since is dropped."""
        net = self._net
        if net is not session.net:     # another network by now: nothing to wait for
            self.waiting = False
            return None
        msg = worker_trace.take_message(net)
        if msg is not None or not worker_trace.out(net):   # back, or failed
            self.waiting = False
        elif time.perf_counter() - self._since > TRACE_WAIT_S:
            worker_trace.abandon(net)
            self.waiting = self.on_worker = False
        return msg if msg is not None and session.probe_key == self._probe else None
