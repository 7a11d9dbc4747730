"""One 2-D correlation or convolution taken apart, output position by output position.

For output cell ``(x, y)`` the window covers the padded input rows
``x s + u d`` and columns ``y s + v d`` (stride ``s``, dilation ``d``), and

``B[x, y] = sum_u sum_v A[x s + u d, y s + v d] H[u, v]``

with ``H`` the kernel as applied: the kernel itself for a correlation, the kernel turned
180 degrees for a true convolution. Padding comes from :mod:`cnnviz.core.borders`, the
output from :func:`cnnviz.core.ops.correlate2d` / :func:`~cnnviz.core.ops.convolve2d`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.core import borders, ops
from cnnviz.errors import ConfigError, word
from cnnviz.translatable import QT_TRANSLATE_NOOP
from cnnviz.labs.notation import MAX_DECIMALS, ROUNDED_DECIMALS, exact_decimals

FORMULA = "B[x,y] = Σ_u Σ_v A[x+u, y+v] H[u,v]"
CONV_IDENTITY = "conv(X, K) = corr(X, rot180(K))"


@dataclass(frozen=True)
class Window:
    """What the kernel sees and computes at one output position."""

    index: int
    out: tuple[int, int]
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    weights: np.ndarray
    products: np.ndarray
    result: float


def as_matrix(name: str, a) -> np.ndarray:
    """``a`` as a finite, non-empty 2-D float64 array, or a ``ConfigError`` naming it."""
    try:
        a = np.array(a, dtype=np.float64)
    except (TypeError, ValueError):
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{name} must be a 2-D array of numbers"),
                          name=word(name)) from None
    if a.ndim != 2 or 0 in a.shape:
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "{name} must be a non-empty 2-D array, not shape {shape}"),
            name=word(name), shape=a.shape)
    if not np.all(np.isfinite(a)):
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "{name} holds values that are not finite numbers"), name=word(name))
    return a


class SlidingWindow:
    """One 2-D correlation or convolution taken apart, position by position.

    Parameters
    ----------
    x : (H, W) input.
    kernel : (kh, kw) kernel as given.
    mode, fill, stride, dilation : see :mod:`cnnviz.core.borders`.
    convolution : True for a true convolution (the kernel is applied turned 180 degrees).
    """

    def __init__(self, x, kernel, mode="valid", fill="zeros", stride=1, dilation=1,
                 convolution=False):
        self.x = as_matrix(QT_TRANSLATE_NOOP("Errors", "input"), x)
        self.kernel = as_matrix(QT_TRANSLATE_NOOP("Errors", "kernel"), kernel)
        self.mode = borders.check_mode(mode)
        self.fill = borders.check_fill(fill)
        self.stride, self.dilation = int(stride), int(dilation)
        self.convolution = bool(convolution)
        self.applied_kernel = ops.rot180(self.kernel) if convolution else self.kernel.copy()
        self.borders = tuple(
            borders.border(n, k, mode, stride, dilation, flipped=self.convolution)
            for n, k in zip(self.x.shape, self.kernel.shape))
        bh, bw = self.borders
        self.pad = (bh.before, bh.after, bw.before, bw.after)
        self.out_shape = (bh.out, bw.out)
        self.padded = ops.pad(self.x, self.kernel.shape, mode, fill, dilation, self.convolution)
        op = ops.convolve2d if self.convolution else ops.correlate2d
        self.output = op(self.x, self.kernel, mode, fill, stride, dilation)

    def __len__(self) -> int:
        return self.out_shape[0] * self.out_shape[1]

    def position(self, i: int) -> Window:
        """The window of output position ``i`` in raster order (row by row)."""
        i = int(i)
        if not 0 <= i < len(self):
            raise IndexError(f"position {i} is outside 0..{len(self) - 1}")
        r, c = divmod(i, self.out_shape[1])
        kh, kw = self.kernel.shape
        rows = r * self.stride + np.arange(kh) * self.dilation
        cols = c * self.stride + np.arange(kw) * self.dilation
        values = self.padded[np.ix_(rows, cols)]
        weights = self.applied_kernel
        return Window(i, (r, c), rows, cols, values, weights.copy(), values * weights,
                      float(self.output[r, c]))

    def window_at(self, row: int, col: int) -> Window:
        """The window of output cell ``(row, col)``."""
        if not (0 <= row < self.out_shape[0] and 0 <= col < self.out_shape[1]):
            raise IndexError(f"output cell ({row}, {col}) is outside {self.out_shape}")
        return self.position(row * self.out_shape[1] + col)

    def formula(self) -> str:
        """The lecture's formula with this stride and dilation written in:
        ``B[x,y] = Σ_u Σ_v A[2x+u, 2y+v] H[u,v]`` for stride 2."""
        s = f"{self.stride}" if self.stride > 1 else ""
        d = f"{self.dilation}" if self.dilation > 1 else ""
        return f"B[x,y] = Σ_u Σ_v A[{s}x+{d}u, {s}y+{d}v] H[u,v]"

    def decimals(self) -> int:
        """Decimals that write every number of the lab: the fewest (up to 4) that show
        input, kernel, products and sums exactly (a Gaussian's 0.0625 times whole numbers
        needs 4), else 3 and the numbers are rounded (see :meth:`exact`)."""
        d = self._exact_decimals()
        return d if d is not None else ROUNDED_DECIMALS

    def grid_decimals(self) -> dict[str, int]:
        """Decimals per grid: input and kernel exact with no more than each needs
        (whole-number input beside a Gaussian's sixteenths) wherever four or fewer write
        them, whatever the rest needs (a digit's input beside a Gaussian wrote 0.0625 as
        0.062); products and output with :meth:`decimals`."""
        d = self.decimals()
        dx, dk = exact_decimals(self.padded), exact_decimals(self.kernel)
        return {"input": d if dx is None else dx, "kernel": d if dk is None else dk,
                "products": d, "output": d}

    def exact(self) -> bool:
        """True when every number shown with :meth:`decimals` is exact, so that a
        written sum adds up to the digit; else sums are written with ``≈``."""
        return self._exact_decimals() is not None

    def _exact_decimals(self) -> int | None:
        dx, dk = exact_decimals(self.padded), exact_decimals(self.kernel)
        if dx is None or dk is None or dx + dk > MAX_DECIMALS:
            return None
        return dx + dk     # a product of a dx- and a dk-decimal number needs dx + dk

    def padding_mask(self) -> np.ndarray:
        """True on the cells of ``padded`` that the border mode added."""
        top, bottom, left, right = self.pad
        mask = np.ones(self.padded.shape, dtype=bool)
        mask[top:top + self.x.shape[0], left:left + self.x.shape[1]] = False
        return mask

    def axis_formula(self, axis: int, compact: bool = False) -> str:
        """Output length along ``axis`` (0 rows, 1 columns) with the numbers filled in:
        ``(n + before + after - d*(k-1) - 1) // s + 1 = out``; ``compact`` drops the
        spaces inside the brackets, for narrow places."""
        b, n, k = self.borders[axis], self.x.shape[axis], self.kernel.shape[axis]
        text = (f"({n} + {b.before} + {b.after} - {self.dilation}*({k}-1) - 1)"
                f" // {self.stride} + 1")
        return (text.replace(" ", "") if compact else text) + f" = {b.out}"

    def size_formula(self, compact: bool = False) -> str:
        """Both output sizes as formulas, rows then columns."""
        return (f"H_out = {self.axis_formula(0, compact)}\n"
                f"W_out = {self.axis_formula(1, compact)}")


def _num(v: float, decimals: int, exact: bool = False, paren: bool = True) -> str:
    """``v`` with ``decimals`` decimals; with ``exact``, exactly with no more decimals
    than it needs where at most :data:`MAX_DECIMALS` write it (``-6`` and ``0.125``
    rather than ``-6.0000`` and ``0.1250``; a Gaussian's ``0.0625`` beside a digit's
    ``(-0.100)``), else with ``decimals``. A negative number is in parentheses where it
    is a factor (``paren``), not where it stands alone."""
    if exact:
        d = exact_decimals(np.array([v]))
        decimals = decimals if d is None else d
    text = f"{v:.{decimals}f}"
    if float(text) == 0:
        text = f"{0:.{decimals}f}"
    return f"({text})" if paren and text.startswith("-") else text


def written_sum(w: Window, decimals: int = 2, max_terms: int = 16, per_line: int = 0,
                exact: bool = True) -> str:
    """The sum for ``w`` written out with its numbers, ``a·h + ... = result``.

    With more than ``max_terms`` products the partial sum of each kernel row ``u`` is
    written instead, as ``[u=0: 1.25] + [u=1: ...]``. ``per_line > 0`` starts a new line
    after every ``per_line`` terms. With ``exact`` False some numbers shown are rounded,
    and the result is written ``≈`` so that nobody expects the terms to add up to it;
    every factor is written exactly where it can be (:func:`_num`).
    """
    if w.products.size <= max_terms:
        # every factor exact where it can be, rounded or not: rounded sums wrote
        # "(-0.100)·(-1.000)", and a digit's sum with Sobel x ran past a 1280-pixel window
        terms = [f"{_num(a, decimals, True)}·{_num(h, decimals, True)}"
                 for a, h in zip(w.values.ravel(), w.weights.ravel())]
    else:
        terms = [f"[u={u}: {_num(s, decimals, exact, paren=False)}]"
                 for u, s in enumerate(w.products.sum(axis=1))]
    step = per_line if per_line > 0 else len(terms)
    lines = [" + ".join(terms[i:i + step]) for i in range(0, len(terms), step)]
    return (f"B[{w.out[0]},{w.out[1]}] = " + "\n    + ".join(lines)
            + f" {'=' if exact else '≈'} {_num(w.result, decimals, exact, paren=False)}")


def three_modes(x, kernel, fill="zeros", stride=1, dilation=1, convolution=False
                ) -> dict[str, SlidingWindow | ConfigError]:
    """The same input and kernel in each border mode: full, same, valid.

    A mode in which the kernel does not fit gives the ``ConfigError`` that says so.
    """
    out: dict[str, SlidingWindow | ConfigError] = {}
    for mode in borders.MODES:
        try:
            out[mode] = SlidingWindow(x, kernel, mode, fill, stride, dilation, convolution)
        except ConfigError as e:
            out[mode] = e
    return out
