"""The settings of each lab page as a plain JSON-able dict, and their checks.

A lab page's ``lab_state()`` returns such a dict and ``restore_lab_state(state)`` reads one
back. Scenes and scenario files store it, and a change of language carries every lab
across the rebuild of the window. :func:`check` reads a dict the way the page will,
before the page changes anything: a value a hand-edited file may hold that the page
cannot show is refused with a :class:`LabStateError` naming the field. A missing key
leaves that setting of the page as it is. Matrices come back as float64 arrays.

Importing this module loads no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.core.borders import FILLS, MODES
from cnnviz.errors import ConfigError, Message
from cnnviz.labs import backprop, kernels
from cnnviz.labs.inputs import MAX_ABS
from cnnviz.labs.pooling import SIZES
from cnnviz.translatable import QT_TRANSLATE_NOOP

#: the convolution lab's choices (its widgets take their ranges from here)
CONV_SOURCES = ("matrix", "digit", "probe")
CONV_TYPED = (12, 12)            # largest matrix typed by hand
CONV_STRIDE = (1, 4)
CONV_DILATION = (1, 3)
CONV_VIEWS = ("sliding", "three")
OPERATIONS = ("correlation", "convolution")
#: the pooling lab's
POOL_SOURCES = ("example4", "example6", "typed", "digit", "probe")
POOL_KINDS = ("max", "avg")
DY_PATTERNS = ("ones", "count", "typed")
POOL_TYPED = (12, 12)
#: the backprop lab's tabs, in order
BACKPROP_TABS = ("matrices", "forward", "dk", "dx", "db", "check")
#: the multi-channel page's layers
MC_LAYERS = ("C1", "C3", "C5")
MAX_POSITION = 10 ** 6           # beyond any lab's count: clamped by the page
MAX_POINTS = 100_000             # of a drawing, all strokes together
MAX_COORD = 10_000.0             # canvas pixels; a stroke may leave the 280x280 canvas


class LabStateError(ConfigError):
    """A lab setting read from a scene or a file that the lab cannot show."""


@dataclass(frozen=True)
class Limits:
    """What the window's data allow: digit numbers ``0..n_test-1``, ``n_classes`` classes."""

    n_test: int = 1
    n_classes: int = 10


class _Reader:
    """Typed, range-checked fields of one lab's dict; errors name ``where.key``."""

    def __init__(self, state, where: str, keys: tuple[str, ...]):
        self.state, self.where, self.out = state, where, {}
        if not isinstance(state, dict):
            raise LabStateError(QT_TRANSLATE_NOOP(
                "Errors", "field {field!r} must be a JSON object, not {kind}"),
                field=where, kind=type(state).__name__)
        for key in state:
            if key not in keys:
                raise self.fail(key, QT_TRANSLATE_NOOP(
                    "Errors", "is not a setting of this lab (settings: {keys})"),
                    keys=", ".join(keys))

    def fail(self, key: str, what: str, **values) -> LabStateError:
        """``what`` (a marked template, filled with ``values``) about field ``key``."""
        return LabStateError(QT_TRANSLATE_NOOP("Errors", "field {field!r} {what}"),
                             field=f"{self.where}.{key}", what=Message(what, **values))

    def choice(self, key: str, choices) -> None:
        if key in self.state:
            v = self.state[key]
            if not isinstance(v, str) or v not in choices:
                raise self.fail(key, QT_TRANSLATE_NOOP(
                    "Errors", "must be one of {choices}, not {value!r}"),
                    choices=", ".join(repr(c) for c in choices), value=v)
            self.out[key] = v

    def integer(self, key: str, lo: int, hi: int) -> None:
        if key in self.state:
            v = self.state[key]
            if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
                raise self.fail(key, QT_TRANSLATE_NOOP(
                    "Errors", "must be a whole number from {lo} to {hi}, not {value!r}"),
                    lo=lo, hi=hi, value=v)
            self.out[key] = v

    def boolean(self, key: str) -> None:
        if key in self.state:
            v = self.state[key]
            if not isinstance(v, bool):
                raise self.fail(key, QT_TRANSLATE_NOOP(
                    "Errors", "must be true or false, not {value!r}"), value=v)
            self.out[key] = v

    def number(self, key: str, lo: float, hi: float) -> None:
        if key in self.state:
            v = self.state[key]
            if not (isinstance(v, (int, float)) and not isinstance(v, bool)
                    and np.isfinite(v) and lo < v <= hi):
                raise self.fail(key, QT_TRANSLATE_NOOP(
                    "Errors", "must be a number above {lo:g} and up to {hi:g}, not {value!r}"),
                    lo=lo, hi=hi, value=v)
            self.out[key] = float(v)

    def matrix(self, key: str, max_shape: tuple[int, int]) -> None:
        if key not in self.state:
            return
        v = self.state[key]
        bad = self.fail(key, QT_TRANSLATE_NOOP(
            "Errors", "must be rows of numbers, at most {rows}x{cols}, each within "
                      "±{limit:,.0f}"), rows=max_shape[0], cols=max_shape[1], limit=MAX_ABS)
        if not isinstance(v, list) or not v or not all(
                isinstance(row, list) and row and len(row) == len(v[0]) and all(
                    isinstance(x, (int, float)) and not isinstance(x, bool) for x in row)
                for row in v):
            raise bad
        a = np.array(v, dtype=np.float64)
        if a.shape[0] > max_shape[0] or a.shape[1] > max_shape[1] \
                or not np.all(np.isfinite(a)) or np.abs(a).max() > MAX_ABS:
            raise bad
        self.out[key] = a


