"""Worker processes give the very bits the parent would, and failures cost nothing."""

from __future__ import annotations

import os
import signal
import threading
import time

import numpy as np
import pytest

from cnnviz.core import processes, shared_batch
from cnnviz.core.models import lenet5
from cnnviz.core.batch import BatchRun
from cnnviz.core.optim import SGD
from cnnviz.core.tuning import tune
from cnnviz.errors import ConfigError
from tests.core.helpers import hold_up_first_chunk, up

pytestmark = pytest.mark.skipif(not processes.supported(), reason="needs Linux memfd")


@pytest.fixture(autouse=True)
def tuned():
    tune()   # workers only run where this process's BLAS runs one thread, as theirs


def batch(n, dtype=np.float32, seed=1):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, 1, 32, 32)).astype(dtype), rng.integers(0, 10, n)


def outcome(net, x, y):
    run = BatchRun(net, x, y)
    run.run_all()
    grads = {i: run.grads(i) for i in range(len(net.blocks))}
    return run.loss, run.logits(), grads, net.predict(x, batch=300)


def assert_same(a, b):
    assert a[0] == b[0]
    assert np.array_equal(a[1], b[1]) and np.array_equal(a[3], b[3])
    for i in a[2]:
        assert a[2][i].keys() == b[2][i].keys()
        for k in a[2][i]:
            assert np.array_equal(a[2][i][k], b[2][i][k]), (i, k)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("n", [32, 65, 256, 600])
def test_workers_give_the_same_bits_as_one_thread(n, dtype):
    x, y = batch(n, dtype)
    alone = lenet5(seed=0, threads=1, dtype=dtype)
    shared = lenet5(seed=0, threads=3, dtype=dtype)   # two workers from 3 chunks on
    ref = outcome(alone, x, y)
    got = outcome(shared, x, y)
    assert_same(ref, got)
    p = processes.pool()
    assert p is not None and p.workers, "the workers did not run"
    assert all(w.proc.poll() is None for w in p.workers)


def test_lecun_table_relu_max_pool_through_workers():
    x, y = batch(96)
    opts = dict(activation="relu", pooling="max", c3_table="lecun", mode="same")
    assert_same(outcome(lenet5(seed=3, threads=1, **opts), x, y),
                outcome(lenet5(seed=3, threads=2, **opts), x, y))


def test_training_with_workers_is_bit_identical_over_steps():
    x, y = batch(128)
    weights = []
    for threads, use in ((1, False), (2, False), (2, True)):
        net = lenet5(seed=0, threads=threads)
        net.processes = use
        opt = SGD(net.parameters(), lr=0.05, momentum=0.9)
        for _ in range(4):   # the workers must see every update of the weights
            run = BatchRun(net, x, y)
            run.run_all()
            net.store_grads(run)
            opt.step(net.grads())
        weights.append(net.state_dict())
    for w in weights[1:]:
        for k in w:
            assert np.array_equal(w[k], weights[0][k]), k


def test_stepping_and_tracing_stay_in_this_process():
    x, y = batch(64)
    net = lenet5(seed=0, threads=2)
    run = BatchRun(net, x, y)
    run.forward_block()
    run.run_all()   # not fresh: every chunk keeps its caches here
    assert all(len(c.caches) == len(net.blocks) for c in run.chunks)
    logits = net.forward(x)   # a backward pass follows: no worker
    net.backward(np.ones_like(logits) / 64)
    assert net.grads()["C1.weight"].any()


def test_a_killed_worker_costs_nothing_but_speed(capfd):
    x, y = batch(64)
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    net = lenet5(seed=0, threads=2)
    outcome(net, x, y)
    p = processes.pool()
    victim = p.workers[0].proc
    victim.kill()
    victim.wait()
    assert_same(outcome(net, x, y), ref)
    assert "computing in this process" in capfd.readouterr().err
    assert processes.pool() is None   # broken: no workers for a while
    p.broken = False   # let the other tests use a fresh pool


