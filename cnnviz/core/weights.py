"""The weights a snapshot carries, and a private network to run any weights on.

While training runs in its own process the window's network is stale, but the snapshots
it streams carry every layer's kernels and biases. :class:`NetCopy` keeps one network of
the right architecture for the pages that run images of their own (a drawing, the test
set) and loads the current weights into it, so that they never touch the session's
network, which the GUI thread may be stepping.
"""

from __future__ import annotations

import json

import numpy as np

from cnnviz.core.models import build
from cnnviz.core.network import Network
from cnnviz.core.trace import Snapshot


def snapshot_weights(snap: Snapshot) -> dict[str, np.ndarray]:
    """The parameters in ``snap`` keyed like :meth:`Network.state_dict` (``C1.weight``)."""
    out = {}
    for lay in snap.layers:
        for k, v in (("weight", lay.weight), ("bias", lay.bias)):
            if v is not None:
                out[f"{lay.name}.{k}"] = v
    return out


class NetCopy:
    """One network, rebuilt only when the architecture or dtype changes."""

    def __init__(self, threads: int = 1):
        self.threads = threads
        self._net: Network | None = None
        self._key: tuple | None = None

    def load(self, arch: dict, dtype, state: dict[str, np.ndarray]) -> Network:
        """The network of ``arch`` holding ``state``; ``CheckpointError`` if it does not fit."""
        key = (json.dumps(arch, sort_keys=True), np.dtype(dtype).str)
        if self._net is None or key != self._key:
            self.close()
            self._net, self._key = build(arch, dtype=dtype, threads=self.threads), key
        self._net.load_state_dict(state, source="the current weights")
        return self._net

    def close(self) -> None:
        if self._net is not None:
            self._net.close()
        self._net = self._key = None
