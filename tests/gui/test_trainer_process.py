"""Play and Train epoch in the training process: the same bits as training in-process,
settings and probe changes between batches, failures reported, no hang, nothing left over."""

import dataclasses
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from cnnviz.core import checkpoint
from cnnviz.core.session import Session, TrainConfig
from cnnviz.errors import DataError
from cnnviz.gui import priority, trainer_process, trainer_jobs, worker
from cnnviz.gui.controller import Controller

CONFIG = TrainConfig(epochs=1, batch_size=32, seed=3)


@pytest.fixture
def ctl(qtbot, small_data):
    c = Controller(small_data, CONFIG)
    c.errors = []
    c.errorOccurred.connect(c.errors.append)
    c.start()
    yield c
    pid = c._link.pid
    t0 = time.perf_counter()
    assert c.shutdown()
    assert time.perf_counter() - t0 < 5
    assert pid is None or not os.path.exists(f"/proc/{pid}")   # ended and reaped: no zombie


def trained_in_process(data, batches, config=CONFIG):
    # the training process limits BLAS to one thread (tuning.tune); sums depend on it
    with threadpool_limits(limits=1, user_api="blas"):
        s = Session(data, config)
        for _ in range(batches):
            s.train_batch()
    return s


def same_weights(a, b):
    sa, sb = a.net.state_dict(), b.net.state_dict()
    return all(sa[k].tobytes() == sb[k].tobytes() for k in sa)


def run_until_stopped(qtbot, c, at_step=None):
    if at_step is not None:
        qtbot.waitUntil(lambda: c.session.step >= at_step, timeout=30000)
        c.pause()
    qtbot.waitUntil(lambda: not c.running, timeout=30000)


def test_batches_played_in_the_process_equal_batches_trained_here(ctl, qtbot, small_data):
    steps = []
    ctl.batchesTrained.connect(lambda s, *_: steps.extend(s.tolist()))
    ctl.max_batches = 25
    ctl.play()
    assert ctl.running
    run_until_stopped(qtbot, ctl)
    assert ctl.errors == [] and ctl.session.step == 25 and steps == list(range(1, 26))
    ref = trained_in_process(small_data, 25)
    assert same_weights(ctl.session, ref)
    assert ctl.snapshot.step == 25 and not ctl.snapshot.image.flags.writeable
    with threadpool_limits(limits=1, user_api="blas"):   # stepping goes on from there
        ctl.train_batch()
        ref.train_batch()
    assert same_weights(ctl.session, ref) and ctl.session.step == 26


def test_pause_hands_back_the_trained_state_and_the_process_is_kept(ctl, qtbot, small_data):
    ctl.play()
    run_until_stopped(qtbot, ctl, at_step=10)
    pid = ctl._link.pid
    assert ctl.errors == [] and same_weights(ctl.session, trained_in_process(small_data,
                                                                            ctl.session.step))
    ctl.play()
    run_until_stopped(qtbot, ctl, at_step=ctl.session.step + 10)
    assert ctl._link.pid == pid
    s = ctl.session
    ref = trained_in_process(small_data, s.step)
    assert same_weights(s, ref) and (s.epoch, s.opt.lr) == (ref.epoch, ref.opt.lr)


linux_threads = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                   reason="a thread's own nice value is Linux's")


def test_the_window_gives_way_once_the_training_process_has_started(ctl, qtbot,
                                                                     monkeypatch):
    calls = []
    monkeypatch.setattr(priority, "yield_to_training", lambda: calls.append(
        [p.name for p in multiprocessing.active_children()].count("cnnviz-trainer")))
    ctl.play()
    run_until_stopped(qtbot, ctl, at_step=3)
    assert calls == [1]   # once the training process had started
    ctl.play()               # the same process plays on: not called again
    run_until_stopped(qtbot, ctl, at_step=ctl.session.step + 3)
    assert calls == [1] and ctl.errors == []


