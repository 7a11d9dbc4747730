"""The pooling lab: average and max pooling of one map, forward and backward, window by
window, with every number from the core's AvgPool2D / MaxPool2D in float64.

Forward: ``y[r, c] = mean`` (or ``max``) of the k x k window at ``(r s, c s)``.
Backward: max routes ``dE/dy[r, c]`` to the window's winner; average spreads
``dE/dy[r, c] / k^2`` over the window. Where windows overlap (stride < window) the
shares of every window add up.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.core.layers import AvgPool2D, MaxPool2D
from cnnviz.errors import ConfigError, word
from cnnviz.translatable import QT_TRANSLATE_NOOP
from cnnviz.labs.notation import equals, number, sub, term

KINDS = {"avg": AvgPool2D, "max": MaxPool2D}
SIZES = range(1, 5)   # window and stride the lab offers

# the classic 4x4 example of max pooling lectures, and a 6x6 one for overlapping windows
DEFAULT_INPUT = np.array([[1, 1, 2, 4],
                          [5, 6, 7, 8],
                          [3, 2, 1, 0],
                          [1, 2, 3, 4]], dtype=np.float64)
EXAMPLE_6X6 = np.array([[3, 0, 1, 5, 2, 4],
                        [1, 7, 2, 0, 6, 1],
                        [4, 2, 9, 3, 1, 0],
                        [0, 5, 1, 8, 2, 6],
                        [2, 1, 6, 0, 4, 3],
                        [7, 3, 0, 2, 5, 1]], dtype=np.float64)


@dataclass(frozen=True)
class PoolWindow:
    """One output position of the pooling, forward and backward."""

    index: int                 # position number in raster order
    out: tuple[int, int]       # output cell (row, col)
    rows: np.ndarray           # input row of each window row, shape (k,)
    cols: np.ndarray           # input column of each window column, shape (k,)
    values: np.ndarray         # input values under the window, (k, k)
    result: float              # the pooled value y[out]
    winner: tuple[int, int] | None   # input cell that won (max pooling), else None
    dy: float                  # dE/dy[out]
    share: np.ndarray          # what this window sends back to each of its cells, (k, k)

    def cells(self) -> list[tuple[int, int]]:
        """The input cells under the window."""
        return [(int(r), int(c)) for r in self.rows for c in self.cols]


def default_dy(shape: tuple[int, int], pattern: str = "ones") -> np.ndarray:
    """dE/dY for the lab: all ones, or ``"count"``: 1, 2, 3, ... in raster order, so
    that every window's share can be told apart in dE/dX."""
    if pattern == "ones":
        return np.ones(shape)
    if pattern == "count":
        return np.arange(1, shape[0] * shape[1] + 1, dtype=np.float64).reshape(shape)
    raise ConfigError(QT_TRANSLATE_NOOP("Errors", "dE/dY pattern {pattern!r} is not 'ones' or 'count'"),
                      pattern=pattern)


def _check_size(name: str, v: int) -> int:
    if int(v) != v or int(v) not in SIZES:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{name} {value!r} is not one of {sizes}"),
                          name=word(name), value=v, sizes=", ".join(map(str, SIZES)))
    return int(v)