def matrix_json(a) -> list:
    """A matrix as JSON rows of numbers."""
    return np.asarray(a, dtype=np.float64).tolist()


# -- one check per lab page, by its object name ----------------------------------------
def _convolution(r: _Reader, limits: Limits) -> None:
    r.choice("source", CONV_SOURCES)
    r.matrix("matrix", CONV_TYPED)
    r.integer("digit", 0, limits.n_test - 1)
    r.integer("seed", 0, 2 ** 31)
    r.choice("preset", ("", *kernels.PRESETS))
    r.matrix("kernel", (kernels.MAX_KERNEL, kernels.MAX_KERNEL))
    r.choice("operation", OPERATIONS)
    r.choice("mode", MODES)
    r.choice("fill", FILLS)
    r.integer("stride", *CONV_STRIDE)
    r.integer("dilation", *CONV_DILATION)
    r.choice("view", CONV_VIEWS)
    r.integer("position", 0, MAX_POSITION)


def _pooling(r: _Reader, limits: Limits) -> None:
    r.choice("source", POOL_SOURCES)
    r.integer("digit", 0, limits.n_test - 1)
    r.choice("kind", POOL_KINDS)
    r.integer("window", SIZES[0], SIZES[-1])
    r.integer("stride", SIZES[0], SIZES[-1])
    r.choice("dy_pattern", DY_PATTERNS)
    r.matrix("typed_x", POOL_TYPED)
    r.matrix("typed_dy", POOL_TYPED)
    r.integer("position", 0, MAX_POSITION)


def _backprop(r: _Reader, limits: Limits) -> None:
    for key, shape in (("X", backprop.MAX_X), ("K", backprop.MAX_K), ("T", backprop.MAX_X),
                       ("B", backprop.MAX_X)):
        r.matrix(key, shape)
    r.boolean("untied")
    r.choice("tab", BACKPROP_TABS)
    r.choice("check_param", backprop.PARAMS)
    r.integer("check_row", 0, backprop.MAX_X[0] - 1)
    r.integer("check_col", 0, backprop.MAX_X[1] - 1)
    r.number("epsilon", 0.0, 1.0)
    r.integer("position", 0, MAX_POSITION)
    picked = r.out.get("check_param")
    if picked in r.out:
        (h, w), row, col = r.out[picked].shape, r.out.get("check_row", 0), r.out.get("check_col", 0)
        if row >= h or col >= w:
            raise r.fail("check_row", QT_TRANSLATE_NOOP(
                "Errors", "and 'check_col' ({row}, {col}) are outside {param}, which is "
                          "{h}x{w}"), row=row, col=col, param=picked, h=h, w=w)
    backprop_lab(r.out, backprop.BackpropLab(), r.where)


