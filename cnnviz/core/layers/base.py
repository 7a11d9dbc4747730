"""What every layer has: parameters, gradients with the same keys, and a pure
forward/backward pair whose cache is handed back to the caller.

Inside the core, image tensors are batch-last, (C, H, W, N), and vectors are (F, N): each
shifted window of a convolution or pooling is then one contiguous run of memory, which is
what makes the NumPy core fast. The network turns NCHW into this layout at its edge and
back, so nothing outside the core sees it.
"""

from __future__ import annotations

from typing import Any

import numpy as np


class Layer:
    """A layer: ``forward(x) -> (y, cache)`` and ``backward(dy, cache) -> (dx, grads)``.

    The layer keeps no per-batch state, so the same layer can run a training batch, a
    probe sample and several chunks in parallel threads, each with its own cache.
    """

    kind: str = "layer"

    def __init__(self) -> None:
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        raise NotImplementedError

    def backward(
        self, dy: np.ndarray, cache: Any, need_dx: bool = True
    ) -> tuple[np.ndarray | None, dict[str, np.ndarray]]:
        raise NotImplementedError

    def output_shape(self, in_shape: tuple[int, ...]) -> tuple[int, ...]:
        """Shape of one sample's output, (C, H, W) or (F,), for one sample's input shape."""
        return in_shape

    def describe(self) -> str:
        return self.kind

    def _init_grads(self) -> None:
        self.grads = {k: np.zeros_like(v) for k, v in self.params.items()}
