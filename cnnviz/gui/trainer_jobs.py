"""What the training process has its worker process do: probe snapshots and test-accuracy
points, while it trains; here, as before, when no worker can.

The training process (:mod:`cnnviz.gui.trainer_process`) trains on one lane on two
CPUs; its worker process sits idle on the core the window leaves half free. A
:class:`Tracer` has it trace the probe and pack the frame
(:mod:`cnnviz.core.worker_trace`) and hands the finished frame back to be sent as it
is: tracing and packing here had taken 2.6-2.8 ms a frame, 6.8% of the lane at 25
frames a second; asking and passing on take 0.5-0.6 ms. An :class:`Evaluator` does
the same for the test accuracy every few seconds, which stopped training for 45-60 ms
each time (on two lanes). One job is out at a time; a snapshot beat that finds the
worker evaluating is skipped, not traced here.

On more CPUs the process trains on two lanes, and the worker computes half of every
batch. There both jobs are done here: asked of the worker, they would hold up the next
batch, which waits for them without a time limit, so a worker that hung on one would
stop training; and evaluating here takes both lanes anyway.

Like the training process, this module imports no Qt.
"""

from __future__ import annotations

import time

from cnnviz.core import worker_trace

#: a job on the worker process not back after this long: given up, done here instead
TRACE_WAIT_S = 2.0
EVAL_WAIT_S = 10.0


def _worker_back() -> bool:
    """Whether the worker pool, given up after a job that did not come back, is in use
    again (:meth:`cnnviz.core.processes.Pool.retry`)."""
    from cnnviz.core import processes

    return processes.pool() is not None


class Tracer:
    """The probe's snapshots: traced and packed on the worker process, idle beside this
    one's single lane, while training goes on (:mod:`cnnviz.core.worker_trace`); here,
    as before, when no worker can, or when one has not answered in :data:`TRACE_WAIT_S`
    (then it is given up: it may hang, and the next evaluation would wait; once the pool
    has a worker again, :data:`cnnviz.core.processes.RETRY_S` later, so has this).
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
        self.on_worker = self.on_worker or _worker_back()
        ask = self.on_worker and session.net.threads == 1
        if ask and worker_trace.busy():
            return None            # evaluating: this beat goes without a snapshot
        if ask and session.start_probe_trace(header):
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


class Evaluator:
    """Test-accuracy points on :data:`images` test images: asked of the worker process
    when it is idle, else (none usable, or one given up) computed here on two lanes."""

    def __init__(self, images: int, threads: int, eval_threads: int):
        self.images, self.threads, self.eval_threads = images, threads, eval_threads
        self.due = False
        self.on_worker = True
        self._inputs = None
        self._net = None
        self._since = 0.0

    def step(self, session) -> list[list]:
        """After a batch: the points finished since the last call, ``[step, accuracy]``;
        and, if one is :attr:`due` and nothing is out, one asked for (or computed) with
        the weights of the session's step now."""
        done = []
        self.on_worker = self.on_worker or _worker_back()
        if self._net is not None:
            net = self._net
            done = [[s, a] for s, a in worker_trace.take_evaluations(net)]
            if not worker_trace.out(net):
                self._net = None
            elif time.perf_counter() - self._since > EVAL_WAIT_S:
                worker_trace.abandon(net)
                self._net, self.on_worker, self.due = None, False, True
        if self.due and self._net is None:
            ask = self.on_worker and self.threads == 1
            if ask and self._ask(session, session.step):
                self.due = False
            elif not (ask and worker_trace.busy()):   # busy: next batch
                done.append([session.step, self.here(session).accuracy])
                self.due = False
        return done

    def finish(self, session) -> list[list]:
        """The point still out or due, waited for (at most :data:`EVAL_WAIT_S`): the
        last point of a run is not lost."""
        done = []
        while self._net is not None or self.due:
            done += self.step(session)
            if self._net is not None:
                time.sleep(0.001)
            elif self.due:          # the worker is busy with something else: here
                done.append([session.step, self.here(session).accuracy])
                self.due = False
        return done

    def _ask(self, session, step: int) -> bool:
        from cnnviz.data.mnist import to_lenet_input

        if self._inputs is None or self._inputs[0] is not session.data:
            x = to_lenet_input(session.data.test_images[:self.images], session.net.dtype)
            self._inputs = (session.data, x, session.data.test_labels[:self.images])
        _, x, labels = self._inputs
        if not worker_trace.start_evaluation(session.net, x, labels, step):
            return False
        self._net, self._since = session.net, time.perf_counter()
        return True

    def here(self, session):
        """The test accuracy computed in this process, half on a worker process when one
        is free: the training stops for half as long. The same accuracy either way."""
        session.net.threads = self.eval_threads
        try:
            return session.evaluate(limit=self.images)
        finally:
            session.net.threads = self.threads
