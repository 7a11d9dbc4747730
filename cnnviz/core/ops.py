"""The lecture's 2-D operations on single arrays: correlation, convolution, padding.

``correlate2d(A, H, mode)[x, y] = sum_u sum_v A[x + u, y + v] H[u, v]`` over the padded
input, and ``convolve2d(A, H) = correlate2d(A, rot180(H))``. Both give the numbers of
``scipy.signal.correlate2d`` / ``convolve2d`` for every mode and kernel size, including
``same`` with an even kernel (see :mod:`cnnviz.core.borders`).
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from cnnviz.core import borders
from cnnviz.errors import ConfigError, word
from cnnviz.translatable import QT_TRANSLATE_NOOP


def _check_2d(name: str, a: np.ndarray) -> np.ndarray:
    a = np.asarray(a)
    if a.ndim != 2 or 0 in a.shape:
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "{name} must be a non-empty 2-D array, not shape {shape}"),
            name=word(name), shape=a.shape)
    return a


def pad(
    x: np.ndarray,
    kernel_shape: tuple[int, int],
    mode: str = "full",
    fill: str = "zeros",
    dilation: int = 1,
    flipped: bool = False,
) -> np.ndarray:
    """The input as the kernel sees it: ``x`` padded for ``mode`` and filled with ``fill``.

    Parameters
    ----------
    x : (H, W) input.
    kernel_shape : (kh, kw).
    mode, fill, dilation, flipped : see :mod:`cnnviz.core.borders`.

    Returns
    -------
    (H + before + after, W + before + after) array.
    """
    x = _check_2d(QT_TRANSLATE_NOOP("Errors", "input"), x)
    pads = (
        borders.border(x.shape[0], kernel_shape[0], mode, 1, dilation, flipped),
        borders.border(x.shape[1], kernel_shape[1], mode, 1, dilation, flipped),
    )
    return borders.pad2d(x, pads, fill)


def windows(
    x: np.ndarray,
    kernel_shape: tuple[int, int],
    mode: str = "full",
    fill: str = "zeros",
    stride: int = 1,
    dilation: int = 1,
    flipped: bool = False,
) -> np.ndarray:
    """Every window the kernel sees: ``windows[x, y]`` is the (kh, kw) patch under the
    kernel for output ``[x, y]`` (dilated samples only).

    Returns
    -------
    (Ho, Wo, kh, kw) read-only view of the padded input.
    """
    kh, kw = kernel_shape
    xp = pad(x, kernel_shape, mode, fill, dilation, flipped)
    borders.border(xp.shape[0], kh, "valid", stride, dilation)
    eh, ew = borders.effective_size(kh, dilation), borders.effective_size(kw, dilation)
    win = sliding_window_view(xp, (eh, ew))[::stride, ::stride, ::dilation, ::dilation]
    return win


def correlate2d(
    x: np.ndarray,
    k: np.ndarray,
    mode: str = "full",
    fill: str = "zeros",
    stride: int = 1,
    dilation: int = 1,
) -> np.ndarray:
    """2-D cross-correlation, ``B[x, y] = sum_u sum_v A[x + u, y + v] H[u, v]``.

    Parameters
    ----------
    x : (H, W) input A.
    k : (kh, kw) kernel H.
    mode : ``"full"``, ``"same"`` or ``"valid"``.
    fill : what lies beyond the border: zeros, reflect, symmetric, replicate, circular.
    stride, dilation : positive integers.

    Returns
    -------
    (Ho, Wo) array; sizes from :func:`cnnviz.core.borders.output_shape`.
    """
    k = _check_2d(QT_TRANSLATE_NOOP("Errors", "kernel"), k)
    win = windows(x, k.shape, mode, fill, stride, dilation)
    return np.einsum("xyuv,uv->xy", win, k)


def convolve2d(
    x: np.ndarray,
    k: np.ndarray,
    mode: str = "full",
    fill: str = "zeros",
    stride: int = 1,
    dilation: int = 1,
) -> np.ndarray:
    """2-D convolution: the correlation with the kernel turned 180 degrees,
    ``B[x, y] = sum_u sum_v A[x - u, y - v] H[u, v]``.

    Equal to ``correlate2d(x, rot180(k), mode)`` except for ``same`` with an even kernel,
    where SciPy's convention puts the odd padding sample before the input instead of
    after it. Parameters as :func:`correlate2d`.
    """
    k = _check_2d(QT_TRANSLATE_NOOP("Errors", "kernel"), k)
    win = windows(x, k.shape, mode, fill, stride, dilation, flipped=True)
    return np.einsum("xyuv,uv->xy", win, k[::-1, ::-1])


def rot180(k: np.ndarray) -> np.ndarray:
    """The kernel turned by 180 degrees: ``k[::-1, ::-1]``."""
    return np.ascontiguousarray(np.asarray(k)[::-1, ::-1])
