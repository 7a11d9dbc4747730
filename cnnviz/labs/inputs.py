"""Where the labs' input matrices come from: typed numbers, a digit of the data set
scaled as LeNet-5 sees it, seeded random integers, or a ``.npy`` file."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from cnnviz.core.npy_sizes import check_npy
from cnnviz.data import to_lenet_input
from cnnviz.errors import ConfigError, DataError, reason, word
from cnnviz.translatable import QT_TRANSLATE_NOOP

MAX_SIDE = 32          # a 32x32 digit is the largest input; bigger would mean thousands of frames


#: the largest typed or loaded number: sums of products of a few dozen such numbers stay
#: finite and readable, and no lab overflows
MAX_ABS = 1e6


def parse_entry(text: str, where: str = word(QT_TRANSLATE_NOOP("Errors", "entry"))) -> float:
    """A typed matrix entry as a finite number; ``ConfigError`` naming it otherwise."""
    try:
        value = float(text.strip().replace("−", "-"))
    except ValueError:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{where}: {text!r} is not a number"),
                          where=where, text=text) from None
    if not np.isfinite(value):
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{where}: {text!r} is not a finite number"),
                          where=where, text=text)
    if abs(value) > MAX_ABS:
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "{where}: {text!r} is larger than the labs take (at most {most:,.0f} "
                      "either way)"), where=where, text=text, most=MAX_ABS)
    return value


def digit(images: np.ndarray, index: int) -> np.ndarray:
    """Test image ``index`` as LeNet-5's 32x32 input (border and scaling of cnnviz.data)."""
    if not 0 <= int(index) < len(images):
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "digit {index} is outside 0..{last}"),
                          index=index, last=len(images) - 1)
    return to_lenet_input(images[int(index)], np.float64)[0, 0]


def random_integers(h: int, w: int, seed: int = 0, low: int = -3, high: int = 3) -> np.ndarray:
    """An (h, w) matrix of whole numbers from ``low`` to ``high``, the same for a seed."""
    check_size(h, w)
    return np.random.default_rng(seed).integers(low, high + 1, size=(h, w)).astype(np.float64)


def check_size(h: int, w: int) -> None:
    if not (1 <= h <= MAX_SIDE and 1 <= w <= MAX_SIDE):
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "an input of {h}x{w} is outside 1x1..{most}x{most}"), h=h, w=w, most=MAX_SIDE)


def load_npy(path: str | Path) -> np.ndarray:
    """A 2-D finite numeric array of at most 32x32 from a ``.npy`` file (no pickles)."""
    path = Path(path)
    if not path.is_file():
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: no such file"), path=path)
    with open(path, "rb") as f:
        if f.read(6) != b"\x93NUMPY":
            raise DataError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: not a readable .npy array (no .npy header)"), path=path)
    try:
        check_npy(path)
        a = np.load(path, allow_pickle=False)
    except DataError as e:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: not a readable .npy array ({reason})"),
                        path=path, reason=reason(e)) from None
    except ValueError as e:
        if "pickle" in str(e).lower():
            raise DataError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: holds Python objects (a pickle); cnnviz reads only plain "
                          "numeric arrays"), path=path) from None
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: not a readable .npy array ({reason})"),
                        path=path, reason=reason(e)) from None
    except OSError as e:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: not a readable .npy array ({reason})"),
                        path=path, reason=reason(e)) from None
    if not isinstance(a, np.ndarray):
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: holds several arrays; save one 2-D array with np.save"), path=path)
    if a.dtype.kind not in "biuf":
        # complex numbers are numbers too: say what is wanted, not what it is not
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: holds {dtype} values; the labs take real numbers"),
            path=path, dtype=a.dtype)
    if a.ndim != 2 or a.size == 0:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: needs a non-empty 2-D array, not shape {shape}"),
            path=path, shape=a.shape)
    if a.shape[0] > MAX_SIDE or a.shape[1] > MAX_SIDE:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: {h}x{w} is larger than {most}x{most}"),
                        path=path, h=a.shape[0], w=a.shape[1], most=MAX_SIDE)
    a = a.astype(np.float64)
    if not np.all(np.isfinite(a)):
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: holds values that are not finite (NaN or infinity)"), path=path)
    if np.abs(a).max() > MAX_ABS:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: holds values beyond ±{most:,.0f} (largest {largest:g}), more than "
                      "the labs take"), path=path, most=MAX_ABS, largest=float(np.abs(a).max()))
    return a


def from_spec(spec: str, test_images=None) -> np.ndarray:
    """``digit:N`` (needs ``test_images``), ``random:HxW`` or a ``.npy`` file name."""
    kind, _, arg = spec.partition(":")
    if kind == "digit" and arg:
        if not arg.isdigit():
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "--input {spec!r}: the digit must be a test image number"), spec=spec)
        return digit(test_images, int(arg))
    if kind == "random" and arg:
        m = re.fullmatch(r"(\d+)x(\d+)", arg.lower())
        if not m:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "--input {spec!r}: write the size as HxW, e.g. random:5x5"), spec=spec)
        return random_integers(int(m[1]), int(m[2]))
    if spec.lower().endswith(".npy"):
        return load_npy(spec)
    raise ConfigError(QT_TRANSLATE_NOOP(
        "Errors", "--input {spec!r} is not digit:N, random:HxW or a FILE.npy"), spec=spec)