@pytest.fixture
def fresh_pool():
    """A pool of this test's own, with no failures counted, and none left behind."""
    old, processes._pool = processes._pool, None
    yield
    if processes._pool is not None:
        processes._pool.shutdown()
    processes._pool = old


def kill_worker(p):
    victim = p.workers[0].proc
    victim.kill()
    victim.wait()
    return victim.pid


def test_after_a_failure_a_fresh_worker_takes_over_with_the_same_bits(
        fresh_pool, capfd, monkeypatch):
    x, y = batch(64)
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    net = lenet5(seed=0, threads=2)
    outcome(net, x, y)
    p = processes.pool()
    dead = kill_worker(p)
    assert_same(outcome(net, x, y), ref)            # computed here
    assert "computing in this process for the next 30 s" in capfd.readouterr().err
    assert processes.pool() is None                 # not before RETRY_S
    monkeypatch.setattr(processes, "RETRY_S", 0.0)
    assert processes.pool() is p and not p.broken and not p.workers
    assert_same(outcome(net, x, y), ref)
    assert len(p.workers) == 1 and p.workers[0].proc.pid != dead   # a fresh one ran
    assert p.workers[0].proc.poll() is None and not p.broken
    assert capfd.readouterr().err == ""


def test_after_max_failures_this_process_computes_alone_for_good(
        fresh_pool, capfd, monkeypatch):
    monkeypatch.setattr(processes, "RETRY_S", 0.0)
    x, y = batch(64)
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    net = lenet5(seed=0, threads=2)
    for failure in range(1, processes.MAX_FAILURES + 1):
        outcome(net, x, y)
        p = processes.pool()
        assert p is not None and p.workers and p.failures == failure - 1
        kill_worker(p)
        assert_same(outcome(net, x, y), ref)
    err = capfd.readouterr().err
    assert err.count("computing in this process for the next 0 s") == processes.MAX_FAILURES - 1
    assert err.count("from now on") == 1
    assert processes.pool() is None and p.failures == processes.MAX_FAILURES
    assert_same(outcome(net, x, y), ref)            # still right, computed here


def test_a_worker_that_hangs_inside_a_batch_is_given_up_with_the_same_bits(
        fresh_pool, capfd, monkeypatch):
    x, y, ref, net, p = two_lanes_up()
    hung = p.workers[0].proc
    os.kill(hung.pid, signal.SIGSTOP)
    monkeypatch.setattr(processes, "BATCH_WAIT_S", 0.2)
    try:
        t0 = time.perf_counter()
        assert_same(outcome(net, x, y), ref)         # its share computed here at once
        assert time.perf_counter() - t0 < 0.2 and p.workers[0].owed >= 1
        assert processes.pool() is p                 # late, not yet given up
        time.sleep(0.25)
        assert_same(outcome(net, x, y), ref)
        assert (f"worker process {hung.pid} failed (no answer within 0.2 s); computing in "
                "this process for the next 30 s") in capfd.readouterr().err
        assert processes.pool() is None
        assert hung.poll() is not None               # ended, not left stopped
    finally:
        if hung.poll() is None:
            hung.kill()
            hung.wait()


def test_failures_long_apart_are_not_counted_together():
    p = processes.Pool()
    for _ in range(processes.MAX_FAILURES - 1):
        p.fail()
        p.broken = False
    p._broken_at -= processes.FAILURE_WINDOW_S + 1     # the last one was long ago
    p.fail()
    assert p.failures == 1 and p.for_how_long() == "for the next 30 s"
    p.broken = False
    for _ in range(processes.MAX_FAILURES - 1):
        p.fail()
        p.broken = False
    assert p.failures == processes.MAX_FAILURES and p.for_how_long() == "from now on"


