"""Fully connected layer ``y = W x + b`` on column vectors (F, N)."""

from __future__ import annotations

import numpy as np

from cnnviz.core.layers.base import Layer


class Dense(Layer):
    """``y = W x + b``; ``dE/dW = dE/dy x^T``, ``dE/db = sum_n dE/dy``, ``dE/dx = W^T dE/dy``.

    Parameters
    ----------
    in_features, out_features : sizes; W has PyTorch's (out, in) layout.
    rng : generator for U(-1/sqrt(in), 1/sqrt(in)) initial values, as in PyTorch.
    """

    kind = "dense"

    def __init__(self, in_features, out_features, *, rng=None, dtype=np.float32):
        super().__init__()
        rng = rng if rng is not None else np.random.default_rng(0)
        bound = 1.0 / np.sqrt(in_features)
        self.params = {
            "weight": rng.uniform(-bound, bound, (out_features, in_features)).astype(dtype),
            "bias": rng.uniform(-bound, bound, (out_features,)).astype(dtype),
        }
        self._init_grads()

    def forward(self, x):
        y = self.params["weight"] @ x
        y += self.params["bias"][:, None]
        return y, x

    def backward(self, dy, cache, need_dx=True):
        w = self.params["weight"]
        dw = np.multiply.outer(dy[:, 0], cache[:, 0]) if dy.shape[1] == 1 else dy @ cache.T
        grads = {"weight": dw, "bias": dy.sum(axis=1)}
        return (w.T @ dy if need_dx else None), grads

    def output_shape(self, in_shape):
        return (self.params["weight"].shape[0],)

    def describe(self) -> str:
        return f"dense {self.params['weight'].shape[1]}->{self.params['weight'].shape[0]}"