class PoolingLab:
    """One 2-D map pooled by the core, taken apart position by position.

    Parameters
    ----------
    x : (H, W) input map.
    kind : ``"avg"`` or ``"max"``.
    window, stride : k and s, each 1..4; the window must fit the map.
    dy : (Ho, Wo) dE/dY; default all ones.
    """

    def __init__(self, x, kind: str = "max", window: int = 2, stride: int = 2, dy=None):
        if kind not in KINDS:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "pooling {name!r} is not one of {names}"),
                              name=kind, names=", ".join(KINDS))
        self.x = np.array(x, dtype=np.float64)
        if self.x.ndim != 2 or 0 in self.x.shape:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "the pooling input must be a 2-D matrix, not shape {shape}"),
                shape=self.x.shape)
        self.kind = kind
        self.window = _check_size(QT_TRANSLATE_NOOP("Errors", "window"), window)
        self.stride = _check_size(QT_TRANSLATE_NOOP("Errors", "stride"), stride)
        self.layer = KINDS[kind]((1,) + self.x.shape, self.window, self.stride)
        self.out_shape: tuple[int, int] = self.layer.out_hw
        y, self._cache = self.layer.forward(self.x[None, :, :, None])
        self.output = y[0, :, :, 0]
        self.winners = (MaxPool2D.winners(self._cache)[0, :, :, 0].astype(int)
                        if kind == "max" else None)
        dy = default_dy(self.out_shape) if dy is None else np.array(dy, dtype=np.float64)
        if dy.shape != self.out_shape:
            if dy.ndim != 2:
                raise ConfigError(QT_TRANSLATE_NOOP(
                    "Errors", "dE/dY must be a 2-D matrix, not {shape}"), shape=dy.shape)
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "dE/dY must be {h}x{w} (the output's size), not {dh}x{dw}"),
                h=self.out_shape[0], w=self.out_shape[1], dh=dy.shape[0], dw=dy.shape[1])
        self.dy = dy
        self.dx = self._backward(dy)

    def _backward(self, dy: np.ndarray) -> np.ndarray:
        """The core's backward of ``dy`` (Ho, Wo) to dE/dX (H, W)."""
        dx, _ = self.layer.backward(dy[None, :, :, None], self._cache)
        return dx[0, :, :, 0]

    def __len__(self) -> int:
        return self.out_shape[0] * self.out_shape[1]

    def position(self, i: int) -> PoolWindow:
        """Output position ``i`` (raster order): its window, value, winner and share."""
        if not 0 <= i < len(self):
            raise IndexError(f"position {i} is outside 0..{len(self) - 1}")
        r, c = divmod(int(i), self.out_shape[1])
        k, s = self.window, self.stride
        rows, cols = np.arange(r * s, r * s + k), np.arange(c * s, c * s + k)
        winner = None
        if self.winners is not None:
            u, v = divmod(int(self.winners[r, c]), k)
            winner = (r * s + u, c * s + v)
        only = np.zeros(self.out_shape)
        only[r, c] = self.dy[r, c]
        share = self._backward(only)[np.ix_(rows, cols)]
        return PoolWindow(int(i), (r, c), rows, cols, self.x[np.ix_(rows, cols)],
                          float(self.output[r, c]), winner, float(self.dy[r, c]), share)

    def window_at(self, row: int, col: int) -> PoolWindow:
        return self.position(row * self.out_shape[1] + col)

    def dx_upto(self, i: int) -> np.ndarray:
        """dE/dX after the windows 0..i have sent their shares back (the core's backward
        of dE/dY with the later positions set to zero)."""
        mask = np.arange(len(self)).reshape(self.out_shape) <= i
        return self._backward(np.where(mask, self.dy, 0.0))

    def covered(self) -> np.ndarray:
        """(H, W) bool: cells that some window reads (the rest never get a gradient)."""
        ho, wo = self.out_shape
        k, s = self.window, self.stride
        def read(length: int, windows: int) -> np.ndarray:
            # each window's cells along one axis: with a stride above the window, the
            # cells between windows are read by none (the whole span was marked read)
            out = np.zeros(length, dtype=bool)
            for i in range(windows):
                out[i * s:i * s + k] = True
            return out

        return read(self.x.shape[0], ho)[:, None] & read(self.x.shape[1], wo)[None, :]

    def size_formula(self) -> str:
        """``(H - k) // s + 1`` per axis, with the numbers."""
        k, s = self.window, self.stride
        return "   ".join(f"({n} - {k}) // {s} + 1 = {o}"
                          for n, o in zip(self.x.shape, self.out_shape))


def forward_sum(w: PoolWindow, kind: str) -> str:
    """``y₁₁ = max(1, 1, 5, 6) = 6`` or ``y₁₁ = (1 + 1 + 5 + 6) / 4 = 3.25``."""
    y = f"y{sub(*w.out)}"
    eq = equals(w.values, w.result)   # "/ 9 = 4.111" was no equality: "≈ 4.111"
    if kind == "max":
        return (f"{y} = max({', '.join(number(v) for v in w.values.ravel())}) "
                f"{eq} {number(w.result)}")
    terms = " + ".join(term(v) for v in w.values.ravel())
    return f"{y} = ({terms}) / {w.values.size} {eq} {number(w.result)}"


def backward_sum(w: PoolWindow, kind: str) -> str:
    """``∂E/∂x₂₂ += ∂E/∂y₁₁ = 1`` (to the winner) or ``+= ∂E/∂y₁₁ / 4 = 0.25`` (to each)."""
    dy = f"∂E/∂y{sub(*w.out)}"
    if kind == "max":
        return f"∂E/∂x{sub(*w.winner)} += {dy} {equals(w.dy)} {number(w.dy)}"
    share = w.share.flat[0]
    return (f"∂E/∂x += {dy} / {w.values.size} {equals(w.dy)} {number(w.dy)} / "
            f"{w.values.size} {equals(w.dy, share)} {number(share)}")
