"""A bounded store of health records, what the health page reads from it, and the records
as JSON and arrays for :mod:`cnnviz.core.wire`.

The store holds at most ``max_records``. When it is full, every second record of the
older half goes: the start of the run stays, at a coarser resolution the older it is, and
the recent steps stay fine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

import numpy as np

from cnnviz.core.health import HealthRecord, LayerHealth

MAX_RECORDS = 1200
_TEXT = ("name", "activation")
_SCALARS = ("grad_rms", "update_ratio", "saturated")
_ARRAYS = tuple(f.name for f in fields(LayerHealth) if f.name not in _TEXT + _SCALARS)
#: fields whose values span decades: the page shows their log10
LOG_FIELDS = ("grad_rms", "grad_rms_maps", "update_ratio", "update_ratio_maps")


@dataclass(frozen=True)
class HeatData:
    """A field over steps for a heat map: ``values[k, j]`` is row k (bin or map) at column
    j, the columns spread evenly from ``first`` to ``last`` step; ``levels`` is the finite
    (min, max) of the values, (0, 1) when there is none; ``steps[j]``, when given, the
    step of the record column j shows (what a readout names)."""

    first: float
    last: float
    values: np.ndarray
    levels: tuple[float, float]
    steps: np.ndarray | None = None


class HealthLog:
    """Health records in step order, never more than ``max_records``."""

    def __init__(self, max_records: int = MAX_RECORDS):
        if max_records < 2:
            raise ValueError(f"a health log needs room for 2 records or more, not {max_records}")
        self.max_records = max_records
        self._records: list[HealthRecord] = []
        # (layer, field) -> one value per record (None: the record lacks the layer), so
        # that the page's many look-ups at every redraw need no walk through the records
        self._columns: dict[tuple[str, str], list] = {}

    def __len__(self) -> int:
        return len(self._records)

    @property
    def records(self) -> tuple[HealthRecord, ...]:
        return tuple(self._records)

    def clear(self) -> None:
        self._records.clear()
        self._columns.clear()

    def add(self, record: HealthRecord) -> None:
        """Append; a record of an earlier step than the last (a reset) starts afresh."""
        if self._records and record.step < self._records[-1].step:
            self.clear()
        n = len(self._records)
        for lay in record.layers:
            for f in fields(LayerHealth):
                if f.name not in _TEXT:
                    self._columns.setdefault((lay.name, f.name), [None] * n).append(
                        getattr(lay, f.name))
        self._records.append(record)
        for column in self._columns.values():
            if len(column) == n:
                column.append(None)
        if len(self._records) > self.max_records:
            half = len(self._records) // 2
            self._records = self._records[:half][::2] + self._records[half:]
            for column in self._columns.values():
                column[:] = column[:half][::2] + column[half:]

    def steps(self) -> np.ndarray:
        return np.array([r.step for r in self._records], dtype=np.int64)

    def layer_names(self) -> list[str]:
        return [lay.name for lay in self._records[-1].layers] if self._records else []

    def _field(self, name: str, field: str, width: int) -> np.ndarray:
        """(records, width) values of one field of one layer; NaN where it is missing."""
        column = self._columns.get((name, field), [None] * len(self._records))
        try:   # the usual case, all alike: one conversion (a None scalar becomes NaN)
            stacked = np.array(column, dtype=np.float64)
            if stacked.size == len(column) * width:
                return stacked.reshape(len(column), width)
        except (ValueError, TypeError):
            pass
        out = np.full((len(column), width), np.nan)
        for r, v in enumerate(column):
            if v is not None and np.size(v) == width:
                out[r] = np.ravel(v)
        return out

    def series(self, name: str, field: str, log: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """(steps, values) of a per-layer figure (``grad_rms``, ``update_ratio``,
        ``saturated``); with ``log``, log10 of it (NaN where it is not positive)."""
        values = self._field(name, field, 1)[:, 0]
        return self.steps(), _log10(values) if log else values

    def over_steps(self, name: str, field: str, columns: int = 240) -> HeatData | None:
        """A per-bin or per-map field on a regular grid of steps, for a heat map.

        Column j of the (K, columns) values holds the newest record at or before step
        ``first + j (last - first) / (columns - 1)``, where ``first`` is the first
        record's step and ``last`` the newest one's plus the median step between records:
        each record holds until the next, and the newest for as long as records usually
        last (it was a sliver one column wide at the right edge).
        Histograms become shares of the layer's values (counts / total); fields of
        :data:`LOG_FIELDS` become log10. None while there is no record of the layer.
        """
        width = self._width(name, field)
        if width is None:
            return None
        values = self._field(name, field, width)
        if field.endswith("_counts"):
            total = values.sum(axis=1, keepdims=True)
            values = values / np.where(total > 0, total, 1.0)
        elif field in LOG_FIELDS:
            values = _log10(values)
        steps = self.steps()
        first = float(steps[0])
        last = float(steps[-1]) + (float(np.median(np.diff(steps))) if len(steps) > 1 else 0)
        n = 1 if last == first else columns
        grid = np.linspace(first, last, n)
        idx = np.clip(np.searchsorted(steps, grid, side="right") - 1, 0, len(steps) - 1)
        out = np.ascontiguousarray(values[idx].T)
        finite = out[np.isfinite(out)]
        levels = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if levels[1] <= levels[0]:
            levels = (levels[0] - 0.5, levels[0] + 0.5)
        return HeatData(first, last, out, levels, steps[idx])

    def _width(self, name: str, field: str) -> int | None:
        for v in reversed(self._columns.get((name, field), [])):
            if v is not None:
                return int(np.size(v))
        return None


def _log10(values: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(values > 0, np.log10(np.where(values > 0, values, 1.0)), np.nan)


# -- wire ----------------------------------------------------------------------------------
def _number(v) -> float | None:
    return None if v is None or not math.isfinite(v) else float(v)


def records_parts(records) -> tuple[list, dict[str, np.ndarray]]:
    """Health records as a JSON-able list and named arrays (NaN becomes null)."""
    header, arrays = [], {}
    for r, rec in enumerate(records):
        layers = []
        for i, lay in enumerate(rec.layers):
            layers.append({**{k: getattr(lay, k) for k in _TEXT},
                           **{k: _number(getattr(lay, k)) for k in _SCALARS}})
            for k in _ARRAYS:
                arrays[f"{r}.{i}.{k}"] = getattr(lay, k)
        header.append({"step": rec.step, "layers": layers})
    return header, arrays


def records_from_parts(header: list, arrays: dict[str, np.ndarray]) -> list[HealthRecord]:
    """Rebuild what :func:`records_parts` took apart; raises KeyError, TypeError or
    ValueError when something is missing or malformed. The records get read-only copies
    of the arrays: they are kept for the whole run, and arrays decoded from a message are
    views that would keep all of it (a window's frame, some 700 KB) alive."""
    def owned(a: np.ndarray) -> np.ndarray:
        a = np.array(a)
        a.setflags(write=False)
        return a

    out = []
    for r, rec in enumerate(header):
        layers = tuple(
            LayerHealth(**{k: lay[k] for k in _TEXT},
                        **{k: float("nan") if lay[k] is None else float(lay[k])
                           for k in _SCALARS},
                        **{k: owned(arrays[f"{r}.{i}.{k}"]) for k in _ARRAYS})
            for i, lay in enumerate(rec["layers"]))
        out.append(HealthRecord(int(rec["step"]), layers))
    return out
