"""Small matrices typed by a user: read them with clear messages, write them back as text.

A matrix is written one row per line, entries separated by spaces, commas or semicolons
(``1 2 3`` / ``4, 5, 6``). Every error names the matrix, the row and the entry at fault.
"""

from __future__ import annotations

import re

import numpy as np

from cnnviz.errors import ConfigError

_SEPARATORS = re.compile(r"[\s,;]+")


def parse_matrix(text: str, name: str = "matrix", max_shape: tuple[int, int] = (8, 8),
                 shape: tuple[int, int] | None = None) -> np.ndarray:
    """Read ``text`` as a float64 matrix.

    Parameters
    ----------
    text : rows on separate lines, entries split by spaces, commas or semicolons.
    name : what the matrix is called in error messages (``"X"``, ``"dE/dY"``).
    max_shape : the largest (rows, columns) allowed.
    shape : when given, the exact (rows, columns) required.

    Raises
    ------
    ConfigError naming the matrix, the row and the entry when the text is not a matrix.
    """
    rows = []
    for line in text.strip().splitlines():
        line = line.strip().strip("[]")
        if not line:
            continue
        entries = [e for e in _SEPARATORS.split(line) if e]
        row = []
        for j, entry in enumerate(entries, 1):
            try:
                value = float(entry)
            except ValueError:
                raise ConfigError(f"{name}, row {len(rows) + 1}, entry {j}: "
                                  f"{entry!r} is not a number") from None
            if not np.isfinite(value):
                raise ConfigError(f"{name}, row {len(rows) + 1}, entry {j}: "
                                  f"{entry!r} is not a finite number")
            row.append(value)
        rows.append(row)
    if not rows:
        raise ConfigError(f"{name} is empty: type one row per line")
    widths = {len(r) for r in rows}
    if len(widths) != 1:
        raise ConfigError(f"{name}: the rows have different lengths "
                          f"({', '.join(str(len(r)) for r in rows)} entries)")
    a = np.array(rows, dtype=np.float64)
    if shape is not None and a.shape != tuple(shape):
        raise ConfigError(f"{name} must be {shape[0]}x{shape[1]}, not {a.shape[0]}x{a.shape[1]}")
    if a.shape[0] > max_shape[0] or a.shape[1] > max_shape[1]:
        raise ConfigError(f"{name} is {a.shape[0]}x{a.shape[1]}; at most "
                          f"{max_shape[0]}x{max_shape[1]} fits the lab")
    return a


def number(v: float, digits: int = 4) -> str:
    """A short, exact-looking form of ``v``: ``3``, ``-0.25``, ``1.235e-07``."""
    v = float(v)
    if v == 0:
        return "0"
    if v == round(v) and abs(v) < 1e6:
        return str(int(round(v)))
    return f"{v:.{digits}g}"


def format_matrix(a: np.ndarray, digits: int = 4) -> str:
    """The text :func:`parse_matrix` reads back: one row per line."""
    return "\n".join(" ".join(number(v, digits) for v in row) for row in np.asarray(a))


def term(v: float, digits: int = 4) -> str:
    """A number inside a sum: negative ones in parentheses, ``(-2)``."""
    s = number(v, digits)
    return f"({s})" if s.startswith("-") else s


def sub(i: int, j: int) -> str:
    """Lecture subscripts, 1-based: ``sub(0, 1) == '₁₂'``."""
    digits = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
    return f"{i + 1}{j + 1}".translate(digits)
