"""A drawn digit made into an MNIST image the way MNIST itself was made.

LeCun, Cortes and Burges: the NIST digits were "size normalized to fit in a 20x20 pixel
box while preserving their aspect ratio" (anti-aliased, hence grey levels), then
"centered in a 28x28 image by computing the center of mass of the pixels, and translating
the image so as to position this point at the center of the 28x28 field". Here:

1. ``raw``: the canvas as ink coverage in [0, 1] (strokes rasterised with a round pen);
2. ``cropped``: the bounding box of the ink;
3. ``box20``: scaled by area averaging so that its longer side is 20 pixels, in a 20x20
   box (centred by its bounding box, for the picture);
4. ``centred``: the scaled image moved by whole pixels so that its centre of mass is
   within half a pixel of (14, 14), pixel ``i`` covering ``[i, i + 1)``;
5. ``lenet_input``: :func:`cnnviz.data.to_lenet_input` of ``255 * centred`` (1, 32, 32).

NumPy only: this module imports no Qt and no SciPy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.data.mnist import to_lenet_input
from cnnviz.errors import DataError
from cnnviz.translatable import QT_TRANSLATE_NOOP

BOX = 20
FIELD = 28


@dataclass(frozen=True)
class DigitStages:
    """Every stage of one drawn digit; all but ``raw`` are None when there is no ink."""

    raw: np.ndarray
    cropped: np.ndarray | None = None
    box20: np.ndarray | None = None
    centred: np.ndarray | None = None
    lenet_input: np.ndarray | None = None
    bbox: tuple[int, int, int, int] | None = None   # top, left, bottom, right (exclusive)
    offset: tuple[int, int] | None = None           # where the scaled image sits in 28x28

    @property
    def empty(self) -> bool:
        return self.centred is None


def rasterize(strokes, pen_width: float, size: tuple[int, int]) -> np.ndarray:
    """Ink coverage (H, W) in [0, 1] of round-pen strokes, anti-aliased.

    Parameters
    ----------
    strokes : list of strokes, each a sequence of (x, y) points in canvas pixels
        (x to the right, y down; pixel (r, c) covers [c, c + 1) x [r, r + 1)).
    pen_width : diameter of the pen in canvas pixels.
    size : (H, W) of the canvas.
    """
    h, w = size
    out = np.zeros((h, w), np.float64)
    for stroke in strokes:
        pts = np.asarray(stroke, np.float64).reshape(-1, 2)
        if len(pts) == 1:
            pts = np.vstack([pts, pts])
        for a, b in zip(pts[:-1], pts[1:]):
            add_segment(out, a, b, pen_width)
    return out


def add_segment(canvas: np.ndarray, a, b, pen_width: float) -> None:
    """Paint the round-capped segment a-b into ``canvas`` in place (max of coverages).

    Coverage of a pixel is ``clip(r + 1/2 - d, 0, 1)`` with ``d`` the distance of its
    centre from the segment and ``r`` half the pen width: a one-pixel linear edge.
    """
    if not (np.isfinite(pen_width) and pen_width > 0):
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "pen width must be a positive number, not {value!r}"), value=pen_width)
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))):
        raise DataError(QT_TRANSLATE_NOOP("Errors", "stroke point {a} or {b} is not finite"),
                        a=a.tolist(), b=b.tolist())
    r = pen_width / 2
    h, w = canvas.shape
    x0, x1 = sorted((a[0], b[0]))
    y0, y1 = sorted((a[1], b[1]))
    c0, c1 = max(int(np.floor(x0 - r - 1)), 0), min(int(np.ceil(x1 + r + 1)), w)
    r0, r1 = max(int(np.floor(y0 - r - 1)), 0), min(int(np.ceil(y1 + r + 1)), h)
    if c0 >= c1 or r0 >= r1:
        return
    py, px = np.mgrid[r0:r1, c0:c1] + 0.5
    d = b - a
    length2 = float(d @ d)
    t = 0.0 if length2 == 0 else np.clip(((px - a[0]) * d[0] + (py - a[1]) * d[1]) / length2,
                                          0.0, 1.0)
    dist = np.hypot(px - (a[0] + t * d[0]), py - (a[1] + t * d[1]))
    cover = np.clip(r + 0.5 - dist, 0.0, 1.0)
    np.maximum(canvas[r0:r1, c0:c1], cover, out=canvas[r0:r1, c0:c1])


def area_weights(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) matrix of area averaging: row i averages input over [i s, (i + 1) s).

    Each weight is the overlap of input pixel j with output pixel i's span, divided by
    the span ``s = n_in / n_out``; every row sums to 1.
    """
    s = n_in / n_out
    lo = np.arange(n_out)[:, None] * s
    j = np.arange(n_in)[None, :]
    overlap = np.clip(np.minimum(lo + s, j + 1) - np.maximum(lo, j), 0.0, None)
    return overlap / s


