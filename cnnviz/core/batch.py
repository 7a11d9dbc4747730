"""A batch in flight through a network: :class:`BatchRun`.

It cuts the batch into chunks of at most :data:`CHUNK` images (and into two or more once
it holds 16), keeps each chunk in the batch-last layout, and runs the chunks on several
threads (NumPy and BLAS release the GIL) or, for a whole batch at once, partly on worker
processes (:mod:`cnnviz.core.processes`). Gradients are summed over the chunks in a
fixed order, so the result does not depend on the number of threads or processes, and
stepping through a batch block by block gives the very same bits as training it in one
go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.core import processes
from cnnviz.core.losses import softmax_cross_entropy_sum
from cnnviz.core.packed import Packed, size_of, views
from cnnviz.errors import ConfigError

if TYPE_CHECKING:
    from cnnviz.core.network import Network

#: Chunks of at most 16 images: a chunk's im2col columns for C1 (81 KB an image) then
#: stay within reach of a core's cache, and a batch of 64 is four chunks, which two lanes
#: share out as they go (:func:`cnnviz.core.processes.run_split`): a lane held up by
#: another program then costs the batch one chunk, not half of it. Chunks of 128 trained
#: batch 256 at 29,000-35,000 images/s against 37,600-39,300 with 32 (2-core AMD EPYC);
#: 16 against 32, in interleaved pairs of ``cnnviz bench``, gave 18,900-22,100 against
#: 18,400-21,500 images/s at batch 64 and 19,400-22,600 against 19,500-23,900 at 256:
#: the same within the machine's drift.
CHUNK = 16
#: Batches from 16 images on are cut in two or more, so that both lanes have a chunk:
#: batch 16 as two chunks of 8 trained at 12,400-16,700 images/s against 8,900-11,900 as
#: one, batch 24 at 12,700-18,800 against 8,600-12,500 (three interleaved rounds of
#: ``cnnviz bench``, 2 lanes). Below 16, two chunks gained nothing (batch 8: 8,800-10,800
#: against 9,500-10,100), so a small batch stays whole.
MIN_SPLIT = 16


def chunk_bounds(n: int) -> list[tuple[int, int]]:
    """Cut a batch of n into near-equal chunks: one below ``MIN_SPLIT`` images, else at
    least two and at most ``CHUNK`` images each. Depends on n alone, never on threads."""
    parts = 1 if n < MIN_SPLIT else max(2, -(-n // CHUNK))
    edges = [round(i * n / parts) for i in range(parts + 1)]
    return list(zip(edges[:-1], edges[1:]))


@dataclass
class ChunkState:
    """One chunk of a batch: its activations, caches and gradients, block by block."""

    lo: int
    hi: int
    acts: list[np.ndarray]
    #: the chunk's images as given, (n, C, H, W): ``input()`` turns them batch-last
    source: np.ndarray | None = None
    caches: list[Any] = field(default_factory=list)
    dys: dict[int, np.ndarray] = field(default_factory=dict)
    grads: dict[int, dict[str, np.ndarray]] = field(default_factory=dict)
    #: the gradients as one flat array laid out as the network's parameters, when a
    #: worker process computed them (``grads`` is then filled from it on demand)
    flat_grads: np.ndarray | None = None
    extras: dict[int, np.ndarray] = field(default_factory=dict)
    loss_sum: float = 0.0

    def input(self) -> np.ndarray:
        """The batch-last input (the first of ``acts``), made on first use: a chunk that
        a worker process runs is never turned around here."""
        if not self.acts:
            self.acts.append(to_internal(self.source))
        return self.acts[0]


def to_internal(x: np.ndarray) -> np.ndarray:
    """NCHW (or NF) -> batch-last CHWN (or FN), contiguous."""
    # transpose with the axes spelled out: np.moveaxis's argument checks took 10 us
    return np.ascontiguousarray(x.transpose(tuple(range(1, x.ndim)) + (0,)))


def to_public(x: np.ndarray) -> np.ndarray:
    """Batch-last CHWN (or FN) -> NCHW (or NF), contiguous."""
    return np.ascontiguousarray(x.transpose((x.ndim - 1,) + tuple(range(x.ndim - 1))))


class BatchRun:
    """A batch moving through the network, one block at a time or all at once.

    Parameters
    ----------
    net : the network.
    x : (N, C, H, W) input batch.
    labels : (N,) classes, needed before the backward pass.
    keep : keep every block's input, pre-activation and gradients (for snapshots).
    """

    def __init__(self, net: "Network", x: np.ndarray, labels=None, keep: bool = False):
        x = np.asarray(x)
        net.check_input(x)
        x = x.astype(net.dtype, copy=False)
        chunks = [ChunkState(lo, hi, [], x[lo:hi]) for lo, hi in chunk_bounds(x.shape[0])]
        self._start(net, chunks, labels, x.shape[0], keep)

    @classmethod
    def of_chunks(cls, net: "Network", chunks: list[ChunkState], labels, n: int) -> "BatchRun":
        """A run over some chunks of an ``n``-image batch (a worker process's share):
        ``labels`` is indexed by the chunks' positions in the whole batch."""
        run = cls.__new__(cls)
        run._start(net, chunks, labels, n, keep=False)
        return run

    def _start(self, net: "Network", chunks: list[ChunkState], labels, n: int,
               keep: bool) -> None:
        self.net, self.chunks, self.n, self.keep = net, chunks, n, keep
        self.labels = None if labels is None else np.asarray(labels)
        self.forward_done = 0
        self.backward_done = 0
        self.loss: float | None = None

    # -- one block ---------------------------------------------------------------
    def forward_block(self) -> int:
        """Run the next block forward on every chunk; returns its index."""
        i = self.forward_done
        if i >= len(self.net.blocks):
            raise ConfigError(ConfigError.QT_TRANSLATE_NOOP(
                "Errors", "the forward pass is complete; run the backward pass next"))
        self.net.map(lambda c: self._fwd(c, i), self.chunks)
        self.forward_done += 1
        return i

    def backward_block(self) -> int:
        """Run the next block backward (the loss first, if needed); returns its index."""
        if self.forward_done < len(self.net.blocks):
            raise ConfigError(ConfigError.QT_TRANSLATE_NOOP(
                "Errors", "finish the forward pass before the backward pass"))
        i = len(self.net.blocks) - 1 - self.backward_done
        if i < 0:
            raise ConfigError(ConfigError.QT_TRANSLATE_NOOP(
                "Errors", "the backward pass is complete; update the weights next"))
        if self.loss is None:
            self.net.map(self._loss, self.chunks)
            self.loss = sum(c.loss_sum for c in self.chunks) / self.n
        self.net.map(lambda c: self._bwd(c, i), self.chunks)
        self.backward_done += 1
        return i

    def run_all(self, meanwhile=None) -> None:
        """Forward, loss and backward of everything left, one task per chunk (a fresh
        run's chunks partly on worker processes, see :mod:`cnnviz.core.processes`).

        ``meanwhile()``, if given, runs here once while the chunks are computed (with
        one worker process, before this process takes its chunks or after its last
        one, see :func:`cnnviz.core.processes.run_split`; at the end when there is no
        worker): the weights are still those the batch uses, so a probe traced then is
        the network after the previous batch. It must not change the network.
        """

        def task(c: ChunkState) -> None:
            for i in range(self.forward_done, len(self.net.blocks)):
                self._fwd(c, i)
            if self.loss is None:
                self._loss(c)
            for i in range(len(self.net.blocks) - 1 - self.backward_done, -1, -1):
                self._bwd(c, i)

        fresh = self.forward_done == 0 and self.loss is None and not self.keep
        if not (fresh and self.labels is not None
                and processes.run_split(self, True, self.net.quiet(task), meanwhile)):
            self.net.map(task, self.chunks)
            if meanwhile is not None:
                meanwhile()
        self.loss = sum(c.loss_sum for c in self.chunks) / self.n
        self.forward_done = self.backward_done = len(self.net.blocks)

    def forward_all(self, final: bool = False) -> np.ndarray:
        """Forward through every block left; returns the (N, K) logits. ``final``: no
        backward pass follows, so a fresh run's chunks may go partly to worker processes
        (which keep no caches here), and no block's input or cache is kept here either."""
        lean = final and not self.keep

        def task(c: ChunkState) -> None:
            for i in range(self.forward_done, len(self.net.blocks)):
                self._fwd(c, i, lean)

        fresh = lean and self.forward_done == 0
        if not (fresh and processes.run_split(self, False, self.net.quiet(task))):
            self.net.map(task, self.chunks)
        self.forward_done = len(self.net.blocks)
        return self.logits()

    # -- results -----------------------------------------------------------------
    def logits(self) -> np.ndarray:
        return np.concatenate([to_public(c.acts[-1]) for c in self.chunks], axis=0)

    def grads(self, i: int) -> dict[str, np.ndarray]:
        """Block i's parameter gradients, summed over the chunks in order."""
        total: dict[str, np.ndarray] = {}
        for c in self.chunks:
            for k, g in self._chunk_grads(c)[i].items():
                if k in total:
                    total[k] += g
                else:
                    total[k] = g.copy()
        return total

    def grad_sum(self) -> Packed:
        """Every parameter's gradient, summed over the chunks in order (the same bits as
        :meth:`grads`), as views of one flat array laid out as the network's parameters:
        a worker's chunk adds in one go."""
        spans = self.net.spans
        flat = np.empty(size_of(spans), self.net.dtype)
        out = views(flat, spans)
        names = [(i, k, f"{b.name}.{k}") for i, b in enumerate(self.net.blocks)
                 for k in b.layer.params]
        for n, c in enumerate(self.chunks):
            if c.flat_grads is not None:
                if n:
                    flat += c.flat_grads
                else:
                    flat[...] = c.flat_grads
                continue
            for i, k, key in names:
                if n:
                    out[key] += c.grads[i][k]
                else:
                    out[key][...] = c.grads[i][k]
        return out

    def _chunk_grads(self, c: ChunkState) -> dict[int, dict[str, np.ndarray]]:
        if c.flat_grads is not None and not c.grads:
            named = views(c.flat_grads, self.net.spans)
            c.grads = {i: {k: named[f"{b.name}.{k}"] for k in b.layer.params}
                       for i, b in enumerate(self.net.blocks)}
        return c.grads

    def set_dlogits(self, dlogits: np.ndarray) -> None:
        """Start the backward pass from a given dE/dlogits (N, K) instead of the loss."""
        dlogits = np.asarray(dlogits, dtype=self.net.dtype)
        for c in self.chunks:
            c.dys[len(self.net.blocks)] = to_internal(dlogits[c.lo:c.hi])
        self.loss = float("nan")

    # -- per chunk ---------------------------------------------------------------
    def _fwd(self, c: ChunkState, i: int, lean: bool = False) -> None:
        c.input()
        y, cache = self.net.blocks[i].forward(c.acts[-1])
        if lean:
            # no backward pass follows: the block's input and caches go at once, and
            # the next chunk reuses their memory while it is still in the cache
            c.acts[-1] = y
            return
        c.acts.append(y)
        c.caches.append(cache)

    def _loss(self, c: ChunkState) -> None:
        if self.labels is None:
            raise ConfigError(ConfigError.QT_TRANSLATE_NOOP(
                "Errors", "labels are needed for the loss"))
        logits = to_public(c.acts[-1])
        c.loss_sum, d = softmax_cross_entropy_sum(logits, self.labels[c.lo:c.hi], self.n)
        c.dys[len(self.net.blocks)] = to_internal(d)

    def _bwd(self, c: ChunkState, i: int) -> None:
        need_dx = self.keep or i > 0
        dx, grads, dz = self.net.blocks[i].backward(c.dys[i + 1], c.caches[i], need_dx)
        c.grads[i] = grads
        if dx is not None:
            c.dys[i] = dx
        if self.keep:
            c.extras[i] = dz
        elif i + 1 < len(self.net.blocks):
            del c.dys[i + 1]
            c.caches[i] = None
