"""The Draw page's numbers: a drawn digit run through the current weights."""

from __future__ import annotations

from cnnviz.core.network import Network
from cnnviz.core.trace import Snapshot, trace
from cnnviz.data.drawing import DigitStages


def trace_drawing(net: Network, stages: DigitStages, label: int | None = None,
                  step: int = 0) -> Snapshot | None:
    """Forward (and backward) trace of the drawing's LeNet input; None without ink.

    A drawing has no true class, so the backward pass starts from ``label``, by default
    the class the network predicts. ``probe_index`` is -1: not a test image.
    """
    if stages.empty:
        return None
    x = stages.lenet_input.astype(net.dtype)
    if label is None:
        label = int(net.predict(x[None]).argmax(1)[0])
    return trace(net, x, label, step=step, phase="Drawn", probe_index=-1)