@linux_threads
def test_giving_way_lowers_the_calling_thread_alone_and_once(monkeypatch):
    monkeypatch.setattr(priority, "_lowered", False)
    seen = {}

    def lower():
        seen["before"] = os.getpriority(os.PRIO_PROCESS, 0)
        seen["first"], seen["again"] = priority.yield_to_training(), priority.yield_to_training()
        seen["after"] = os.getpriority(os.PRIO_PROCESS, 0)

    here = os.getpriority(os.PRIO_PROCESS, 0)
    child = []
    t = threading.Thread(target=lambda: (lower(), child.append(subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpriority(os.PRIO_PROCESS, 0))"],
        capture_output=True, text=True).stdout)))
    t.start()
    t.join()
    assert (seen["first"], seen["again"]) == (True, False)
    assert seen["after"] == min(19, seen["before"] + priority.WINDOW_NICE)
    assert os.getpriority(os.PRIO_PROCESS, 0) == here   # this thread is not touched
    assert int(child[0]) == seen["after"]   # what the lowered thread starts inherits it


def test_giving_way_where_priorities_cannot_change_does_nothing(monkeypatch):
    monkeypatch.setattr(priority, "_lowered", False)

    def refused(*args):
        raise PermissionError("not allowed")

    monkeypatch.setattr(os, "setpriority", refused, raising=False)
    monkeypatch.setattr(os, "getpriority", lambda *args: 0, raising=False)
    assert priority.yield_to_training() is False
    monkeypatch.setattr(priority, "_lowered", False)
    monkeypatch.delattr(os, "setpriority", raising=False)
    assert priority.yield_to_training() is False
    monkeypatch.setattr(priority, "_lowered", False)
    monkeypatch.setattr(sys, "platform", "darwin")   # a nice value for the whole process
    assert priority.yield_to_training() is False


def test_settings_and_probe_changes_reach_the_process(ctl, qtbot):
    ctl.play()
    qtbot.waitUntil(lambda: ctl.session.step >= 3, timeout=30000)
    assert ctl.set_hyper(optimizer="adam", lr=0.002, batch_size=50)
    assert ctl.session.config.optimizer == "adam" and ctl.session.opt.lr == 0.002
    ctl.set_probe(7)
    step = ctl.session.step
    qtbot.waitUntil(lambda: ctl.snapshot.probe_index == 7 and ctl.snapshot.step > step + 1,
                    timeout=30000)
    run_until_stopped(qtbot, ctl, at_step=0)
    s = ctl.session
    assert ctl.errors == [] and s.probe_index == 7 and ctl.snapshot.probe_index == 7
    assert (s.config.optimizer, s.config.lr, s.config.batch_size) == ("adam", 0.002, 50)
    assert s.opt.name == "adam" and s.opt.t >= 1   # Adam trained there and came back


def test_train_epoch_stops_at_the_end_of_the_epoch(ctl, qtbot):
    evaluations = []
    ctl.evaluated.connect(lambda step, acc: evaluations.append(step))
    ctl.train_epoch()
    run_until_stopped(qtbot, ctl)
    s = ctl.session
    assert ctl.errors == [] and s.epoch == 1 and s.step == s.batches_per_epoch
    assert evaluations[-1] == s.step


def test_saving_while_playing_saves_the_trained_weights_and_plays_on(ctl, qtbot, tmp_path,
                                                                      small_data):
    ctl.play()
    qtbot.waitUntil(lambda: ctl.session.step >= 5, timeout=30000)
    assert ctl.save_checkpoint(tmp_path / "live.npz") and ctl.running
    saved = checkpoint.load(tmp_path / "live.npz")
    ref = trained_in_process(small_data, saved.state["step"]).net.state_dict()
    assert all(saved.params[k].tobytes() == ref[k].tobytes() for k in ref)
    ctl.reset()   # stops training first
    assert not ctl.running and ctl.session.step == 0 and ctl.errors == []


