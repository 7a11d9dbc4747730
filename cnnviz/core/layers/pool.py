"""Average and max pooling over k x k windows with stride s (batch-last layout).

Average: ``y = (1 / k^2) sum_window x``; its backward spreads ``dE/dy / k^2`` over the
window. Max: ``y = max_window x``; the winner of each window (the first, on ties) is
kept, and the backward routes all of ``dE/dy`` to it.
"""

from __future__ import annotations

import numpy as np

from cnnviz.core.layers.base import Layer
from cnnviz.errors import ConfigError


def pool_geometry(h: int, w: int, k: int, s: int) -> tuple[int, int]:
    """Output size of pooling an h x w map: ``(h - k) // s + 1`` (windows that fit)."""
    if k < 1 or s < 1 or k > h or k > w:
        raise ConfigError(ConfigError.QT_TRANSLATE_NOOP(
            "Errors", "a {k}x{k} pooling window with stride {s} does not fit a {h}x{w} map"),
            k=k, s=s, h=h, w=w)
    return (h - k) // s + 1, (w - k) // s + 1


def _taps(k: int, s: int, ho: int, wo: int):
    for u in range(k):
        for v in range(k):
            yield u * k + v, slice(u, u + s * (ho - 1) + 1, s), slice(v, v + s * (wo - 1) + 1, s)


def _tiles(k: int, s: int, h: int, w: int) -> bool:
    """True when the windows tile the map exactly (k = s, k divides H and W)."""
    return k == s and h % k == 0 and w % k == 0


def avgpool_forward(x: np.ndarray, k: int, s: int):
    """x (C, H, W, N) -> y (C, Ho, Wo, N), the mean of each window."""
    ho, wo = pool_geometry(x.shape[1], x.shape[2], k, s)
    c, h, w, n = x.shape
    if _tiles(k, s, h, w):
        # add the rows of each tile, then its columns: 2 (k - 1) additions over large
        # contiguous runs, several times faster than a reduction over two strided axes
        r = x.reshape(c, ho, k, wo, k, n)
        rows = r[:, :, 0].copy()
        for u in range(1, k):
            rows += r[:, :, u]
        y = rows[:, :, :, 0].copy()
        for v in range(1, k):
            y += rows[:, :, :, v]
        y *= x.dtype.type(1.0 / (k * k))
        return y, x.shape
    y = None
    for _, su, sv in _taps(k, s, ho, wo):
        y = x[:, su, sv].copy() if y is None else np.add(y, x[:, su, sv], out=y)
    y *= x.dtype.type(1.0 / (k * k))
    return y, x.shape


def avgpool_backward(dy: np.ndarray, x_shape, k: int, s: int) -> np.ndarray:
    """Each input in a window receives ``dE/dy / k^2``."""
    ho, wo = dy.shape[1], dy.shape[2]
    share = dy * dy.dtype.type(1.0 / (k * k))
    c, h, w, n = x_shape
    if _tiles(k, s, h, w):
        # one broadcasting copy (np.broadcast_to alone took 6 us a call, 1% of a step)
        spread = np.empty((c, ho, k, wo, k, n), dtype=dy.dtype)
        spread[...] = share[:, :, None, :, None, :]
        return spread.reshape(x_shape)
    dx = np.zeros(x_shape, dtype=dy.dtype)
    for _, su, sv in _taps(k, s, ho, wo):
        dx[:, su, sv] += share
    return dx


def maxpool_forward(x: np.ndarray, k: int, s: int):
    """x (C, H, W, N) -> y (C, Ho, Wo, N) and the winners: for each output, the index
    ``u k + v`` of the window element that won (the first one on ties)."""
    ho, wo = pool_geometry(x.shape[1], x.shape[2], k, s)
    y = None
    arg = np.zeros((x.shape[0], ho, wo, x.shape[3]), dtype=np.uint8)
    for t, su, sv in _taps(k, s, ho, wo):
        tap = x[:, su, sv]
        if y is None:
            y = tap.copy()
            continue
        better = tap > y
        np.copyto(y, tap, where=better)
        arg[better] = t
    return y, (x.shape, arg)


def maxpool_backward(dy: np.ndarray, cache, k: int, s: int) -> np.ndarray:
    """Route each ``dE/dy`` to its window's winner."""
    x_shape, arg = cache
    dx = np.zeros(x_shape, dtype=dy.dtype)
    for t, su, sv in _taps(k, s, dy.shape[1], dy.shape[2]):
        dx[:, su, sv] += dy * (arg == t)
    return dx


class _Pool2D(Layer):
    def __init__(self, in_shape, window=2, stride=None):
        super().__init__()
        self.in_shape = tuple(int(v) for v in in_shape)
        self.window = int(window)
        self.stride = int(stride) if stride is not None else self.window
        self.out_hw = pool_geometry(self.in_shape[1], self.in_shape[2], self.window, self.stride)

    def output_shape(self, in_shape):
        return (in_shape[0],) + self.out_hw

    def describe(self) -> str:
        text = f"{self.kind} {self.window}x{self.window}"
        return text if self.stride == self.window else f"{text}, stride {self.stride}"


class AvgPool2D(_Pool2D):
    """Average pooling, ``y = mean of each k x k window``."""

    kind = "avg pool"

    def forward(self, x):
        return avgpool_forward(x, self.window, self.stride)

    def backward(self, dy, cache, need_dx=True):
        return avgpool_backward(dy, cache, self.window, self.stride), {}


class MaxPool2D(_Pool2D):
    """Max pooling; the cache keeps which element of each window won."""

    kind = "max pool"

    def forward(self, x):
        return maxpool_forward(x, self.window, self.stride)

    def backward(self, dy, cache, need_dx=True):
        return maxpool_backward(dy, cache, self.window, self.stride), {}

    @staticmethod
    def winners(cache) -> np.ndarray:
        """(C, Ho, Wo, N) index ``u k + v`` of each window's winner."""
        return cache[1]
