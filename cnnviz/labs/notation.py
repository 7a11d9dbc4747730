"""Numbers as the labs write them in formulas: short, exact-looking, with the lecture's
1-based subscripts."""

from __future__ import annotations

import math

import numpy as np

MAX_DECIMALS = 4
ROUNDED_DECIMALS = 3


def exact_decimals(a, most: int = MAX_DECIMALS) -> int | None:
    """The fewest decimals (0..``most``) that write every value of ``a`` exactly, or None."""
    a = np.asarray(a, dtype=np.float64)
    for d in range(most + 1):
        if np.array_equal(np.round(a, d), a):
            return d
    return None


def grid_decimals(*arrays) -> int:
    """Decimals for grids of these numbers: the fewest that write them all exactly (a
    1/16 = 0.0625 share needs 4), else :data:`ROUNDED_DECIMALS`."""
    found = [exact_decimals(a) for a in arrays]
    return ROUNDED_DECIMALS if None in found else max(found, default=0)


def number(v: float, digits: int = 4) -> str:
    """A short, exact-looking form of ``v``: ``3``, ``-0.25``, ``1.235e-07``."""
    v = float(v)
    if v == 0:
        return "0"
    if v != v:
        return "NaN"
    if v in (float("inf"), float("-inf")):
        return "∞" if v > 0 else "-∞"
    if v == round(v) and abs(v) < 1e6:
        return str(int(round(v)))
    return f"{v:.{digits}g}"


def shown_exactly(v: float, digits: int = 4) -> bool:
    """Whether :func:`number` writes ``v`` exactly (4 and 0.25 yes, 37/9 as 4.111 no).
    Up to float64 rounding: 0.1·0.2 is 0.020000000000000004, and written 0.02."""
    v = float(v)
    if not math.isfinite(v):   # ∞, -∞ and NaN are written as they are
        return True
    return abs(float(number(v, digits)) - v) <= 1e-12 * max(1.0, abs(v))


def equals(*values, digits: int = 4) -> str:
    """``=`` before a result when every number of the line (``values``) is written
    exactly, else ``≈``: ``/ 9 = 4.111`` claimed an equality the numbers do not hold."""
    flat = [v for a in values for v in np.asarray(a, dtype=np.float64).ravel()]
    return "=" if all(shown_exactly(v, digits) for v in flat) else "≈"


def term(v: float, digits: int = 4) -> str:
    """A number inside a sum: negative ones in parentheses, ``(-2)``."""
    s = number(v, digits)
    return f"({s})" if s.startswith("-") else s


def sub(i: int, j: int) -> str:
    """Lecture subscripts, 1-based: ``sub(0, 1) == '₁₂'``; with an index above 9 a comma
    keeps them apart, ``sub(12, 8) == '₁₃,₉'``."""
    digits = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
    sep = "," if max(i, j) >= 9 else ""
    return f"{i + 1}{sep}{j + 1}".translate(digits)