def test_a_killed_process_is_reported_and_the_network_kept(ctl, qtbot, small_data):
    before = ctl.session.net.state_dict()
    ctl.play()
    qtbot.waitUntil(lambda: ctl.session.step >= 3, timeout=30000)
    os.kill(ctl._link.pid, signal.SIGKILL)
    run_until_stopped(qtbot, ctl)
    assert len(ctl.errors) == 1 and "stopped unexpectedly (killed by signal 9)" in ctl.errors[0]
    assert "left as it was before training" in ctl.errors[0]
    after = ctl.session.net.state_dict()
    assert ctl.session.step == 0 and all(np.array_equal(before[k], after[k]) for k in before)
    ctl.play()   # a new process takes over
    run_until_stopped(qtbot, ctl, at_step=5)
    assert same_weights(ctl.session, trained_in_process(small_data, ctl.session.step))


@pytest.mark.filterwarnings("ignore:invalid value:RuntimeWarning")   # tracing the probe then
def test_a_diverging_run_reports_why_and_keeps_the_last_good_weights(ctl, qtbot):
    ctl.set_hyper(lr=1e38)
    ctl.play()
    run_until_stopped(qtbot, ctl)
    assert len(ctl.errors) == 1 and "lower the learning rate" in ctl.errors[0]
    assert ctl.session.step >= 1
    assert all(np.isfinite(v).all() for v in ctl.session.net.parameters().values())


def test_a_hung_process_is_ended_on_pause(ctl, qtbot, monkeypatch):
    monkeypatch.setattr(worker, "STOP_TIMEOUT_S", 1.0)
    before = ctl.session.net.state_dict()
    ctl.play()
    qtbot.waitUntil(lambda: ctl.session.step >= 2, timeout=30000)
    os.kill(ctl._link.pid, signal.SIGSTOP)
    ctl.pause()
    run_until_stopped(qtbot, ctl)
    assert len(ctl.errors) == 1 and "did not stop within 1 s" in ctl.errors[0]
    after = ctl.session.net.state_dict()
    assert ctl.session.step == 0 and all(np.array_equal(before[k], after[k]) for k in before)


def test_shutdown_ends_a_hung_process_in_time(ctl, qtbot):
    ctl.play()
    qtbot.waitUntil(lambda: ctl.session.step >= 2, timeout=30000)
    os.kill(ctl._link.pid, signal.SIGSTOP)   # the fixture checks shutdown's time and result


def test_the_training_process_loads_no_qt(ctl, qtbot):
    ctl.play()
    qtbot.waitUntil(lambda: ctl.session.step >= 1, timeout=30000)
    with open(f"/proc/{ctl._link.pid}/maps") as f:
        maps = f.read()
    assert "numpy" in maps and not any(q in maps for q in ("Qt6", "PySide6", "shiboken"))
    code = ("import sys, cnnviz.gui.trainer_process; print([m for m in sys.modules "
            "if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')])")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "[]", r.stderr


def test_the_process_rebuilds_the_same_data_or_says_why(small_data):
    spec = trainer_process.data_spec(small_data)
    again = trainer_process.load_data(spec)
    assert (len(again.train_labels), len(again.test_labels)) == (3000, 500)
    assert np.array_equal(again.train_images, small_data.train_images)
    assert np.array_equal(again.test_labels, small_data.test_labels)
    changed = dataclasses.replace(small_data, train_labels=small_data.train_labels[::-1].copy())
    with pytest.raises(DataError, match="different data"):
        trainer_process.load_data(trainer_process.data_spec(changed))


def test_evaluation_points_take_the_idle_worker_and_equal_one_lane(small_data):
    """The process trains on one lane; its test-accuracy points hand half of the images
    to a worker process, with the very same result."""
    from cnnviz.core import processes
    from cnnviz.core.tuning import tune

    tune()   # workers run only where BLAS runs one thread, as in the training process
    s = Session(small_data, TrainConfig(batch_size=16))
    for _ in range(3):
        s.train_batch()
    s.net.threads = trainer_process.THREADS
    one = s.evaluate(limit=trainer_process.EVAL_IMAGES)
    both = trainer_jobs.Evaluator(trainer_process.EVAL_IMAGES, trainer_process.THREADS,
                                  trainer_process.EVAL_THREADS).here(s)
    assert s.net.threads == trainer_process.THREADS == 1
    assert trainer_process.EVAL_THREADS == 2
    p = processes.pool()
    assert p is not None and not p.broken and len(p.workers) == 1
    assert both.accuracy == one.accuracy and both.loss == one.loss
    np.testing.assert_array_equal(both.confusion, one.confusion)
    np.testing.assert_array_equal(both.predictions, one.predictions)
    np.testing.assert_array_equal(both.confidences, one.confidences)
    s.net.close()


