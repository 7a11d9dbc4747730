"""Numbers as the labs write them in formulas: short, exact-looking, with the lecture's
1-based subscripts."""

from __future__ import annotations


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
