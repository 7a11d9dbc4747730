"""The timeline: the probe snapshots of a run, kept so that training can be rewound.

Memory stays under a bound in bytes however long training runs. When a new snapshot
would pass it, every second snapshot of the older half goes (again and again if need
be): the whole run stays reachable, the further back the coarser, while the recent steps
stay fine. One snapshot per step is kept: of several at the same step (stepping through
the layers) the most complete one, the newest of equally complete ones.
"""

from __future__ import annotations

import bisect

import numpy as np

from cnnviz.core.trace import Snapshot

MAX_BYTES = 256 * 2 ** 20


def snapshot_nbytes(snap: Snapshot) -> int:
    """Bytes of every array of ``snap`` (image, probabilities, each layer's arrays)."""
    total = snap.image.nbytes
    if snap.probabilities is not None:
        total += snap.probabilities.nbytes
    for lay in snap.layers:
        for v in vars(lay).values():
            if isinstance(v, np.ndarray):
                total += v.nbytes
    return total


def _done(snap: Snapshot) -> int:
    return snap.forward_done + snap.backward_done


class Timeline:
    """Snapshots in step order whose arrays take at most ``max_bytes``."""

    def __init__(self, max_bytes: int = MAX_BYTES):
        if max_bytes <= 0:
            raise ValueError(f"the timeline needs a positive size in bytes, not {max_bytes}")
        self.max_bytes = int(max_bytes)
        self._snaps: list[Snapshot] = []
        self._sizes: list[int] = []
        #: the kept snapshots' steps, in order: the window asks for the nearest one
        #: several times a frame, and gathering them from the snapshots (some hundreds)
        #: each time took 11 us a call
        self._steps: list[int] = []
        self.nbytes = 0

    def __len__(self) -> int:
        return len(self._snaps)

    def __getitem__(self, i: int) -> Snapshot:
        return self._snaps[i]

    @property
    def latest(self) -> Snapshot | None:
        return self._snaps[-1] if self._snaps else None

    def steps(self) -> np.ndarray:
        return np.array(self._steps, dtype=np.int64)

    def clear(self) -> None:
        self._snaps, self._sizes, self._steps, self.nbytes = [], [], [], 0

    def add(self, snap: Snapshot) -> bool:
        """Record ``snap``; False when a more complete one of its step is kept instead.

        A snapshot of an earlier step than the newest (a new run) starts afresh.
        """
        if self._snaps and snap.step < self._snaps[-1].step:
            self.clear()
        if self._snaps and snap.step == self._snaps[-1].step:
            if _done(snap) < _done(self._snaps[-1]):
                return False
            self._drop(len(self._snaps) - 1)
        size = snapshot_nbytes(snap)
        self._snaps.append(snap)
        self._sizes.append(size)
        self._steps.append(snap.step)
        self.nbytes += size
        while self.nbytes > self.max_bytes and len(self._snaps) > 1:
            self._thin()
        return True

    def _drop(self, i: int) -> None:
        self.nbytes -= self._sizes.pop(i)
        del self._snaps[i]
        del self._steps[i]

    def _thin(self) -> None:
        """Drop every second snapshot of the older half (the newest one last of all)."""
        n = len(self._snaps)
        half = max(1, n // 2)
        gone = set(range(1, half, 2)) or {0}
        self._snaps = [s for i, s in enumerate(self._snaps) if i not in gone]
        self._sizes = [s for i, s in enumerate(self._sizes) if i not in gone]
        self._steps = [s for i, s in enumerate(self._steps) if i not in gone]
        self.nbytes = sum(self._sizes)

    def index_at(self, step: int) -> int:
        """Index of the kept snapshot nearest to ``step`` (the earlier one on a tie)."""
        if not self._snaps:
            raise IndexError("the timeline is empty")
        steps = self._steps
        i = bisect.bisect_left(steps, step)
        if i == len(steps):
            return i - 1
        if i > 0 and step - steps[i - 1] <= steps[i] - step:
            return i - 1
        return i

    def at(self, step: int) -> Snapshot:
        """The snapshot recorded at ``step`` if it is kept, else the nearest kept one."""
        return self._snaps[self.index_at(step)]


def kernel_difference(now: Snapshot, then: Snapshot, layer: str) -> np.ndarray:
    """``K(now) - K(then)`` of ``layer``'s weights, in float64 (exact for float32 weights).

    Raises ``KeyError`` when either snapshot lacks the layer or its weights.
    """
    a, b = now.layer(layer).weight, then.layer(layer).weight
    if a is None or b is None:
        raise KeyError(f"{layer} has no weights")
    if a.shape != b.shape:
        raise KeyError(f"{layer}'s weights changed shape ({b.shape} -> {a.shape})")
    return np.subtract(a, b, dtype=np.float64)