def test_the_sender_ends_quietly_when_the_pipe_closes_under_it(monkeypatch):
    """The process closes its pipe as it ends; a frame still queued must not print a
    thread's traceback on the terminal (it did: TypeError from multiprocessing)."""
    import multiprocessing
    import threading

    failures = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args))
    reader, writer = multiprocessing.Pipe(duplex=False)
    sender = trainer_process._Sender(writer)
    sender.start()
    sender.send(b"first")
    assert reader.recv_bytes() == b"first"
    writer.close()                      # as main() does at the end
    sender.send(b"x" * 100_000)
    sender.idle.wait(5)
    assert sender.idle.is_set() and sender.is_alive()
    sender.close()
    assert not sender.is_alive()
    assert failures == []
    reader.close()


def test_the_link_takes_whole_frames_in_one_write():
    """A frame is some 700 KB: the link's socket is widened so that it need not go in
    rounds that wake both ends each time (as far as the system lets it)."""
    import socket

    try:
        with open("/proc/sys/net/core/wmem_max") as f:
            cap = int(f.read())
    except OSError:
        pytest.skip("needs Linux's net.core.wmem_max")
    a, b = multiprocessing.Pipe(duplex=True)
    try:
        s = socket.socket(fileno=a.fileno())
        before = s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
        worker.widen(a)
        after = s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
        s.detach()
        # Linux grants twice what was asked, up to twice the cap
        assert after >= max(before, 2 * min(worker.LINK_BUFFER, cap))
        payload = b"x" * 700_000
        if after >= 2 * len(payload):   # then the write does not wait for the reader
            a.send_bytes(payload)
            assert b.recv_bytes() == payload
    finally:
        a.close()
        b.close()


def test_health_records_from_a_frame_do_not_hold_the_frame(small_data):
    """The arrays of a decoded frame are views of it; health records are kept for the
    whole run, so the link copies theirs (else each kept a 700 KB frame alive)."""
    from cnnviz.core.health import HealthMonitor, monitor_batch

    session = Session(small_data)
    monitor = HealthMonitor(*monitor_batch(small_data), every_s=None, every_steps=1)
    before = monitor.arm(session.net)
    stats = session.train_batch()
    batches = trainer_process._Batches()
    batches.add(stats)
    batches.health.append(monitor.record(session.net, stats.step, before))
    data = bytes(batches.message(session.epoch, session.probe_snapshot()))
    link = worker.TrainerLink(small_data)
    link._receive(data)
    frame, end = link.take()
    assert end is None and frame.steps == [stats.step] and len(frame.health) == 1
    message = np.frombuffer(data, np.uint8)
    kept = [a for lay in frame.health[0].layers for a in vars(lay).values()
            if isinstance(a, np.ndarray)]
    assert kept and not any(np.shares_memory(a, message) for a in kept)
    assert all(not a.flags.writeable for a in kept)
    assert np.shares_memory(frame.snapshot.layers[0].y, message)   # the snapshot: a view
    assert np.array_equal(kept[0], [a for a in vars(batches.health[0].layers[0]).values()
                                    if isinstance(a, np.ndarray)][0])


def collected(tracer, session):
    """Poll as the training loop does, until the tracer no longer waits."""
    msg = None
    t0 = time.perf_counter()
    while tracer.waiting and time.perf_counter() - t0 < 10:
        msg = tracer.collect(session)
        time.sleep(0.001)
    assert not tracer.waiting
    return msg


@pytest.fixture
def own_pool():
    """The worker pool as this test leaves it must not hold a trace for the next test."""
    from cnnviz.core import processes

    if not processes.supported():
        pytest.skip("needs Linux memfd")
    from cnnviz.core.tuning import tune

    tune()
    if processes._pool is not None:    # none of another test's failures or jobs
        processes._pool.shutdown()
    processes._pool = None
    yield
    p = processes.pool()
    if p is not None:
        p.shutdown()
    processes._pool = None