def resample(image: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """``image`` (H, W) resampled to ``shape`` by area averaging (anti-aliased)."""
    h, w = image.shape
    return area_weights(h, shape[0]) @ image @ area_weights(w, shape[1]).T


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, column) of the centre of mass in pixel indices (pixel ``i`` at ``i``).

    MNIST centred its digits this way: the centre of mass of every one of its 10,000
    test digits, so measured, lies in [13.5, 14.5) on both axes, i.e. rounds to 14.
    """
    total = image.sum()
    rows = (image.sum(1) * np.arange(image.shape[0])).sum() / total
    cols = (image.sum(0) * np.arange(image.shape[1])).sum() / total
    return float(rows), float(cols)


def from_image(raw: np.ndarray) -> DigitStages:
    """The stages of a grey canvas ``raw`` (H, W): ink 1, paper 0, values in [0, 1]."""
    raw = np.asarray(raw, np.float64)
    if raw.ndim != 2 or min(raw.shape) < 1:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "a drawing must be a 2-D grey image, not shape {shape}"), shape=raw.shape)
    if not np.all(np.isfinite(raw)) or raw.min() < 0 or raw.max() > 1:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "a drawing's grey levels must lie in [0, 1] (ink 1); this one has values "
                      "from {low:g} to {high:g}"),
            low=float(np.nanmin(raw)), high=float(np.nanmax(raw)))
    rows, cols = np.flatnonzero(raw.any(1)), np.flatnonzero(raw.any(0))
    if not len(rows):
        return DigitStages(raw=raw)
    bbox = (int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1)
    cropped = raw[bbox[0]:bbox[2], bbox[1]:bbox[3]]
    h, w = cropped.shape
    k = BOX / max(h, w)
    sh, sw = max(1, round(h * k)), max(1, round(w * k))
    scaled = np.clip(resample(cropped, (sh, sw)), 0.0, 1.0)   # rounding can pass 1
    box20 = np.zeros((BOX, BOX))
    box20[(BOX - sh) // 2:(BOX - sh) // 2 + sh, (BOX - sw) // 2:(BOX - sw) // 2 + sw] = scaled
    cy, cx = centre_of_mass(scaled)
    top = int(np.clip(np.floor(FIELD / 2 - cy + 0.5), 0, FIELD - sh))
    left = int(np.clip(np.floor(FIELD / 2 - cx + 0.5), 0, FIELD - sw))
    centred = np.zeros((FIELD, FIELD))
    centred[top:top + sh, left:left + sw] = scaled
    return DigitStages(raw=raw, cropped=cropped, box20=box20, centred=centred,
                       lenet_input=to_lenet_input(centred * 255)[0],
                       bbox=bbox, offset=(top, left))


def from_strokes(strokes, pen_width: float, size: tuple[int, int]) -> DigitStages:
    """The stages of strokes drawn on a canvas of ``size`` (H, W) with a round pen."""
    return from_image(rasterize(strokes, pen_width, size))
