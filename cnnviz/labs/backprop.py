"""The backprop lab: the lecture's worked example of one convolutional layer, by numbers.

``Y = X ⋆ K + B`` (a valid correlation; X up to 8x8, K up to 5x5), the error
``E = 1/2 sum (Y - T)^2`` against a target T, so that ``dE/dY = Y - T``, and the three
gradients as the core's Conv2D backward computes them in float64:

- ``dE/dK = X ⋆ dE/dY``, a valid correlation;
- ``dE/dX = dE/dY *full K``, a full convolution (K turned 180 degrees);
- ``dE/dB = sum dE/dY`` (tied bias) or ``dE/dB = dE/dY`` (untied: one bias per output).

Biases are kept as matrices: (1, 1) when tied, (Ho, Wo) when untied.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.core import borders
from cnnviz.core.layers import Conv2D
from cnnviz.errors import ConfigError
from cnnviz.translatable import QT_TRANSLATE_NOOP
from cnnviz.labs.notation import equals, number, sub, term
from cnnviz.labs.sliding import SlidingWindow, as_matrix

MAX_X, MAX_K = (8, 8), (5, 5)
PARAMS = ("X", "K", "B")

# the lecture's example: X 3x3, K 2x2, Y 2x2
DEFAULT_X = np.array([[1, 2, 0], [0, 1, 3], [2, 1, 1]], dtype=np.float64)
DEFAULT_K = np.array([[1, 0], [-1, 2]], dtype=np.float64)
DEFAULT_T = np.array([[2, 5], [1, 2]], dtype=np.float64)
DEFAULT_EPS = 1e-6


@dataclass(frozen=True)
class FiniteDifference:
    """A central difference of E against the analytic gradient, for one number."""

    param: str                 # "X", "K" or "B"
    index: tuple[int, int]
    eps: float
    value: float               # the number nudged
    e_plus: float              # E(value + eps)
    e_minus: float             # E(value - eps)
    numeric: float             # (e_plus - e_minus) / (2 eps)
    analytic: float            # the core's backward
    difference: float          # numeric - analytic

    @property
    def relative(self) -> float:
        """|numeric - analytic| / max(|numeric|, |analytic|) (0 when both are 0)."""
        scale = max(abs(self.numeric), abs(self.analytic))
        return abs(self.difference) / scale if scale > 0 else 0.0

    @property
    def rounding(self) -> float:
        """How far rounding alone moves ``numeric``: E's last digit over 2 eps."""
        return float(np.finfo(np.float64).eps) * max(abs(self.e_plus), abs(self.e_minus)) \
            / self.eps

    @property
    def both_zero(self) -> bool:
        """Backprop's gradient 0 (to E's own last digit) and the central difference within
        rounding of 0 (e.g. 0 against -4.4e-10): their relative difference is then 1 and
        means nothing. A gradient of backprop's that is not 0 never counts, whatever
        rounding a tiny eps brings to the central difference."""
        e = max(abs(self.e_plus), abs(self.e_minus), 1.0)
        return (abs(self.analytic) <= 10 * float(np.finfo(np.float64).eps) * e
                and abs(self.numeric) <= 10 * self.rounding)


def fit(a: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """``a`` cut or padded with zeros to ``shape`` (a target or bias after Y changed size)."""
    out = np.zeros(shape)
    h, w = min(shape[0], a.shape[0]), min(shape[1], a.shape[1])
    out[:h, :w] = a[:h, :w]
    return out


def output_shape(x_shape: tuple[int, int], k_shape: tuple[int, int]) -> tuple[int, int]:
    """The size of Y for X and K: the core's valid mode, ``H - kh + 1`` by ``W - kw + 1``."""
    return borders.output_shape(x_shape, k_shape, "valid")


def fitted(x, k, t, b, bias: str = "tied") -> "BackpropLab":
    """The lab of ``x`` and ``k``, with T and B cut or padded with zeros to the size of Y
    (numbers that still fit stay): what the page makes of its matrices after an edit."""
    shape = output_shape(np.shape(x), np.shape(k))
    b = np.asarray(b, dtype=np.float64).reshape(np.shape(b) or (1, 1))
    b = fit(b, shape) if bias == "untied" else b[:1, :1]
    return BackpropLab(x, k, fit(np.asarray(t, dtype=np.float64), shape), b, bias)


def _check(name: str, a, max_shape) -> np.ndarray:
    a = as_matrix(name, a)
    if a.shape[0] > max_shape[0] or a.shape[1] > max_shape[1]:
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is {h}x{w}; the lab takes at most {most_h}x{most_w}"),
            name=name, h=a.shape[0], w=a.shape[1], most_h=max_shape[0], most_w=max_shape[1])
    return a