def test_the_training_process_traces_the_probe_on_its_idle_worker(small_data, own_pool):
    """The snapshot comes back as a frame of its own, the same bits as one traced here."""
    from cnnviz.core import wire

    s = Session(small_data, CONFIG)
    s.net.threads = trainer_process.THREADS          # one lane, as in the process
    s.train_batch()
    tracer = trainer_jobs.Tracer()
    assert tracer.begin(s, time.perf_counter()) is None and tracer.waiting
    head, arrays = wire.unpack(collected(tracer, s))
    assert head["kind"] == "frame" and head["images"] == 0 and head["epoch"] == s.epoch
    assert "steps" not in arrays            # no batches in it: the window adds none
    got = wire.snapshot_from_parts(head["snapshot"], wire.unnest("snap", arrays))
    want = s.probe_snapshot()
    assert (got.step, got.probe_key, got.loss) == (want.step, want.probe_key, want.loss)
    assert got.probabilities.tobytes() == want.probabilities.tobytes()
    assert len(got.layers) == len(want.layers) == 7
    for a, b in zip(got.layers, want.layers):
        for f in ("x", "y", "dz", "dx", "weight", "dweight"):
            x, y = getattr(a, f), getattr(b, f)
            assert (x is None) == (y is None) and (x is None or x.tobytes() == y.tobytes())
    assert tracer.on_worker


def test_a_probe_changed_or_a_trace_failed_meanwhile_sends_nothing_and_waits_no_longer(
        small_data, own_pool, monkeypatch, capfd):
    s = Session(small_data, CONFIG)
    s.net.threads = trainer_process.THREADS          # one lane, as in the process
    tracer = trainer_jobs.Tracer()
    assert tracer.begin(s, time.perf_counter()) is None
    s.set_probe(5)                          # the snapshot on its way shows probe 0
    assert collected(tracer, s) is None and tracer.on_worker

    x, _ = s.probe_input()
    monkeypatch.setattr(s, "probe_input", lambda: (x, 99))   # no such class: it fails
    t0 = time.perf_counter()
    assert tracer.begin(s, t0) is None
    assert collected(tracer, s) is None
    assert time.perf_counter() - t0 < trainer_jobs.TRACE_WAIT_S / 2   # not timed out
    assert tracer.on_worker and "could not trace the probe" in capfd.readouterr().err


def test_a_trace_that_does_not_come_back_is_given_up_for_tracing_here(
        small_data, own_pool, monkeypatch):
    from cnnviz.core import processes

    s = Session(small_data, CONFIG)
    s.net.threads = trainer_process.THREADS          # one lane, as in the process
    tracer = trainer_jobs.Tracer()
    monkeypatch.setattr(trainer_jobs, "TRACE_WAIT_S", 0.0)
    p = processes.pool()
    assert tracer.begin(s, time.perf_counter()) is None
    os.kill(p.workers[0].proc.pid, signal.SIGSTOP)   # a worker that hangs
    try:
        assert collected(tracer, s) is None and not tracer.on_worker
        assert processes.pool() is None     # given up: nothing will wait for it
        snap = tracer.begin(s, time.perf_counter())
        assert snap is not None and snap.step == 0          # traced here instead
        monkeypatch.setattr(processes, "RETRY_S", 0.0)      # the pool may try again:
        monkeypatch.setattr(processes, "MAX_FAILURES", 99)
        monkeypatch.setattr(trainer_jobs, "TRACE_WAIT_S", 10.0)
        assert tracer.begin(s, time.perf_counter()) is None and tracer.on_worker
        assert collected(tracer, s) is not None             # a fresh worker traced it
        assert p.workers and p.workers[0].proc.poll() is None
    finally:
        p.broken = False
    s.net.processes = False                 # no worker at all: traced here
    assert trainer_jobs.Tracer().begin(s, time.perf_counter()) is not None


