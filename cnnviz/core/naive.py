"""Loop twins: the formulas written out one element at a time, in the public NCHW layout.

Each function here is the readable reference for a fast path of the core and serves as
its test oracle. They are slow on purpose; use them on small arrays.
"""

from __future__ import annotations

import numpy as np

from cnnviz.core import borders
from cnnviz.core.ops import convolve2d, correlate2d


def source_index(i: int, n: int, fill: str) -> int:
    """Which input sample the padded coordinate ``i`` (may be < 0 or >= n) copies, or -1."""
    if 0 <= i < n:
        return i
    if fill == "zeros":
        return -1
    if fill == "replicate":
        return 0 if i < 0 else n - 1
    if fill == "circular":
        return i % n
    if fill == "symmetric":
        period = 2 * n
        j = i % period
        return j if j < n else period - 1 - j
    if fill == "reflect":
        if n == 1:
            return 0
        period = 2 * n - 2
        j = i % period
        return j if j < n else period - j
    raise ValueError(fill)


def correlate2d_loop(x, k, mode="full", fill="zeros", stride=1, dilation=1, flipped=False):
    """``B[x, y] = sum_u sum_v A[x s + u d - p, y s + v d - q] H[u, v]``, element by element."""
    x, k = np.asarray(x), np.asarray(k)
    bh = borders.border(x.shape[0], k.shape[0], mode, stride, dilation, flipped)
    bw = borders.border(x.shape[1], k.shape[1], mode, stride, dilation, flipped)
    out = np.zeros((bh.out, bw.out), dtype=np.result_type(x, k))
    for i in range(bh.out):
        for j in range(bw.out):
            acc = 0.0
            for u in range(k.shape[0]):
                for v in range(k.shape[1]):
                    r = source_index(i * stride + u * dilation - bh.before, x.shape[0], fill)
                    c = source_index(j * stride + v * dilation - bw.before, x.shape[1], fill)
                    if r >= 0 and c >= 0:
                        acc += x[r, c] * k[u, v]
            out[i, j] = acc
    return out


def convolve2d_loop(x, k, mode="full", fill="zeros", stride=1, dilation=1):
    """True convolution, as the correlation with the kernel turned 180 degrees."""
    return correlate2d_loop(x, np.asarray(k)[::-1, ::-1], mode, fill, stride, dilation, True)


def conv_forward_loop(x, w, b, mode="valid", stride=1, dilation=1, fill="zeros"):
    """``Y[n, i] = B_i + sum_j X[n, j] * K_ij``; x (N, C, H, W), w (F, C, kh, kw)."""
    n, c = x.shape[:2]
    f = w.shape[0]
    maps = [[sum(correlate2d_loop(x[s, j], w[i, j], mode, fill, stride, dilation)
                 for j in range(c)) for i in range(f)] for s in range(n)]
    y = np.array(maps, dtype=np.result_type(x, w))
    return y + (b[None, :, None, None] if b.ndim == 1 else b[None])


def conv_backward_loop(x, w, dy, mode="valid", stride=1, dilation=1, fill="zeros", tied=True):
    """Gradients by scattering each ``dE/dY[n, i, x, y]`` along the path it came by."""
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    bh = borders.border(h, kh, mode, stride, dilation)
    bw = borders.border(wd, kw, mode, stride, dilation)
    dx, dw = np.zeros_like(x), np.zeros_like(w)
    for s in range(n):
        for i in range(f):
            for oy in range(bh.out):
                for ox in range(bw.out):
                    g = dy[s, i, oy, ox]
                    for j in range(c):
                        for u in range(kh):
                            for v in range(kw):
                                r = source_index(oy * stride + u * dilation - bh.before, h, fill)
                                q = source_index(ox * stride + v * dilation - bw.before, wd, fill)
                                if r >= 0 and q >= 0:
                                    dw[i, j, u, v] += g * x[s, j, r, q]
                                    dx[s, j, r, q] += g * w[i, j, u, v]
    db = dy.sum(axis=(0, 2, 3)) if tied else dy.sum(axis=0)
    return dx, dw, db


