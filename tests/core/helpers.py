"""Shared helpers for the core tests: finite differences, layout changes, and worker
processes brought up or held up."""

from __future__ import annotations

import time

import numpy as np

from cnnviz.core import processes
from cnnviz.core.batch import BatchRun, to_internal, to_public


def up(net, x, y) -> None:
    """Train ``x`` until the worker, started by the first batch, has taken part in one
    and answered in time (until it is up the batches are computed here, without waiting
    for it)."""
    deadline = time.monotonic() + 30
    while True:
        BatchRun(net, x, y).run_all()
        p = processes.pool()
        if p.last_split[1] > 0 and not p.workers[0].owed:   # took part, answered in time
            return
        assert time.monotonic() < deadline, "the worker never took a chunk"
        time.sleep(0.01)


def hold_up_first_chunk(monkeypatch, seconds: float) -> None:
    """Hold this process up for ``seconds`` at the start of a batch's first chunk (the
    worker process, which runs its own copy of the code, is not)."""
    fwd = BatchRun._fwd

    def held_up(self, c, i, lean=False):
        if c.lo == 0 and i == 0:
            time.sleep(seconds)
        fwd(self, c, i, lean)

    monkeypatch.setattr(BatchRun, "_fwd", held_up)


def numeric_partial(f, x: np.ndarray, i: tuple, eps: float = 1e-6) -> float:
    """Central difference of the scalar f() with respect to x[i] (x is nudged in place)."""
    old = x[i]
    x[i] = old + eps
    fp = f()
    x[i] = old - eps
    fm = f()
    x[i] = old
    return (fp - fm) / (2 * eps)


def numeric_grad(f, x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """Central differences of the scalar f() with respect to every element of x."""
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        g[i] = numeric_partial(f, x, i, eps)
    return g


def assert_close(ours, ref, rtol=1e-7, atol=1e-9, what="value"):
    ours, ref = np.asarray(ours), np.asarray(ref)
    assert ours.shape == ref.shape, f"{what}: shape ours {ours.shape} vs reference {ref.shape}"
    if not np.allclose(ours, ref, rtol=rtol, atol=atol):
        err = np.abs(ours - ref).max()
        raise AssertionError(f"{what}: max abs error {err:.3g}\nours\n{ours}\nreference\n{ref}")


def layer_forward(layer, x_nchw):
    y, cache = layer.forward(to_internal(x_nchw))
    return to_public(y), cache


def layer_backward(layer, dy_nchw, cache):
    dx, grads = layer.backward(to_internal(dy_nchw), cache)
    return (None if dx is None else to_public(dx)), grads