def test_accuracy_points_made_on_the_worker_equal_those_made_here(small_data, own_pool):
    """Asked of the worker, a point comes back a few batches later with the accuracy
    computed here; a snapshot beat meanwhile is skipped, not traced here; with the
    worker busy, the point waits for the next batch."""
    s = Session(small_data, CONFIG)
    s.net.threads = trainer_process.THREADS          # one lane, as in the process
    s.train_batch()
    want = s.evaluate(limit=trainer_process.EVAL_IMAGES).accuracy
    ev = trainer_jobs.Evaluator(trainer_process.EVAL_IMAGES, 1, 2)
    tracer = trainer_jobs.Tracer()

    assert tracer.begin(s, time.perf_counter()) is None and tracer.waiting
    ev.due = True
    assert ev.step(s) == [] and ev.due               # a trace is out: asked next time
    collected(tracer, s)
    assert ev.step(s) == [] and not ev.due           # asked of the worker
    weights = {k: v.copy() for k, v in s.net.state_dict().items()}
    s.train_batch()                                  # training goes on meanwhile
    assert tracer.begin(s, time.perf_counter()) is None and not tracer.waiting  # skipped
    got = ev.finish(s)
    assert got == [[1, want]]               # the step it was asked at, not a later one
    ev.due = True                           # due, nothing out: finish asks and waits
    assert ev.finish(s) == [[2, s.evaluate(limit=trainer_process.EVAL_IMAGES).accuracy]]
    assert not ev.due
    s.net.load_state_dict(weights)
    assert s.evaluate(limit=trainer_process.EVAL_IMAGES).accuracy == want

    s.net.processes = False                          # no worker: computed here at once
    ev2 = trainer_jobs.Evaluator(trainer_process.EVAL_IMAGES, 1, 2)
    ev2.due = True
    assert ev2.step(s) == [[2, s.evaluate(limit=trainer_process.EVAL_IMAGES).accuracy]]


class _Pipe:
    """The window's end of the pipe, for a training loop run here: nothing to read."""

    def __init__(self):
        self.sent = []

    def poll(self):
        return False

    def send_bytes(self, data):
        self.sent.append(data)


def test_two_lanes_from_two_cpus_on(small_data, own_pool, monkeypatch):
    """With two CPUs or more the process trains on two lanes, the worker computing its
    share of every batch, and traces and evaluates here (a job on the worker would hold
    up the next batch): the same bits as one lane, frames as before."""
    from cnnviz.core import processes, wire, worker_trace

    monkeypatch.delenv("CNNVIZ_LANES", raising=False)
    assert [trainer_process.lanes(n) for n in (1, 2, 3, 8)] == [1, 2, 2, 2]
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert trainer_process.lanes() == 1
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert trainer_process.lanes() == 2
    for forced, want in (("1", 1), ("2", 2), ("7", 2), ("", 2)):   # only 1 or 2 counts
        monkeypatch.setenv("CNNVIZ_LANES", forced)
        assert trainer_process.lanes() == want
    monkeypatch.delenv("CNNVIZ_LANES")

    conn = _Pipe()
    trainer = trainer_process.Trainer(conn)
    s = Session(small_data, CONFIG)
    lanes_used, split, asked = [], [], []
    train_batch, run_split = s.train_batch, processes.run_split
    monkeypatch.setattr(s, "train_batch",
                        lambda *a: (lanes_used.append(s.net.threads), train_batch(*a))[1])
    traced_during = []

    def split_and_see(run, backward, local, meanwhile=None):
        if meanwhile is not None:
            traced_during.append(s.step)   # the batch's step is s.step + 1
        split.append((backward, run_split(run, backward, local, meanwhile)))
        return split[-1][1]

    monkeypatch.setattr(processes, "run_split", split_and_see)
    monkeypatch.setattr(worker_trace, "_ask", lambda *a, **k: asked.append(a) or False)
    monkeypatch.setattr(trainer_process, "EVAL_EVERY_S", 0.0)   # a point every batch
    try:
        assert trainer._train(s, "play", 20) == ("done", True)
    finally:
        trainer.sender.close()
    assert set(lanes_used) == {2} and s.step == 20
    assert split.count((True, True)) == 20 and asked == []   # the worker's share, no jobs
    # the snapshots were traced while a batch was computed, each of the step before it
    assert traced_during and all(0 <= k < 20 for k in traced_during)
    assert same_weights(s, trained_in_process(small_data, 20))
    heads = [wire.unpack(data)[0] for data in conn.sent]
    assert heads and all(h["kind"] == "frame" for h in heads)
    assert any(h["snapshot"] is not None for h in heads)
    assert sum(len(h["evaluations"]) for h in heads) >= 20
    assert sum(len(wire.unpack(d)[1].get("steps", [])) for d in conn.sent) == 20


