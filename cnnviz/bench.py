"""Throughput of the NumPy core: LeNet-5 training and inference, in images per second.

Used by ``cnnviz bench`` (JSON) and ``benchmarks/throughput.py`` (a table, optionally
side by side with PyTorch). Numbers, not asserts: the machines are shared and noisy, so
every figure is the median of several timed loops.
"""

from __future__ import annotations

import os
import platform
import statistics
import time

import numpy as np

from cnnviz.core import processes as proc
from cnnviz.core.models import lenet5
from cnnviz.core.batch import BatchRun
from cnnviz.core.network import Network
from cnnviz.core.optim import SGD
from cnnviz.core.trace import trace
from cnnviz.core.tuning import blas_info, tune


def _warm(fn, seconds: float) -> None:
    t_end = time.perf_counter() + max(0.2, seconds / 4)
    while time.perf_counter() < t_end:
        fn()


def _rate(fn, images_per_call: int, seconds: float) -> float:
    """Images/s of one loop of about ``seconds``."""
    calls, t0 = 0, time.perf_counter()
    while True:
        fn()
        calls += 1
        dt = time.perf_counter() - t0
        if dt >= seconds:
            return calls * images_per_call / dt


def _timed(fn, images_per_call: int, seconds: float, repeats: int) -> float:
    """Median images/s over ``repeats`` loops of about ``seconds`` each, after a warm-up."""
    _warm(fn, seconds)
    return statistics.median(_rate(fn, images_per_call, seconds) for _ in range(repeats))


def _timed_pair(a, b, images_per_call: int, seconds: float, repeats: int) -> tuple[float, float]:
    """Median images/s of ``a`` and of ``b``, called in turn, one call each, and each
    call timed on its own. The machine's speed drifts by 10-20% within seconds; whole
    loops taken in turn still put part of that drift into the ratio of the two rates,
    single calls taken in turn put none of it there."""
    _warm(a, seconds)
    _warm(b, seconds)
    clock = time.perf_counter
    ra, rb = [], []
    for _ in range(repeats):
        ta = tb = 0.0
        calls = 0
        while ta + tb < 2 * seconds:
            t0 = clock()
            a()
            t1 = clock()
            b()
            t2 = clock()
            ta += t1 - t0
            tb += t2 - t1
            calls += 1
        ra.append(calls * images_per_call / ta)
        rb.append(calls * images_per_call / tb)
    return statistics.median(ra), statistics.median(rb)


def _train_step(net: Network, opt: SGD, x: np.ndarray, y: np.ndarray, meanwhile=None):
    def step():
        run = BatchRun(net, x, y)
        run.run_all(meanwhile)
        net.store_grads(run)
        opt.step(net.grads())
    return step


def run(batch_sizes=(1, 16, 64, 256), infer_batch=256, seconds=1.0, repeats=3,
        threads: int | None = None, trace_overhead=True, processes: bool = True) -> dict:
    """Measure training (forward, backward, SGD step) and inference throughput.

    ``threads`` compute lanes (default: up to 2); with ``processes`` (the default) all but
    the first are worker processes, else threads of this process.

    Returns a dict: ``{"train": {"64": ips, ...}, "infer": {"256": ips},
    "train_with_snapshot": {...}, "snapshot_overhead": {...}, "blas": [...], ...}``.
    """
    tune()
    rng = np.random.default_rng(0)
    biggest = max(max(batch_sizes), infer_batch)
    x = rng.standard_normal((biggest, 1, 32, 32)).astype(np.float32)
    y = rng.integers(0, 10, biggest)
    probe = x[0]
    out: dict = {"impl": "cnnviz", "train": {}, "infer": {}, "train_with_snapshot": {},
                 "snapshot_overhead": {}}
    for b in batch_sizes:
        net = lenet5(seed=0, threads=threads)
        net.processes = processes
        opt = SGD(net.parameters(), lr=0.01, momentum=0.9)
        step = _train_step(net, opt, x[:b], y[:b])
        if trace_overhead and b >= 16:
            # the probe traced while the worker finishes each batch: the network after
            # the previous batch, so every batch's result is recorded once
            snaps = []
            step_and_trace = _train_step(net, opt, x[:b], y[:b],
                                         lambda net=net: snaps.append(trace(net, probe, 3)))
            plain, rate = _timed_pair(step, lambda: (step_and_trace(), snaps.clear()), b,
                                      seconds, repeats)
            out["train"][str(b)] = plain
            out["train_with_snapshot"][str(b)] = rate
            out["snapshot_overhead"][str(b)] = 1 - rate / plain
        else:
            out["train"][str(b)] = _timed(step, b, seconds, repeats)
        net.close()
    net = lenet5(seed=0, threads=threads)
    net.processes = processes
    xb = x[:infer_batch]
    out["infer"][str(infer_batch)] = _timed(lambda: net.predict(xb, infer_batch), infer_batch,
                                            seconds, repeats)
    net.close()
    out["threads"] = lenet5().threads if threads is None else threads
    out["processes"] = bool(processes and out["threads"] > 1 and proc.supported())
    out["numpy"] = np.__version__
    out["blas"] = blas_info()
    out["python"] = platform.python_version()
    out["cpus"] = os.cpu_count()
    return out
