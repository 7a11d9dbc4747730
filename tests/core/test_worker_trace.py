"""A probe traced on an idle worker process is the very snapshot traced here; a worker
that is busy, gone or not allowed leaves the tracing to this process."""

from __future__ import annotations

import os
import signal
import time

import numpy as np
import pytest

from cnnviz.core import processes, worker_trace
from cnnviz.core.batch import BatchRun
from cnnviz.core.models import lenet5
from cnnviz.core.trace import LayerSnapshot, trace
from cnnviz.core.tuning import tune

pytestmark = pytest.mark.skipif(not processes.supported(), reason="needs Linux memfd")

INFO = dict(step=17, epoch=2, phase="Ready", probe_index=42)


@pytest.fixture(autouse=True)
def tuned():
    tune()   # workers only run where this process's BLAS runs one thread, as theirs


def probe(seed=4, dtype=np.float32):
    return np.random.default_rng(seed).standard_normal((1, 32, 32)).astype(dtype)


def assert_same_snapshot(a, b):
    for f in ("step", "epoch", "phase", "probe_index", "label", "loss", "forward_done",
              "backward_done", "extra"):
        assert getattr(a, f) == getattr(b, f), f
    for f in ("image", "probabilities"):
        x, y = getattr(a, f), getattr(b, f)
        assert x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes(), f
    assert len(a.layers) == len(b.layers)
    for la, lb in zip(a.layers, b.layers):
        for f in LayerSnapshot.__dataclass_fields__:
            x, y = getattr(la, f), getattr(lb, f)
            if isinstance(x, np.ndarray) or isinstance(y, np.ndarray):
                assert x is not None and y is not None, (la.name, f)
                assert x.dtype == y.dtype and x.shape == y.shape, (la.name, f)
                assert x.tobytes() == y.tobytes(), (la.name, f)   # bit for bit
                assert not y.flags.writeable, (la.name, f)
            else:
                assert x == y, (la.name, f)


@pytest.mark.parametrize("arch", [
    {}, {"pooling": "max"}, {"c3_table": "lecun", "activation": "relu"},
    {"mode": "same", "dtype": np.float64},
])
def test_a_probe_traced_on_the_worker_is_the_one_traced_here_bit_for_bit(arch):
    net = lenet5(seed=1, threads=1, **arch)
    x = probe(dtype=net.dtype)
    want = trace(net, x, 3, **INFO)
    assert worker_trace.start(net, x, 3, None, **INFO)
    got = net.take_traced(wait=True)
    assert got is not None
    assert_same_snapshot(want, got)
    assert net.take_traced() is None   # taken once


def test_the_message_carries_the_callers_header_and_a_drawing_keeps_its_tag():
    from cnnviz.core import wire

    net = lenet5(seed=1, threads=1)
    header = {"kind": "frame", "epoch": 2, "evaluations": []}
    assert worker_trace.start(net, probe(), 5, header, extra={"drawn": 7}, **INFO)
    head, arrays = wire.unpack(worker_trace.take_message(net, wait=True))
    assert {k: head[k] for k in header} == header
    snap = wire.snapshot_from_parts(head["snapshot"], wire.unnest("snap", arrays))
    assert snap.probe_key == (42, 7) and snap.label == 5


def test_training_goes_on_while_the_worker_traces_the_weights_of_its_start():
    net = lenet5(seed=1, threads=1)
    x = probe()
    want = trace(net, x, 3, **INFO)
    assert worker_trace.start(net, x, 3, None, **INFO)
    assert not worker_trace.start(net, x, 3, None, **INFO)   # busy: the caller traces
    for p in net.parameters().values():    # an update right after the start
        p += 0.01
    got = None
    for _ in range(2000):
        got = net.take_traced()            # without waiting: None until it is back
        if got is not None:
            break
        time.sleep(0.001)
    assert got is not None
    assert_same_snapshot(want, got)


def test_a_two_lane_batch_waits_for_a_trace_before_it_writes_new_weights():
    net = lenet5(seed=1, threads=2)
    x = probe()
    want = trace(net, x, 3, **INFO)
    rng = np.random.default_rng(0)
    xb = rng.standard_normal((64, 1, 32, 32)).astype(np.float32)
    assert worker_trace.start(net, x, 3, None, **INFO)
    for p in net.parameters().values():
        p *= 0.5
    run = BatchRun(net, xb, rng.integers(0, 10, 64))
    run.run_all()                          # on the worker too: it overwrites the weights
    assert processes.pool().workers
    assert_same_snapshot(want, net.take_traced())   # read back before that, not lost


def test_no_worker_no_trace_there():
    net = lenet5(seed=1, threads=1)
    net.processes = False
    assert not worker_trace.start(net, probe(), 3, None, **INFO)
    assert net.take_traced(wait=True) is None


