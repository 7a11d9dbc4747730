"""The multi-channel view: one output map of a conv layer as the sum of its input channels.

``Y_i = B_i + sum_j X_j ⋆ K_ij`` with ``⋆`` the core's 2-D correlation, for the network's
real tensors of one probe sample (a :class:`~cnnviz.core.trace.LayerSnapshot`). A
channel that the connection table (LeCun's C3 table) does not link to map i adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.core import borders
from cnnviz.core.ops import correlate2d
from cnnviz.errors import ConfigError
from cnnviz.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ChannelTerm:
    """Input channel j's part of output map i."""

    j: int
    x: np.ndarray              # X_j (H, W)
    kernel: np.ndarray         # K_ij (kh, kw)
    connected: bool            # False where the connection table leaves the pair out
    contribution: np.ndarray   # X_j ⋆ K_ij (Ho, Wo); zeros when not connected
    running: np.ndarray        # B_i + the contributions of channels 0..j


def infer_mode(in_hw: tuple[int, int], kernel: tuple[int, int], out_hw: tuple[int, int]) -> str:
    """The border mode (valid, same or full; stride 1) that maps ``in_hw`` to ``out_hw``."""
    for mode in borders.MODES:
        try:
            if borders.output_shape(in_hw, kernel, mode) == tuple(out_hw):
                return mode
        except ConfigError:
            continue
    raise ConfigError(QT_TRANSLATE_NOOP(
        "Errors", "no border mode turns a {size} map and a {kernel} kernel into {out}"),
        size=in_hw, kernel=kernel, out=out_hw)


class MultiChannel:
    """Output map ``i`` of a conv layer snapshot, channel by channel (float64 sums).

    Parameters
    ----------
    layer : LayerSnapshot of a conv layer (x (C, H, W), weight (F, C, kh, kw), bias, z).
    i : the output map.
    mode : border mode; by default the one that gives the snapshot's output size.
    """

    def __init__(self, layer, i: int, mode: str | None = None):
        if layer.weight is None or layer.weight.ndim != 4:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{layer} is not a convolutional layer"),
                              layer=layer.name)
        f, c, kh, kw = layer.weight.shape
        if not 0 <= i < f:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{layer} has maps 0..{last}, not {i}"),
                              layer=layer.name, last=f - 1, i=i)
        self.name, self.i = layer.name, int(i)
        x = np.asarray(layer.x, dtype=np.float64)
        self.mode = mode or infer_mode(x.shape[1:], (kh, kw), layer.z.shape[1:])
        table = layer.connections
        self.connected = (np.ones(c, dtype=bool) if table is None
                          else np.asarray(table[i], dtype=bool))
        bias = np.asarray(layer.bias, dtype=np.float64)[i]
        self.bias = bias   # a number (tied) or an (Ho, Wo) map (untied)
        running = np.broadcast_to(bias, layer.z.shape[1:]).astype(np.float64)
        self.start = running.copy()
        terms = []
        for j in range(c):
            kernel = np.asarray(layer.weight[i, j], dtype=np.float64)
            if self.connected[j]:
                part = correlate2d(x[j], kernel, self.mode)
            else:
                part = np.zeros_like(running)
            running = running + part
            terms.append(ChannelTerm(j, x[j], kernel, bool(self.connected[j]), part, running))
        self.terms: tuple[ChannelTerm, ...] = tuple(terms)
        self.output = running                       # B_i + sum_j X_j ⋆ K_ij
        self.z = np.asarray(layer.z[i], dtype=np.float64)   # the network's own Y_i
        self.y = np.asarray(layer.y[i], dtype=np.float64)   # after the activation

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def channels(self) -> int:
        return len(self.terms)

    def formula(self, max_terms: int = 6) -> str:
        """``Y_3 = B_3 + X_0 ⋆ K_3,0 + ...`` over the connected channels, written as the
        network view writes them (0-based, ⋆ the cross-correlation); with more than
        ``max_terms`` of them, a Σ over j."""
        js = [t.j for t in self.terms if t.connected]
        i = self.i
        if len(js) > max_terms and js == list(range(js[0], js[-1] + 1)):
            return f"Y_{i} = B_{i} + Σ_j X_j ⋆ K_{i},j   (j = {js[0]} … {js[-1]})"
        parts = [f"X_{j} ⋆ K_{i},{j}" for j in js]
        return f"Y_{i} = B_{i} + " + " + ".join(parts)

    def max_error(self) -> float:
        """Largest |sum - the network's Y_i| (float32 rounding of the network's pass)."""
        return float(np.max(np.abs(self.output - self.z)))
