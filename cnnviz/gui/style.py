"""Colours, colour maps and scales shared by every view.

Activations use a sequential map; weights and gradients a diverging map centred on zero
with symmetric levels, so that white is zero and red and blue are equally far from it.
CET-D1A keeps its two sides apart for protan, deutan and tritan viewers alike (the tests
simulate them). Its high-contrast variant, for a washed-out projector, has the same
colours but leaves white sooner: a value at 10% of the range already gets 32% of the
colour (|t| ** 0.5 instead of |t|); the colour bars show the same mapping.
"""

from __future__ import annotations

import functools

import numpy as np

from cnnviz.gui.qt import QtGui, pg

DIVERGING = "CET-D1A"   # blue - white - red
SEQUENTIAL = "CET-L1"   # black - white (grey), like ink on paper when inverted
SEQUENTIAL_NAME = "grey"
HIGH_CONTRAST_GAMMA = 0.5
_diverging_gamma = 1.0

# phases and roles
INPUT_COLOR = QtGui.QColor("#1f77b4")
OUTPUT_COLOR = QtGui.QColor("#d62728")
GRAD_COLOR = QtGui.QColor("#9467bd")
ACTIVE_COLOR = QtGui.QColor("#ff9f1c")
SELECTED_COLOR = QtGui.QColor("#2a9d8f")


def set_high_contrast(on: bool) -> None:
    """Make :func:`colormap` give the high-contrast diverging map (or the plain one);
    views built earlier recolour with their own ``recolor()``."""
    global _diverging_gamma
    _diverging_gamma = HIGH_CONTRAST_GAMMA if on else 1.0


def high_contrast() -> bool:
    return _diverging_gamma != 1.0


def colormap(diverging: bool, reverse: bool = False) -> pg.ColorMap:
    """The diverging map (weights, gradients) or the sequential map (activations);
    ``reverse``: the sequential map from white to black (counts on a white page).

    One map is made per kind and shared (a window asked for 55, at 5 ms each, and a
    number grid for one at every update): copy it before changing it."""
    return _colormap(diverging, reverse, _diverging_gamma)


@functools.lru_cache(maxsize=None)
def _colormap(diverging: bool, reverse: bool, gamma: float) -> pg.ColorMap:
    cmap = pg.colormap.get(DIVERGING if diverging else SEQUENTIAL)
    if diverging and gamma != 1.0:
        t = np.linspace(-1.0, 1.0, 257)
        colors = cmap.map((1.0 + np.sign(t) * np.abs(t) ** gamma) / 2, mode="byte")
        return pg.ColorMap((t + 1.0) / 2, colors)
    stops, colors = cmap.getStops()
    if reverse:
        stops, colors = 1.0 - stops[::-1], colors[::-1]
    return pg.ColorMap(stops, colors)


def symmetric_levels(*arrays: np.ndarray) -> tuple[float, float]:
    """(-m, m) with m the largest |value| over the arrays (at least a tiny positive)."""
    m = max((float(np.max(np.abs(a))) for a in arrays if a is not None and a.size), default=0.0)
    m = m if np.isfinite(m) and m > 0 else 1e-12
    return -m, m


def data_levels(*arrays: np.ndarray) -> tuple[float, float]:
    """(min, max) over the arrays, widened when they are constant."""
    vals = [a for a in arrays if a is not None and a.size]
    if not vals:
        return 0.0, 1.0
    lo = min(float(np.min(a)) for a in vals)
    hi = max(float(np.max(a)) for a in vals)
    if not (np.isfinite(lo) and np.isfinite(hi)):
        return -1.0, 1.0
    if hi - lo < 1e-12:
        lo, hi = lo - 0.5, hi + 0.5
    return lo, hi


def nice_levels(levels: tuple[float, float], diverging: bool) -> tuple[float, float]:
    """Widen levels to two significant digits, so that a colour bar does not change (and
    redraw its axis) on every frame while the values drift a little."""
    def up(v: float) -> float:
        if v == 0 or not np.isfinite(v):
            return v
        k = int(np.floor(np.log10(abs(v)))) - 1
        e = 10.0 ** k
        if not 0 < e < np.inf:   # a subnormal's order of magnitude underflows
            return v
        # written out in decimal: 17e-1 is 1.7, where 17 * 0.1 is 1.7000000000000002
        n = int(np.ceil(v / e))
        out = float(f"{n}e{k}")
        return out if out >= v else float(f"{n + 1}e{k}")   # v / e rounded below n

    lo, hi = levels
    if diverging:
        m = up(max(abs(lo), abs(hi)))
        return -m, m
    return -up(-lo), up(hi)


#: a colour bar keeps its levels while the values span at least this share of them
STEADY_KEEP = 0.8
#: and, when the values grow past them, takes this much of their span more room
STEADY_HEADROOM = 0.1


def steady_levels(held: tuple[float, float] | None, levels: tuple[float, float],
                  diverging: bool) -> tuple[float, float]:
    """Levels for values that drift as the network trains: ``held`` (the levels shown
    until now) while they hold ``levels`` and the values still span at least
    :data:`STEADY_KEEP` of them; else :func:`nice_levels` of ``levels``, with
    :data:`STEADY_HEADROOM` (of the span, or of m in (-m, m)) more room on a side that
    grew past ``held``. A colour bar whose levels change draws its axis again (3-6 ms);
    with levels of two significant digits alone, a bias's bar did so at nearly every
    frame of training."""
    lo, hi = levels
    if held is not None and all(np.isfinite(v) for v in (*held, lo, hi)):
        held_lo, held_hi = held
        if held_lo <= lo and hi <= held_hi and hi - lo >= STEADY_KEEP * (held_hi - held_lo):
            return held
        room = STEADY_HEADROOM * (hi - lo) / (2 if diverging else 1)   # of m in (-m, m)
        lo, hi = (lo - room if lo < held_lo else lo), (hi + room if hi > held_hi else hi)
    return nice_levels((lo, hi), diverging)