def test_an_accuracy_point_that_does_not_come_back_is_made_here_then_asked_again(
        small_data, own_pool, monkeypatch):
    """A worker that hangs on a test-accuracy point: the point is made here at once;
    once the pool has a worker again, the next point is asked of it."""
    from cnnviz.core import processes

    s = Session(small_data, CONFIG)
    s.net.threads = trainer_process.THREADS
    s.train_batch()
    want = s.evaluate(limit=trainer_process.EVAL_IMAGES).accuracy
    ev = trainer_jobs.Evaluator(trainer_process.EVAL_IMAGES, 1, 2)
    monkeypatch.setattr(trainer_jobs, "EVAL_WAIT_S", 0.0)
    assert s.start_probe_trace() and s.net.take_traced(wait=True) is not None  # a worker
    p = processes.pool()
    os.kill(p.workers[0].proc.pid, signal.SIGSTOP)   # it will hang on the next job
    try:
        ev.due = True
        assert ev.step(s) == [] and ev.on_worker     # asked of the worker
        time.sleep(0.01)
        assert ev.step(s) == [[s.step, want]]        # not back in time: made here
        assert not ev.on_worker and processes.pool() is None
        monkeypatch.setattr(processes, "RETRY_S", 0.0)
        monkeypatch.setattr(processes, "MAX_FAILURES", 99)
        monkeypatch.setattr(trainer_jobs, "EVAL_WAIT_S", 10.0)
        ev.due = True
        assert ev.step(s) == [] and ev.on_worker     # asked of a fresh worker
        assert ev.finish(s) == [[s.step, want]]
        assert p.workers and p.workers[0].proc.poll() is None
    finally:
        p.broken = False


def test_take_over_applies_only_the_settings_the_process_had_not_applied(small_data):
    """A rate typed during Play at an epoch's end: the process turned it into the run's
    rate with its epoch, the window's copy with the epoch of its last frame, one behind;
    on Pause the window's copy won, and the next update used 0.8x the rate typed. Now
    the process says which numbered change it applied last, and only later ones are
    applied again, to the state it gave back."""
    process = Session(small_data, TrainConfig(batch_size=1000))
    for _ in range(process.batches_per_epoch):
        process.train_batch()
    assert process.epoch == 1
    before = process.export_state()
    process.reconfigure(lr_now=0.002)                 # set 1, applied in epoch 2
    window = Session(small_data, TrainConfig(batch_size=1000))
    window.import_state(*before)
    window.epoch = 0                                  # its last frame was epoch 1's
    window.reconfigure(lr_now=0.002)
    assert window.config.lr != pytest.approx(process.config.lr)
    window.reconfigure(momentum=0.5)                  # set 2: after the last batch
    sets = [(1, {"lr_now": 0.002}), (2, {"momentum": 0.5})]
    end = worker.End("paused", "", process.export_state(), applied_set=1)
    error, kept = worker.take_over(window, end, before, sets)
    assert kept and error == ""
    assert window.config.lr == process.config.lr and window.opt.lr == pytest.approx(0.002)
    assert window.config.momentum == 0.5
    # no state back: the state sent on Play, and every change of the run applied to it
    lost = worker.End("failed", "boom", None, applied_set=2)
    error, kept = worker.take_over(window, lost, before, sets)
    assert not kept and window.epoch == 1 and window.opt.lr == pytest.approx(0.002)
    assert window.config.momentum == 0.5
