"""Flatten: (C, H, W, N) -> (C H W, N), in PyTorch's C, H, W order."""

from __future__ import annotations

import numpy as np

from cnnviz.core.layers.base import Layer


class Flatten(Layer):
    """Stack each sample's maps into one column vector (index ``c H W + h W + w``)."""

    kind = "flatten"

    def forward(self, x):
        return np.ascontiguousarray(x).reshape(-1, x.shape[-1]), x.shape

    def backward(self, dy, cache, need_dx=True):
        return dy.reshape(cache), {}

    def output_shape(self, in_shape):
        return (int(np.prod(in_shape)),)
