"""Sizes of a map grid: how big a map should be on screen and how many go in a row.

Pure functions, shared by :class:`~cnnviz.gui.widgets.map_grid.MapGrid` and the views that
decide its columns.
"""

from __future__ import annotations

import math

import numpy as np

FLAT_MIN = 60       # height of a single 1 x F strip, in pixels
MAX_MIN_WIDTH = 860
OVERHEAD = 90       # title, subtitle and hover line, in pixels
BAND = 0.3          # label band above each map, as a fraction of the map's side
GAP = 0.12          # space between maps, as a fraction of the map's side
NAME_PX = 15        # largest height of a map's name on screen
LINE_PX = 15        # a line of the window's usual 10-point text, which the sizes above suit
BAR_LINES = 3.2     # a colour bar's least height, in lines of its tick labels


def map_px(h: int, w: int, n: int) -> int:
    """Comfortable on-screen side, in pixels, of one of ``n`` maps of h x w."""
    if n == 1 and h == 1:
        return FLAT_MIN
    lo, hi = (160, 600) if n == 1 else (48, 110)
    return int(np.clip(8 * max(h, w), lo, hi))


def grid_columns(n: int, h: int, w: int, width: int) -> int:
    """Columns for ``n`` maps of h x w so that the grid fits about ``width`` pixels."""
    per_row = max(1, int(width // (map_px(h, w, n) * (1 + GAP))))
    rows = math.ceil(n / per_row)
    return max(1, math.ceil(n / rows))


def as_maps(maps) -> np.ndarray:
    """(n, h, w) maps: a vector (F,) becomes one 1 x F map, a matrix (h, w) one map."""
    if isinstance(maps, (list, tuple)):
        maps = np.stack([np.asarray(m) for m in maps])
    arr = np.asarray(maps)
    if arr.ndim == 1:
        return arr.reshape(1, 1, -1)
    if arr.ndim == 2:
        return arr[None]
    if arr.ndim == 3:
        return arr
    raise ValueError(f"maps must have 1, 2 or 3 dimensions, not shape {arr.shape}")