class BackpropLab:
    """One valid correlation layer, its error and its three gradients.

    Parameters
    ----------
    x : (H, W) input X, at most 8x8.
    k : (kh, kw) kernel K, at most 5x5, no larger than X.
    t : (Ho, Wo) target T, Ho = H - kh + 1, Wo = W - kw + 1.
    b : bias: a number or (1, 1) when tied, (Ho, Wo) when untied.
    bias : ``"tied"`` or ``"untied"``.
    """

    def __init__(self, x=DEFAULT_X, k=DEFAULT_K, t=DEFAULT_T, b=0.0, bias: str = "tied"):
        self.x = _check("X", x, MAX_X)
        self.k = _check("K", k, MAX_K)
        if self.k.shape[0] > self.x.shape[0] or self.k.shape[1] > self.x.shape[1]:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "K ({kh}x{kw}) must not be larger than X ({xh}x{xw})"),
                kh=self.k.shape[0], kw=self.k.shape[1], xh=self.x.shape[0], xw=self.x.shape[1])
        if bias not in ("tied", "untied"):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "bias must be 'tied' or 'untied', not {bias!r}"), bias=bias)
        self.bias = bias
        self.layer = Conv2D((1,) + self.x.shape, 1, self.k.shape, bias=bias, dtype=np.float64)
        self.out_shape: tuple[int, int] = self.layer.geom.out
        self.t = _check("T", t, self.out_shape)
        if self.t.shape != self.out_shape:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "T must be {h}x{w} (the size of Y), not {th}x{tw}"),
                h=self.out_shape[0], w=self.out_shape[1], th=self.t.shape[0], tw=self.t.shape[1])
        b_shape = (1, 1) if bias == "tied" else self.out_shape
        b = np.array(b, dtype=np.float64)
        if b.size != 1 and b.shape != b_shape:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "B must be {h}x{w} for a tied bias, not {shape}") if bias == "tied"
                else QT_TRANSLATE_NOOP("Errors", "B must be {h}x{w} for an untied bias, not {shape}"),
                h=b_shape[0], w=b_shape[1], shape="x".join(map(str, b.shape)))
        self.b = _check("B", np.broadcast_to(b, b_shape), b_shape)
        y, cache = self._forward(self.x, self.k, self.b)
        self.y = y
        self.dy = y - self.t
        self.error = 0.5 * float(np.sum(self.dy ** 2))
        dx, grads = self.layer.backward(self.dy[None, :, :, None], cache)
        self.dx = dx[0, :, :, 0]
        self.dk = grads["weight"][0, 0]
        self.db = grads["bias"].reshape(b_shape)

    def _forward(self, x, k, b):
        """The core's forward of one (H, W) map: Y (Ho, Wo) and the cache."""
        self.layer.params["weight"] = k[None, None].copy()
        self.layer.params["bias"] = b.reshape(-1).copy() if self.bias == "tied" else b[None].copy()
        y, cache = self.layer.forward(x[None, :, :, None])
        return y[0, :, :, 0], cache

    def dk_window(self) -> SlidingWindow:
        """``dE/dK = X ⋆ dE/dY``: a valid correlation over X with dE/dY as the kernel."""
        return SlidingWindow(self.x, self.dy, "valid")

    def dx_window(self) -> SlidingWindow:
        """``dE/dX = dE/dY *full K``: a full convolution (K turned 180 degrees, zero border)."""
        return SlidingWindow(self.dy, self.k, "full", convolution=True)

    def forward_window(self) -> SlidingWindow:
        """``Y - B = X ⋆ K``: the forward pass as a valid correlation."""
        return SlidingWindow(self.x, self.k, "valid")

    def values(self, param: str) -> np.ndarray:
        """The matrix ``"X"``, ``"K"`` or ``"B"``."""
        return {"X": self.x, "K": self.k, "B": self.b}[self._param(param)]

    def gradient(self, param: str) -> np.ndarray:
        """dE/dX, dE/dK or dE/dB (same shape as the matrix)."""
        return {"X": self.dx, "K": self.dk, "B": self.db}[self._param(param)]

    @staticmethod
    def _param(param: str) -> str:
        if param not in PARAMS:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{param!r} is not one of {names}"),
                              param=param, names=", ".join(PARAMS))
        return param

    def error_with(self, param: str, index: tuple[int, int], value: float) -> float:
        """E when the one number ``param[index]`` is replaced by ``value``."""
        arrays = {"X": self.x.copy(), "K": self.k.copy(), "B": self.b.copy()}
        arrays[self._param(param)][index] = value
        y, _ = self._forward(arrays["X"], arrays["K"], arrays["B"])
        self._forward(self.x, self.k, self.b)   # leave the layer as it was
        return 0.5 * float(np.sum((y - self.t) ** 2))

    def finite_difference(self, param: str, index: tuple[int, int],
                          eps: float = DEFAULT_EPS) -> FiniteDifference:
        """``(E(w + eps) - E(w - eps)) / (2 eps)`` for ``w = param[index]``."""
        if not (np.isfinite(eps) and eps > 0):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "epsilon must be a positive number, not {value!r}"), value=eps)
        a = self.values(param)
        index = (int(index[0]), int(index[1]))
        if not (0 <= index[0] < a.shape[0] and 0 <= index[1] < a.shape[1]):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "{param}{index} is outside the {h}x{w} matrix {param}"),
                param=param, index=list(index), h=a.shape[0], w=a.shape[1])
        w = float(a[index])
        ep, em = self.error_with(param, index, w + eps), self.error_with(param, index, w - eps)
        numeric = (ep - em) / (2 * eps)
        analytic = float(self.gradient(param)[index])
        return FiniteDifference(param, index, eps, w, ep, em, numeric, analytic,
                                numeric - analytic)

    # -- the lecture's equations, with symbols and numbers ---------------------------
    def _bias_symbol(self, r: int, c: int) -> str:
        return "b" if self.bias == "tied" else "b" + sub(r, c)

    def forward_equation(self, r: int, c: int) -> tuple[str, str]:
        """``y₁₁ = x₁₁ k₁₁ + ... + b`` and the same with the numbers."""
        kh, kw = self.k.shape
        taps = [(r + u, c + v, u, v) for u in range(kh) for v in range(kw)]
        bias = self.b[0, 0] if self.bias == "tied" else self.b[r, c]
        symbols = " + ".join(f"x{sub(i, j)}·k{sub(u, v)}" for i, j, u, v in taps)
        numbers = " + ".join(f"{term(self.x[i, j])}·{term(self.k[u, v])}" for i, j, u, v in taps)
        given = ([self.x[i, j] for i, j, _, _ in taps], [self.k[u, v] for *_, u, v in taps],
                 bias)
        # the numbers are the symbols' values (=, or ≈ if rounded), and their sum is y
        eq, eq_sum = equals(*given), equals(*given, self.y[r, c])
        return (f"y{sub(r, c)} = {symbols} + {self._bias_symbol(r, c)}",
                f"{eq} {numbers} + {term(bias)} {eq_sum} {number(self.y[r, c])}")

    def dk_equation(self, u: int, v: int) -> tuple[str, str]:
        """``∂E/∂k₁₁ = x₁₁ δ₁₁ + ...`` with δ = dE/dY, and the numbers."""
        ho, wo = self.out_shape
        taps = [(r + u, c + v, r, c) for r in range(ho) for c in range(wo)]
        symbols = " + ".join(f"x{sub(i, j)}·δ{sub(r, c)}" for i, j, r, c in taps)
        numbers = " + ".join(f"{term(self.x[i, j])}·{term(self.dy[r, c])}" for i, j, r, c in taps)
        given = ([self.x[i, j] for i, j, _, _ in taps], [self.dy[r, c] for *_, r, c in taps])
        eq, eq_sum = equals(*given), equals(*given, self.dk[u, v])
        return (f"∂E/∂k{sub(u, v)} = {symbols}",
                f"{eq} {numbers} {eq_sum} {number(self.dk[u, v])}")

    def dx_equation(self, i: int, j: int) -> tuple[str, str]:
        """``∂E/∂x₁₁ = δ₁₁ k₁₁ + ...`` over every output that read x[i, j]."""
        kh, kw = self.k.shape
        ho, wo = self.out_shape
        taps = [(i - u, j - v, u, v) for u in range(kh) for v in range(kw)
                if 0 <= i - u < ho and 0 <= j - v < wo]
        symbols = " + ".join(f"δ{sub(r, c)}·k{sub(u, v)}" for r, c, u, v in taps)
        numbers = " + ".join(f"{term(self.dy[r, c])}·{term(self.k[u, v])}" for r, c, u, v in taps)
        given = ([self.dy[r, c] for r, c, _, _ in taps], [self.k[u, v] for *_, u, v in taps])
        eq, eq_sum = equals(*given), equals(*given, self.dx[i, j])
        return (f"∂E/∂x{sub(i, j)} = {symbols}",
                f"{eq} {numbers} {eq_sum} {number(self.dx[i, j])}")

    def db_equation(self) -> tuple[str, str]:
        """``∂E/∂b = δ₁₁ + δ₁₂ + ...`` (tied) or ``∂E/∂bᵢⱼ = δᵢⱼ`` (untied)."""
        ho, wo = self.out_shape
        if self.bias == "untied":
            # a phrase: the window translates it (context "BackpropLab")
            return "∂E/∂bᵢⱼ = δᵢⱼ", QT_TRANSLATE_NOOP("BackpropLab",
                                                     "(one bias per output position)")
        cells = [(r, c) for r in range(ho) for c in range(wo)]
        eq, eq_sum = equals(self.dy), equals(self.dy, self.db[0, 0])
        return ("∂E/∂b = " + " + ".join(f"δ{sub(r, c)}" for r, c in cells),
                f"{eq} " + " + ".join(term(self.dy[r, c]) for r, c in cells)
                + f" {eq_sum} {number(self.db[0, 0])}")

    def error_equation(self) -> tuple[str, str, str]:
        """``E = 1/2 Σ (yᵢⱼ − tᵢⱼ)²``, ``δᵢⱼ = ∂E/∂yᵢⱼ = yᵢⱼ − tᵢⱼ`` and the value of E."""
        return ("E = ½ Σ (yᵢⱼ − tᵢⱼ)²", "δᵢⱼ = ∂E/∂yᵢⱼ = yᵢⱼ − tᵢⱼ", f"E {self.error_value()}")

    def error_value(self) -> str:
        """E's value after "=", or after "≈" where six digits do not write it exactly."""
        return f"{equals(self.error, digits=6)} {number(self.error, 6)}"