def test_a_trace_that_fails_on_the_worker_leaves_no_snapshot_and_is_no_longer_out(capfd):
    net = lenet5(seed=1, threads=1)
    assert worker_trace.start(net, probe(), 99, None, **INFO)   # no class 99: it raises
    assert worker_trace.out(net)
    assert net.take_traced(wait=True) is None and not worker_trace.out(net)
    assert "could not trace the probe" in capfd.readouterr().err
    assert worker_trace.start(net, probe(), 3, None, **INFO)     # the worker is fine
    assert net.take_traced(wait=True) is not None


def test_a_worker_killed_while_tracing_leaves_no_snapshot_and_no_error(capfd):
    net = lenet5(seed=1, threads=1)
    assert worker_trace.start(net, probe(), 3, None, **INFO)
    assert net.take_traced(wait=True) is not None                # a worker is running
    p = processes.pool()
    victim = p.workers[0].proc
    os.kill(victim.pid, signal.SIGSTOP)     # stopped before it can answer the next one
    assert worker_trace.start(net, probe(), 3, None, **INFO)
    victim.kill()
    victim.wait()
    assert net.take_traced(wait=True) is None
    assert "could not trace the probe" in capfd.readouterr().err
    # the next one cannot be asked of it either: this process traces for a while
    assert not worker_trace.start(net, probe(), 3, None, **INFO)
    p.broken = False   # let the other tests use a fresh pool
    p.shutdown()


def test_a_reply_owed_to_a_batch_is_not_taken_for_the_jobs():
    r, w = os.pipe()
    try:
        worker = object.__new__(processes.Worker)
        worker.reader, worker.owed = processes._LineReader(r), 1
        pend = worker_trace.Pending(worker, lambda: None)
        assert not worker_trace._ready(pend)   # nothing has come
        os.write(w, b'{"ok": true}\n')   # the late batch's reply
        assert not worker_trace._ready(pend) and worker.owed == 0
        os.write(w, b'{"ok": true, "size": 7}\n')   # the job's
        assert worker_trace._ready(pend)
        assert worker.reply(timeout=1) == {"ok": True, "size": 7}
    finally:
        os.close(r)
        os.close(w)


def test_a_worker_that_hangs_at_a_job_is_given_up_in_time(monkeypatch, capfd):
    """A worker stopped (not ended) before it answers: reading the job back waits at most
    JOB_WAIT_S, not for ever, and the pool stops asking it."""
    import time

    net = lenet5(seed=1, threads=1)
    assert worker_trace.start(net, probe(), 3, None, **INFO)
    assert net.take_traced(wait=True) is not None                # a worker is running
    p = processes.pool()
    victim = p.workers[0].proc
    monkeypatch.setattr(worker_trace, "JOB_WAIT_S", 0.5)
    try:
        os.kill(victim.pid, signal.SIGSTOP)
        assert worker_trace.start(net, probe(), 3, None, **INFO)
        t0 = time.monotonic()
        assert net.take_traced(wait=True) is None
        assert time.monotonic() - t0 < 5
        assert "no answer within 0.5 s" in capfd.readouterr().err
        assert p.broken and not worker_trace.start(net, probe(), 3, None, **INFO)
    finally:
        os.kill(victim.pid, signal.SIGCONT)
        p.broken = False   # let the other tests use a fresh pool
        p.shutdown()


def test_a_batch_after_a_job_the_worker_hangs_at_is_computed_here(monkeypatch, capfd):
    """The batch waits for the job out first; once the worker is given up for it, the
    batch is not handed to that worker, whose late answer could pass for the batch's."""
    net = lenet5(seed=1, threads=1)
    assert worker_trace.start(net, probe(), 3, None, **INFO)
    assert net.take_traced(wait=True) is not None
    p = processes.pool()
    victim = p.workers[0].proc
    monkeypatch.setattr(worker_trace, "JOB_WAIT_S", 0.5)
    x = np.random.default_rng(5).random((32, 1, 32, 32), dtype=np.float32)
    y = np.arange(32) % 10
    here = BatchRun(lenet5(seed=2, threads=1), x, y)
    here.run_all()
    try:
        os.kill(victim.pid, signal.SIGSTOP)
        assert worker_trace.start(net, probe(), 3, None, **INFO)
        asked = []
        real = processes.Worker.request
        monkeypatch.setattr(processes.Worker, "request",
                            lambda w, msg: (asked.append(msg.get("cmd")), real(w, msg))[1])
        run = BatchRun(lenet5(seed=2, threads=2), x, y)
        t0 = time.monotonic()
        run.run_all()
        assert time.monotonic() - t0 < 5
        assert "run" not in asked           # the batch was not handed to it
        assert p.broken and not p.workers   # given up and shut down
        assert run.loss == here.loss
        assert np.array_equal(run.grads(0)["weight"], here.grads(0)["weight"])
        assert "no answer within 0.5 s" in capfd.readouterr().err
    finally:
        if victim.poll() is None:
            os.kill(victim.pid, signal.SIGCONT)
        p.broken = False   # let the other tests use a fresh pool
        p.shutdown()