def test_a_worker_that_cannot_start_is_said_once_and_costs_nothing_but_speed(
        fresh_pool, capfd, monkeypatch):
    def cannot_start(*args, **kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr(processes, "Worker", cannot_start)
    x, y = batch(64)
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    net = lenet5(seed=0, threads=2)
    assert_same(outcome(net, x, y), ref)
    assert_same(outcome(net, x, y), ref)
    err = capfd.readouterr().err
    assert err.count("no worker process could start (no more processes); computing in "
                     "this process for the next 30 s") == 1


def test_bad_labels_raise_here_as_without_workers():
    x, y = batch(64)
    y[50] = 12   # in the worker's chunk
    with pytest.raises(ConfigError, match="labels must lie in 0..9"):
        outcome(lenet5(seed=0, threads=2), x, y)
    y[50] = 3
    outcome(lenet5(seed=0, threads=2), x, y)   # the worker is still there
    assert processes.pool().workers[0].proc.poll() is None


def test_a_bigger_batch_or_another_architecture_restarts_the_workers():
    x, y = batch(shared_batch.MIN_IMAGES + 76)
    outcome(lenet5(seed=0, threads=2), x[:64], y[:64])
    p = processes.pool()
    first = p.workers[0].proc
    outcome(lenet5(seed=0, threads=2), x[:100], y[:100])
    assert p.workers[0].proc is first   # same capacity and architecture: kept
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    assert_same(outcome(lenet5(seed=0, threads=2), x, y), ref)
    assert p.workers[0].proc is not first and first.poll() is not None
    second = p.workers[0].proc
    assert_same(outcome(lenet5(seed=0, threads=2, activation="sigmoid"), x[:64], y[:64]),
                outcome(lenet5(seed=0, threads=1, activation="sigmoid"), x[:64], y[:64]))
    assert p.workers[0].proc is not second


def test_a_worker_ends_when_its_parent_closes_the_pipe():
    outcome(lenet5(seed=0, threads=2), *batch(64))   # then it polls for the next batch
    p = processes.pool()
    procs = [w.proc for w in p.workers]
    p.shutdown()
    deadline = time.monotonic() + 5
    while any(q.poll() is None for q in procs) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(q.poll() == 0 for q in procs)
    assert not p.workers


def test_no_workers_without_single_threaded_blas(monkeypatch):
    monkeypatch.setattr(processes, "blas_single", lambda: False)
    p = processes.pool()
    p.shutdown()
    outcome(lenet5(seed=0, threads=2), *batch(64))
    assert not p.workers


def test_processes_can_be_switched_off():
    p = processes.pool()
    p.shutdown()
    net = lenet5(seed=0, threads=2)
    net.processes = False
    outcome(net, *batch(64))
    assert not p.workers and os.getpid() == p.pid


def test_ctrl_c_is_the_parents_to_handle():
    x, y = batch(64)
    net = lenet5(seed=0, threads=2)
    up(net, x, y)   # past its start, when Python itself would still end on Ctrl+C
    ref = outcome(net, x, y)
    worker = processes.pool().workers[0].proc
    os.kill(worker.pid, signal.SIGINT)   # a terminal's Ctrl+C reaches the whole group
    time.sleep(0.3)
    assert worker.poll() is None
    assert_same(outcome(net, x, y), ref)


def test_a_cnnviz_folder_in_the_working_directory_does_not_replace_ours(tmp_path,
                                                                        monkeypatch, capfd):
    """Started with -c, a worker put its working directory first on sys.path and imported
    the cnnviz it found there (an older checkout), not the parent's."""
    fake = tmp_path / "cnnviz"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise ImportError('the wrong cnnviz')\n")
    monkeypatch.chdir(tmp_path)
    processes.pool().shutdown()
    x, y = batch(64)
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    assert_same(outcome(lenet5(seed=0, threads=2), x, y), ref)
    p = processes.pool()
    assert p is not None and p.workers and p.workers[0].proc.poll() is None
    assert "failed" not in capfd.readouterr().err


@pytest.mark.parametrize("threads", [1, 2])
def test_a_probe_traced_meanwhile_is_the_network_before_the_batch(threads):
    from cnnviz.core.trace import trace

    x, y = batch(64)
    net = lenet5(seed=0, threads=threads)
    before = trace(net, x[0], int(y[0]))
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    seen = []
    run = BatchRun(net, x, y)
    run.run_all(lambda: seen.append(trace(net, x[0], int(y[0]))))
    assert len(seen) == 1
    for a, b in zip(before.layers, seen[0].layers):
        for field in ("x", "z", "y", "dweight", "dx"):
            assert np.array_equal(getattr(a, field), getattr(b, field)), (a.name, field)
    assert run.loss == ref[0] and np.array_equal(run.grads(0)["weight"], ref[2][0]["weight"])
    if threads == 2:
        assert processes.pool().workers   # it ran while a worker had the other chunk


def two_lanes_up(n=64):
    """A batch, its outcome on one lane, and a two-lane network whose worker is up."""
    x, y = batch(n)
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    net = lenet5(seed=0, threads=2)
    up(net, x, y)
    return x, y, ref, net, processes.pool()


def test_meanwhile_runs_first_if_it_took_a_chunk_s_time_else_after_the_chunks_here():
    x, y, ref, net, p = two_lanes_up()
    for last_time, after_a_chunk in ((0.0, True), (10.0, False)):
        p.meanwhile_s = last_time
        run = BatchRun(net, x, y)
        seen = []
        run.run_all(lambda: seen.append(bool(run.chunks[0].grads)))   # chunk 0 is ours
        assert seen == [after_a_chunk]
        assert 0 < p.meanwhile_s < 1   # this time's, for the next batch
        assert run.loss == ref[0] and np.array_equal(run.grads(0)["weight"],
                                                     ref[2][0]["weight"])


def test_a_forward_only_batch_leaves_the_training_chunk_time_be():
    """The time a chunk takes here sets how long to wait for the worker's and whether
    meanwhile() goes first; a forward-only chunk (an evaluation's) takes a third as long
    as a training chunk and must not stand for one."""
    x, y, ref, net, p = two_lanes_up()
    BatchRun(net, x, y).run_all()
    training = p.chunk_s[True]
    assert training > 0
    p.chunk_s[True] = p.chunk_s[False] = 1234.0   # marks: which one does a forward run set?
    BatchRun(net, x, y).forward_all(final=True)
    assert p.chunk_s[True] == 1234.0 and 0 < p.chunk_s[False] < 1.0
    p.chunk_s[True] = training


@pytest.mark.parametrize("backward", [True, False])
def test_a_worker_takes_every_chunk_while_this_process_is_held_up(backward):
    x, y = batch(64)
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    net = lenet5(seed=0, threads=2)
    up(net, x, y)
    run = BatchRun(net, x, y)
    if backward:
        processes.pool().meanwhile_s = 1.0   # long the last time too: it runs first
        run.run_all(lambda: time.sleep(1.0))   # this lane is busy with something else
        got = (run.loss, run.logits(), {i: run.grads(i) for i in range(len(net.blocks))})
        assert processes.pool().last_split == (0, 4)
        assert_same(got + (ref[3],), ref)
    else:
        def slow(c):   # the first chunk taken here is held up
            time.sleep(1.0)
            for i in range(len(net.blocks)):
                run._fwd(c, i, lean=True)

        assert processes.run_split(run, False, slow)
        assert processes.pool().last_split == (1, 3)
        assert np.array_equal(run.logits(), ref[1])


def test_this_process_takes_every_chunk_while_the_worker_is_held_up():
    x, y = batch(64)
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    net = lenet5(seed=0, threads=2)
    up(net, x, y)
    worker = processes.pool().workers[0].proc
    os.kill(worker.pid, signal.SIGSTOP)   # as if another program held its core
    timer = threading.Timer(1.0, os.kill, (worker.pid, signal.SIGCONT))
    timer.start()
    try:
        run = BatchRun(net, x, y)
        run.run_all()
    finally:
        timer.join()
    assert processes.pool().last_split == (4, 0)
    got = (run.loss, run.logits(), {i: run.grads(i) for i in range(len(net.blocks))})
    assert_same(got + (ref[3],), ref)
    assert worker.poll() is None


def test_a_chunk_neither_side_computed_is_computed_here(monkeypatch):
    x, y = batch(96)   # six chunks of 16
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    net = lenet5(seed=0, threads=2)
    up(net, x, y)
    p = processes.pool()
    # the worker will find this process's mark on the last chunk, its first, and step
    # back; this process, held up on its first chunk, finds the worker's mark there
    p.views.claims[0, 5] = p.tag % 2_000_000_000 + 1
    hold_up_first_chunk(monkeypatch, 0.1)
    run = BatchRun(net, x, y)
    run.run_all()
    assert p.last_split == (5, 0)   # the sixth computed by neither, then here
    got = (run.loss, run.logits(), {i: run.grads(i) for i in range(len(net.blocks))})
    assert_same(got + (ref[3],), ref)


def test_a_late_worker_is_not_waited_for_and_its_reply_is_passed_over():
    x, y, ref, net, p = two_lanes_up()
    w = p.workers[0]

    def hold_up_the_worker():   # another program takes its core during its first chunk
        time.sleep(0.0003)
        os.kill(w.proc.pid, signal.SIGSTOP)

    run = BatchRun(net, x, y)
    t0 = time.perf_counter()
    try:
        run.run_all(hold_up_the_worker)
        took = time.perf_counter() - t0
        owed = w.owed   # owes the reply to a batch finished without it
    finally:
        os.kill(w.proc.pid, signal.SIGCONT)
    got = (run.loss, run.logits(), {i: run.grads(i) for i in range(len(net.blocks))})
    assert_same(got + (ref[3],), ref)
    assert owed == 1 and took < 1.0
    time.sleep(0.2)   # the owed reply has come by now
    w.drain_owed()    # passed over without waiting, and nothing after it is read
    assert w.owed == 0 and w.reader.buf == b""
    for _ in range(3):   # later replies are read as ever
        assert_same(outcome(net, x, y), ref)
    up(net, x, y)
    assert w.owed == 0 and p.workers == [w] and not p.broken


def test_without_polling_the_bits_are_the_same(monkeypatch):
    x, y = batch(64)
    ref = outcome(lenet5(seed=0, threads=1), x, y)
    sent = []
    request = processes.Worker.request
    monkeypatch.setattr(processes.Worker, "request",
                        lambda self, msg: (sent.append(msg), request(self, msg))[1])
    processes.set_polling(0.0, 0.0)   # as in the window's training process
    try:
        assert_same(outcome(lenet5(seed=0, threads=2), x, y), ref)
    finally:
        processes.set_polling(processes.SPIN_S, processes.LINGER_S)
    runs = [m for m in sent if m["cmd"] == "run"]
    assert runs and all(m["linger"] == 0.0 for m in runs)


@pytest.mark.parametrize("n", range(1, 12))
@pytest.mark.parametrize("parts", [1, 2, 3, 5])
def test_chunk_groups_are_those_of_array_split(n, parts):
    want = [list(g) for g in np.array_split(np.arange(n), parts)]
    assert processes._groups(n, parts) == want


def test_polling_returns_once_there_is_something_to_read_and_gives_up_in_time():
    r, w = os.pipe()
    try:
        t0 = time.perf_counter()
        processes._poll(r, 0.02)
        assert 0.02 <= time.perf_counter() - t0 < 1.0   # nothing came: it gave up
        os.write(w, b"x")
        t0 = time.perf_counter()
        processes._poll(r, 5.0)
        assert time.perf_counter() - t0 < 1.0           # at once, not after 5 s
    finally:
        os.close(r)
        os.close(w)

