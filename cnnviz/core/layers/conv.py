"""The convolutional layer ``Y = K * X + B``.

As in every deep-learning library, "convolution" here is a cross-correlation:
``Y_i = B_i + sum_j X_j * K_ij`` with ``*`` the correlation of
:func:`cnnviz.core.ops.correlate2d`, and ``K`` the out x in matrix of kernels. Training
needs the lecture's three terms:

- ``dE/dB_i = sum dE/dY_i`` (over positions, for a tied bias);
- ``dE/dK_ij = X_j * dE/dY_i``, a valid correlation;
- ``dE/dX_j = sum_i dE/dY_i *full K_ij``, a full convolution.

The fast path computes all three with one im2col and three matrix products, in the
batch-last layout (C, H, W, N); ``cnnviz.core.naive`` has the literal formulas.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import as_strided

from cnnviz.core import borders
from cnnviz.core.layers.base import Layer
from cnnviz.errors import ConfigError


@dataclass(frozen=True)
class ConvGeometry:
    """Where the kernel goes: padding, stride and dilation along H and W."""

    pads: tuple[borders.Border, borders.Border]
    kernel: tuple[int, int]
    stride: int
    dilation: int
    fill: str

    @property
    def out(self) -> tuple[int, int]:
        return self.pads[0].out, self.pads[1].out


def geometry(
    in_hw: tuple[int, int], kernel: tuple[int, int], mode: str, stride: int, dilation: int,
    fill: str,
) -> ConvGeometry:
    """The geometry of a correlation of an ``in_hw`` map with a ``kernel``."""
    borders.check_fill(fill)
    pads = (
        borders.border(in_hw[0], kernel[0], mode, stride, dilation),
        borders.border(in_hw[1], kernel[1], mode, stride, dilation),
    )
    return ConvGeometry(pads, kernel, stride, dilation, fill)


def _windows(xp: np.ndarray, g: ConvGeometry) -> np.ndarray:
    """(C, kh, kw, Ho, Wo, N) view of the padded input: every tap over every output."""
    c, n = xp.shape[0], xp.shape[-1]
    kh, kw = g.kernel
    ho, wo = g.out
    sc, sh, sw, sn = xp.strides
    s, d = g.stride, g.dilation
    shape, strides = (c, kh, kw, ho, wo, n), (sc, d * sh, d * sw, s * sh, s * sw, sn)
    if not xp.flags.c_contiguous:
        return as_strided(xp, shape, strides, writeable=False)
    # the same view made directly: as_strided takes 7 us a call, 2% of a training step
    view = np.ndarray(shape, xp.dtype, xp, 0, strides)
    view.flags.writeable = False
    return view


def im2col(x: np.ndarray, g: ConvGeometry, ones_row: bool = False) -> np.ndarray:
    """Columns of every kernel window: (C kh kw, Ho Wo N) from x (C, H, W, N).

    One strided copy: NumPy does it in a single call that releases the GIL, so two
    threads run their chunks side by side. With ``ones_row`` a last row of ones is
    added, so that one matrix product applies the bias too (and sums dE/dB).
    """
    xp = borders.pad2d(x, g.pads, g.fill, axes=(1, 2))
    c, n = x.shape[0], x.shape[-1]
    kh, kw = g.kernel
    ho, wo = g.out
    k, m = c * kh * kw, ho * wo * n
    cols = np.empty((k + ones_row, m), dtype=x.dtype)
    np.copyto(cols[:k].reshape(c, kh, kw, ho, wo, n), _windows(xp, g))
    if ones_row:
        cols[k] = 1
    return cols


def col2im(dcols: np.ndarray, in_shape: tuple[int, ...], g: ConvGeometry) -> np.ndarray:
    """Backward of :func:`im2col`: add each column back where it came from.

    The taps of a kernel row are summed into a row buffer first and the rows then added
    into the input, 2 k strided additions instead of k^2.
    """
    c, h, w, n = in_shape
    kh, kw = g.kernel
    ho, wo = g.out
    (bh, bw) = g.pads
    hp, wp = h + bh.before + bh.after, w + bw.before + bw.after
    s, d = g.stride, g.dilation
    if (ho, wo, kh, kw, d, hp, wp) == (1, 1, h, w, 1, h, w):
        # one output position whose window is the whole input (C5): every input gets
        # exactly one column entry, so the sums below are 0 + x, the value itself (with
        # -0.0 turned into 0.0, as adding to zero does), without twenty additions
        return dcols.reshape(c, h, w, n) + dcols.dtype.type(0)
    d6 = dcols.reshape(c, kh, kw, ho, wo, n)
    if n == 1:
        rows = _shift_sum(d6.transpose(2, 0, 1, 3, 4, 5), 4, wp, v_step=d, x_step=s)
        dxp = _shift_sum(rows.transpose(1, 0, 2, 3, 4), 2, hp, v_step=d, x_step=s)
        return borders.unpad2d(dxp, (h, w), g.pads, g.fill, axes=(1, 2))
    rows = np.zeros((c, kh, ho, wp, n), dcols.dtype)
    for v in range(kw):
        rows[:, :, :, v * d:v * d + s * (wo - 1) + 1:s] += d6[:, :, v]
    dxp = np.zeros((c, hp, wp, n), dcols.dtype)
    for u in range(kh):
        dxp[:, u * d:u * d + s * (ho - 1) + 1:s] += rows[:, u]
    return borders.unpad2d(dxp, (h, w), g.pads, g.fill, axes=(1, 2))


def _shift_sum(parts: np.ndarray, axis: int, size: int, v_step: int, x_step: int) -> np.ndarray:
    """``out[..., v_step v + x_step x, ...] += parts[v, ..., x, ...]`` over every v, with
    ``x`` on ``axis`` of ``parts`` (counted with v) and ``out`` that axis ``size`` long.

    The col2im of one image (a probe's trace): each ``parts[v]`` is written into its own
    zeroed row of a buffer at its shift, through one skewed view, and the rows summed in
    order from zero, which is the very sequence of additions of adding them one by one
    (a zero added changes nothing), in 4 NumPy calls instead of one a shift: half the
    time where a call's cost, not the data, is what counts.
    """
    shape = list(parts.shape)
    shape[axis] = size
    buf = np.zeros(shape, parts.dtype)
    strides = list(buf.strides)
    strides[0] += v_step * buf.strides[axis]
    strides[axis] *= x_step
    np.copyto(np.ndarray(parts.shape, parts.dtype, buf, 0, tuple(strides)), parts)
    return np.add.reduce(buf, axis=0, initial=0)


def conv_forward(x: np.ndarray, w: np.ndarray, b: np.ndarray, g: ConvGeometry):
    """``Y_i = B_i + sum_j X_j * K_ij`` for a batch.

    Parameters
    ----------
    x : (C, H, W, N) input maps.
    w : (F, C, kh, kw) kernels K (out x in).
    b : (F,) tied bias, or (F, Ho, Wo) untied bias.
    g : geometry from :func:`geometry`.

    Returns
    -------
    y : (F, Ho, Wo, N); cache for :func:`conv_backward`.
    """
    f = w.shape[0]
    ho, wo = g.out
    tied = b.ndim == 1
    cols = im2col(x, g, ones_row=tied)
    wm = np.concatenate([w.reshape(f, -1), b[:, None]], axis=1) if tied else w.reshape(f, -1)
    y = (wm @ cols).reshape(f, ho, wo, x.shape[-1])
    if not tied:
        y += b[..., None]
    return y, (x.shape, cols, w, b.ndim)


def conv_backward(dy: np.ndarray, cache, g: ConvGeometry, need_dx: bool = True):
    """The lecture's three gradients from ``dy`` = dE/dY (F, Ho, Wo, N).

    Returns
    -------
    dx : (C, H, W, N) = sum_i dE/dY_i *full K_ij (None when ``need_dx`` is False);
    dw : (F, C, kh, kw) = X_j * dE/dY_i;  db : sum of dE/dY_i (shape of the bias).
    """
    x_shape, cols, w, b_ndim = cache
    f = w.shape[0]
    dy2 = dy.reshape(f, -1)
    k = w[0].size
    if dy2.shape[1] == 1:
        # one output position of one sample (C5 for a probe): an outer product, which
        # BLAS does three times slower as a matrix product with an inner size of 1; made
        # in the kernels' own shape, and the bias's column (times the ones row) apart
        dw = np.multiply.outer(dy2[:, 0], cols[:k, 0]).reshape(w.shape)
        db = dy2[:, 0] * cols[k, 0] if b_ndim == 1 else dy.sum(axis=3)
    else:
        dwb = (cols @ dy2.T).T
        dw = np.ascontiguousarray(dwb[:, :k]).reshape(w.shape)
        db = dwb[:, k].copy() if b_ndim == 1 else dy.sum(axis=3)
    dx = col2im(w.reshape(f, -1).T @ dy2, x_shape, g) if need_dx else None
    return dx, dw, db


class Conv2D(Layer):
    """Convolutional layer ``Y_i = B_i + sum_j X_j * K_ij`` (a cross-correlation).

    Parameters
    ----------
    in_shape : (C, H, W) of one input sample.
    out_channels : F, the number of output maps.
    kernel_size : int or (kh, kw).
    mode : border mode ``"valid"``, ``"same"`` or ``"full"``.
    stride, dilation : positive integers.
    fill : what lies beyond the border (zeros, reflect, symmetric, replicate, circular).
    bias : ``"tied"``, one bias per output map, or ``"untied"``, one per output position.
    connections : optional (F, C) boolean table; K_ij is held at zero where it is False.
    rng : generator for the initial weights, U(-1/sqrt(fan_in), 1/sqrt(fan_in)) as in PyTorch.
    """

    kind = "conv"

    def __init__(
        self, in_shape, out_channels, kernel_size, *, mode="valid", stride=1, dilation=1,
        fill="zeros", bias="tied", connections=None, rng=None, dtype=np.float32,
    ):
        super().__init__()
        c, h, w = in_shape
        kh, kw = (kernel_size, kernel_size) if np.isscalar(kernel_size) else kernel_size
        if bias not in ("tied", "untied"):
            raise ConfigError(ConfigError.QT_TRANSLATE_NOOP(
                "Errors", "bias must be 'tied' or 'untied', not {bias!r}"), bias=bias)
        self.in_shape = (int(c), int(h), int(w))
        self.mode, self.bias_kind = mode, bias
        self.geom = geometry((h, w), (kh, kw), mode, stride, dilation, fill)
        f = int(out_channels)
        if connections is not None:
            connections = np.asarray(connections, dtype=bool)
            if connections.shape != (f, c):
                raise ConfigError(
                    ConfigError.QT_TRANSLATE_NOOP(
                        "Errors", "connection table has shape {shape}, expected {expected}"),
                    shape=connections.shape, expected=(f, c)
                )
        self.connections = connections
        rng = rng if rng is not None else np.random.default_rng(0)
        fan_in = (connections.sum(1) if connections is not None else np.full(f, c)) * kh * kw
        bound = (1.0 / np.sqrt(fan_in)).astype(np.float64)
        wt = rng.uniform(-1, 1, size=(f, c, kh, kw)) * bound[:, None, None, None]
        bshape = (f,) if bias == "tied" else (f,) + self.geom.out
        bt = rng.uniform(-1, 1, size=bshape) * bound.reshape((f,) + (1,) * (len(bshape) - 1))
        if connections is not None:
            wt *= connections[:, :, None, None]
        self.params = {"weight": wt.astype(dtype), "bias": bt.astype(dtype)}
        self._init_grads()

    def forward(self, x):
        w = self.params["weight"]
        if self.connections is not None:
            w = w * self.connections[:, :, None, None]
        return conv_forward(x, w, self.params["bias"], self.geom)

    def backward(self, dy, cache, need_dx=True):
        dx, dw, db = conv_backward(dy, cache, self.geom, need_dx)
        if self.connections is not None:
            dw *= self.connections[:, :, None, None]
        return dx, {"weight": dw, "bias": db}

    def output_shape(self, in_shape):
        return (self.params["weight"].shape[0],) + self.geom.out

    def describe(self) -> str:
        f, c, kh, kw = self.params["weight"].shape
        return f"conv {kh}x{kw}, {self.mode}"