def conv_backward_lecture(x, w, dy, tied=True):
    """The lecture's three formulas (valid mode, stride 1), with 2-D correlations:

    ``dE/dB_i = sum dE/dY_i``; ``dE/dK_ij = X_j * dE/dY_i`` (valid correlation);
    ``dE/dX_j = sum_i dE/dY_i *full K_ij`` (full convolution).
    """
    n, c = x.shape[:2]
    f = w.shape[0]
    db = dy.sum(axis=(0, 2, 3)) if tied else dy.sum(axis=0)
    dw = np.array([[sum(correlate2d(x[s, j], dy[s, i], "valid") for s in range(n))
                    for j in range(c)] for i in range(f)])
    dx = np.array([[sum(convolve2d(dy[s, i], w[i, j], "full") for i in range(f))
                    for j in range(c)] for s in range(n)])
    return dx, dw, db


def pool_forward_loop(x, k, s, kind):
    """Average or max of each k x k window; for max also the winner ``u k + v`` (first on ties)."""
    n, c, h, w = x.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    y = np.zeros((n, c, ho, wo), dtype=x.dtype)
    arg = np.zeros((n, c, ho, wo), dtype=np.int64)
    for a in range(n):
        for ch in range(c):
            for i in range(ho):
                for j in range(wo):
                    win = x[a, ch, i * s:i * s + k, j * s:j * s + k]
                    if kind == "avg":
                        y[a, ch, i, j] = win.sum() / (k * k)
                    else:
                        t = int(np.argmax(win))
                        arg[a, ch, i, j] = t
                        y[a, ch, i, j] = win.flat[t]
    return y, arg


def pool_backward_loop(x_shape, dy, k, s, kind, arg=None):
    """Max sends dE/dy to the winner; average spreads dE/dy / k^2 over the window."""
    dx = np.zeros(x_shape, dtype=dy.dtype)
    n, c, ho, wo = dy.shape
    for a in range(n):
        for ch in range(c):
            for i in range(ho):
                for j in range(wo):
                    if kind == "avg":
                        dx[a, ch, i * s:i * s + k, j * s:j * s + k] += dy[a, ch, i, j] / (k * k)
                    else:
                        u, v = divmod(int(arg[a, ch, i, j]), k)
                        dx[a, ch, i * s + u, j * s + v] += dy[a, ch, i, j]
    return dx


def dense_forward_loop(x, w, b):
    """``y[n, o] = b[o] + sum_i w[o, i] x[n, i]``; x (N, in)."""
    y = np.zeros((x.shape[0], w.shape[0]), dtype=np.result_type(x, w))
    for n in range(x.shape[0]):
        for o in range(w.shape[0]):
            y[n, o] = b[o] + sum(w[o, i] * x[n, i] for i in range(w.shape[1]))
    return y


def dense_backward_loop(x, w, dy):
    """``dW[o, i] = sum_n dy[n, o] x[n, i]``, ``db = sum_n dy``, ``dx[n, i] = sum_o w[o, i] dy[n, o]``."""
    dw = np.zeros_like(w)
    dx = np.zeros_like(x)
    for n in range(x.shape[0]):
        for o in range(w.shape[0]):
            for i in range(w.shape[1]):
                dw[o, i] += dy[n, o] * x[n, i]
                dx[n, i] += w[o, i] * dy[n, o]
    return dx, dw, dy.sum(axis=0)


def softmax_cross_entropy_loop(logits, labels):
    """Mean of ``-log(exp(z_y) / sum_k exp(z_k))`` and its gradient, sample by sample."""
    n, k = logits.shape
    loss, d = 0.0, np.zeros_like(logits)
    for a in range(n):
        m = max(logits[a])
        e = [np.exp(z - m) for z in logits[a]]
        total = sum(e)
        loss -= np.log(e[labels[a]] / total)
        for j in range(k):
            d[a, j] = (e[j] / total - (j == labels[a])) / n
    return loss / n, d
