"""An axis of training steps: ticks at whole steps only, grouped as the counters are."""

from __future__ import annotations

import math

from cnnviz.gui.i18n import grouped
from cnnviz.gui.qt import pg


class StepAxis(pg.AxisItem):
    """An axis of training steps: ticks only at whole steps. With one record, the range
    is a step wide and pyqtgraph ticked it at 9379.6, 9379.8, 9380, 9380.2 ..."""

    def tickValues(self, minVal, maxVal, size):
        levels = [(spacing, values) for spacing, values in super().tickValues(minVal, maxVal, size)
                  if spacing >= 1]
        if levels:
            return levels
        whole = list(range(math.ceil(minVal), math.floor(maxVal) + 1))
        return [(1.0, [float(v) for v in whole[:20]])]

    def tickStrings(self, values, scale, spacing):
        """Grouped as the counters write steps: 9,380 (9 380 in Russian)."""
        return [grouped(round(v * scale)) for v in values]
