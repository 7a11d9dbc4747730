"""Shared helpers for the core tests: finite differences and layout changes."""

from __future__ import annotations

import numpy as np

from cnnviz.core.batch import to_internal, to_public


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
