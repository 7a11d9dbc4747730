"""Border modes: the one place that says how much padding each mode adds and how big
the output is.

For an input of length ``n`` and a kernel of length ``k`` with dilation ``d`` the kernel
covers ``ke = d (k - 1) + 1`` samples. The three modes of the lecture pad the input by

- ``valid``: nothing; the kernel stays inside the input, ``n - ke + 1`` outputs;
- ``full``: ``ke - 1`` on each side; every overlap counts, ``n + ke - 1`` outputs;
- ``same``: ``ke - 1`` in all, so the output is as long as the input. With an even
  kernel the odd sample goes after the input for a correlation, as in
  ``scipy.signal.correlate2d`` and PyTorch's ``padding="same"``, and before it for a
  true convolution, as in ``scipy.signal.convolve2d``.

With stride ``s`` the output keeps every ``s``-th position of the stride-1 output:
``(n + before + after - ke) // s + 1`` outputs.

The space beyond the border is filled with zeros, or copied from the input:
``reflect`` (d c b | a b c d | c b a), ``symmetric`` (c b a | a b c d | d c b, SciPy's
``symm``), ``replicate`` (a a a | a b c d | d d d) or ``circular`` (b c d | a b c d | a b c).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from cnnviz.errors import ConfigError, word
from cnnviz.translatable import QT_TRANSLATE_NOOP

Mode = Literal["full", "same", "valid"]
Fill = Literal["zeros", "reflect", "symmetric", "replicate", "circular"]

MODES: tuple[str, ...] = ("full", "same", "valid")
FILLS: tuple[str, ...] = ("zeros", "reflect", "symmetric", "replicate", "circular")
_NP_PAD_MODE = {
    "reflect": "reflect",
    "symmetric": "symmetric",
    "replicate": "edge",
    "circular": "wrap",
}


@dataclass(frozen=True)
class Border:
    """Padding and output size along one axis."""

    before: int
    after: int
    out: int


def check_mode(mode: str) -> str:
    """Return ``mode`` if it is a border mode, else raise a ``ConfigError`` naming it."""
    if mode not in MODES:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "border mode {mode!r} is not one of {modes}"),
                          mode=mode, modes=", ".join(MODES))
    return mode


def check_fill(fill: str) -> str:
    """Return ``fill`` if it is a fill of the border, else raise a ``ConfigError``."""
    if fill not in FILLS:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "border fill {fill!r} is not one of {fills}"),
                          fill=fill, fills=", ".join(FILLS))
    return fill


_DILATION = word(QT_TRANSLATE_NOOP("Errors", "dilation"))
_KERNEL_SIZE = word(QT_TRANSLATE_NOOP("Errors", "kernel size"))
_INPUT_SIZE = word(QT_TRANSLATE_NOOP("Errors", "input size"))
_STRIDE = word(QT_TRANSLATE_NOOP("Errors", "stride"))


def _positive(name: str, value: int) -> int:
    if int(value) != value or value < 1:
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "{name} must be a whole number of at least 1, not {value!r}"),
            name=name, value=value)
    return int(value)


def effective_size(k: int, dilation: int = 1) -> int:
    """Samples a kernel of length ``k`` covers with the given dilation: ``d (k - 1) + 1``."""
    return _positive(_DILATION, dilation) * (_positive(_KERNEL_SIZE, k) - 1) + 1


def border(
    n: int,
    k: int,
    mode: str,
    stride: int = 1,
    dilation: int = 1,
    flipped: bool = False,
) -> Border:
    """Padding before and after, and output length, along one axis.

    Parameters
    ----------
    n, k : lengths of the input and of the kernel.
    mode : ``"full"``, ``"same"`` or ``"valid"``.
    stride, dilation : positive integers.
    flipped : True for a true convolution (kernel turned 180 degrees); it moves the odd
        padding sample of ``same`` with an even kernel to the front, as SciPy does.
    """
    check_mode(mode)
    _positive(_INPUT_SIZE, n)
    stride = _positive(_STRIDE, stride)
    ke = effective_size(k, dilation)
    if mode == "valid":
        before = after = 0
    elif mode == "full":
        before = after = ke - 1
    else:
        small, large = (ke - 1) // 2, ke - 1 - (ke - 1) // 2
        before, after = (large, small) if flipped else (small, large)
    span = n + before + after - ke
    if span < 0:
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "a kernel covering {covered} samples does not fit an input of {n} in "
                      "{mode!r} mode"), covered=ke, n=n, mode=mode)
    return Border(before, after, span // stride + 1)


def output_shape(
    shape: tuple[int, int],
    kernel: tuple[int, int],
    mode: str,
    stride: int = 1,
    dilation: int = 1,
) -> tuple[int, int]:
    """Output height and width of a 2-D correlation of ``shape`` with ``kernel``."""
    return (
        border(shape[0], kernel[0], mode, stride, dilation).out,
        border(shape[1], kernel[1], mode, stride, dilation).out,
    )


def pad_indices(n: int, before: int, after: int, fill: str) -> np.ndarray:
    """Which input sample each padded position copies; ``-1`` where it is zero.

    ``pad_indices(4, 2, 2, "reflect")`` is ``[2, 1, 0, 1, 2, 3, 2, 1]``.
    """
    check_fill(fill)
    idx = np.arange(n)
    if fill == "zeros":
        return np.pad(idx, (before, after), mode="constant", constant_values=-1)
    if fill == "reflect" and n == 1:
        return np.zeros(n + before + after, dtype=idx.dtype)
    return np.pad(idx, (before, after), mode=_NP_PAD_MODE[fill])


def pad2d(x: np.ndarray, pads: tuple[Border, Border], fill: str, axes=(-2, -1)) -> np.ndarray:
    """Pad the two spatial ``axes`` of ``x`` by ``pads`` and fill the border with ``fill``."""
    ah, aw = (a % x.ndim for a in axes)
    (bh, bw) = pads
    if bh.before == bh.after == bw.before == bw.after == 0:
        return x
    shape = list(x.shape)
    shape[ah] += bh.before + bh.after
    shape[aw] += bw.before + bw.after
    if fill == "zeros":
        out = np.zeros(shape, dtype=x.dtype)
        inner = [slice(None)] * x.ndim
        inner[ah] = slice(bh.before, bh.before + x.shape[ah])
        inner[aw] = slice(bw.before, bw.before + x.shape[aw])
        out[tuple(inner)] = x
        return out
    ih = pad_indices(x.shape[ah], bh.before, bh.after, fill)
    iw = pad_indices(x.shape[aw], bw.before, bw.after, fill)
    return np.take(np.take(x, ih, axis=ah), iw, axis=aw)


def unpad2d(
    dxp: np.ndarray, size: tuple[int, int], pads: tuple[Border, Border], fill: str, axes=(-2, -1)
) -> np.ndarray:
    """Backward of :func:`pad2d`: every padded position sends its gradient to the sample
    it copied (or nowhere, for a zero fill)."""
    ah, aw = (a % dxp.ndim for a in axes)
    (bh, bw) = pads
    if fill == "zeros":
        inner = [slice(None)] * dxp.ndim
        inner[ah] = slice(bh.before, bh.before + size[0])
        inner[aw] = slice(bw.before, bw.before + size[1])
        return dxp[tuple(inner)]
    out = dxp
    for axis, n, b in ((ah, size[0], bh), (aw, size[1], bw)):
        idx = pad_indices(n, b.before, b.after, fill)
        moved = np.moveaxis(out, axis, 0)
        acc = np.zeros((n,) + moved.shape[1:], dtype=dxp.dtype)
        np.add.at(acc, idx, moved)
        out = np.moveaxis(acc, 0, axis)
    return out