def backprop_lab(s: dict, current: backprop.BackpropLab, where: str) -> backprop.BackpropLab:
    """The lab the checked ``s`` asks for, the ``current`` lab's matrices where ``s`` has
    none; T and B follow the size of Y as on the page. A ``LabStateError`` if X and K do
    not fit together."""
    untied = s.get("untied", current.bias == "untied")
    try:
        return backprop.fitted(s.get("X", current.x), s.get("K", current.k),
                               s.get("T", current.t), s.get("B", current.b),
                               "untied" if untied else "tied")
    except ConfigError as e:
        raise LabStateError(QT_TRANSLATE_NOOP("Errors", "field {field!r}: {reason}"),
                            field=where, reason=e.message) from None


def _multichannel(r: _Reader, limits: Limits) -> None:
    r.choice("layer", MC_LAYERS)
    r.integer("map", 0, 1023)


def _draw(r: _Reader, limits: Limits) -> None:
    r.integer("backward_from", 0, limits.n_classes)
    if "strokes" not in r.state:
        return
    v = r.state["strokes"]
    bad = r.fail("strokes", QT_TRANSLATE_NOOP(
        "Errors", "must be a list of strokes, each a list of [x, y] points within ±{limit:g} "
                  "({points:,} points at most)"), limit=MAX_COORD, points=MAX_POINTS)
    if not isinstance(v, list) or not all(isinstance(s, list) and s for s in v):
        raise bad
    points = [p for s in v for p in s]
    if len(points) > MAX_POINTS or not all(
            isinstance(p, list) and len(p) == 2 and all(
                isinstance(x, (int, float)) and not isinstance(x, bool) for x in p)
            for p in points):
        raise bad
    if points and not (np.all(np.isfinite(points)) and np.abs(points).max() <= MAX_COORD):
        raise bad
    r.out["strokes"] = [[(float(x), float(y)) for x, y in s] for s in v]


def _evaluation(r: _Reader, limits: Limits) -> None:
    if "cell" not in r.state or r.state["cell"] is None:
        r.out.update({"cell": None} if "cell" in r.state else {})
        return
    v, n = r.state["cell"], limits.n_classes
    if not (isinstance(v, list) and len(v) == 2 and all(
            isinstance(i, int) and not isinstance(i, bool) and 0 <= i < n for i in v)):
        raise r.fail("cell", QT_TRANSLATE_NOOP(
            "Errors", "must be null or [true class, predicted class], each from 0 to {last}, "
                      "not {value!r}"), last=n - 1, value=v)
    r.out["cell"] = (v[0], v[1])


CHECKS = {
    # page object name: (keys, check)
    "convolution_lab": (("source", "matrix", "digit", "seed", "preset", "kernel",
                         "operation", "mode", "fill", "stride", "dilation", "view",
                         "position"), _convolution),
    "pooling_lab": (("source", "digit", "kind", "window", "stride", "dy_pattern", "typed_x",
                     "typed_dy", "position"), _pooling),
    "backprop_lab": (("X", "K", "T", "B", "untied", "tab", "check_param", "check_row",
                      "check_col", "epsilon", "position"), _backprop),
    "multichannel_view": (("layer", "map"), _multichannel),
    "draw_page": (("strokes", "backward_from"), _draw),
    "evaluation_page": (("cell",), _evaluation),
}


def check(page: str, state, where: str = "lab", limits: Limits = Limits()) -> dict:
    """``state`` of the lab page named ``page``, checked: the settings it holds, matrices
    as arrays. A ``LabStateError`` names ``where`` and the field at fault."""
    if page not in CHECKS:
        raise LabStateError(QT_TRANSLATE_NOOP(
            "Errors", "field {field!r}: the page {page!r} has no lab settings"),
            field=where, page=page)
    keys, check_fields = CHECKS[page]
    reader = _Reader(state, where, keys)
    check_fields(reader, limits)
    return reader.out
