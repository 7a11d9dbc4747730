"""Element-wise activations: ``y = f(z)``, ``dE/dz = dE/dy * f'(z)``."""

from __future__ import annotations

import numpy as np

from cnnviz.core.layers.base import Layer


class Tanh(Layer):
    """``y = tanh(z)``; ``dE/dz = dE/dy (1 - y^2)``."""

    kind = "tanh"

    def forward(self, x):
        y = np.tanh(x)
        return y, y

    def backward(self, dy, cache, need_dx=True):
        d = cache * cache
        np.subtract(1, d, out=d)
        d *= dy
        return d, {}


class Sigmoid(Layer):
    """``y = 1 / (1 + exp(-z))``; ``dE/dz = dE/dy y (1 - y)``."""

    kind = "sigmoid"

    def forward(self, x):
        # tanh form: exact for large |z| and free of overflow warnings
        y = 0.5 * (1 + np.tanh(0.5 * x))
        return y, y

    def backward(self, dy, cache, need_dx=True):
        return dy * cache * (1 - cache), {}


class ReLU(Layer):
    """``y = max(z, 0)``; ``dE/dz = dE/dy [z > 0]``."""

    kind = "relu"

    def forward(self, x):
        mask = x > 0
        return x * mask, mask

    def backward(self, dy, cache, need_dx=True):
        return dy * cache, {}


ACTIVATIONS: dict[str, type[Layer]] = {"tanh": Tanh, "relu": ReLU, "sigmoid": Sigmoid}
