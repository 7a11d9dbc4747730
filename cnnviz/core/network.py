"""A network as the lecture draws it: a chain of named blocks (C1, S2, ...), each one
layer and an optional activation, run one block at a time or all at once.

A batch in flight is a :class:`BatchRun`. It cuts the batch into chunks of at most
:data:`CHUNK` images (and into two or more once it holds 32), keeps each chunk in the
batch-last layout, and runs the chunks on several threads (NumPy and BLAS release the
GIL) or, for a whole batch at once, partly on worker processes
(:mod:`cnnviz.core.processes`). Gradients are summed over the chunks in a fixed order,
so the result does not depend on the number of threads or processes, and stepping
through a batch block by block gives the very same bits as training it in one go.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from cnnviz.core import processes
from cnnviz.core.layers import Flatten, Layer
from cnnviz.core.losses import softmax_cross_entropy_sum
from cnnviz.errors import CheckpointError, ConfigError

CHUNK = 128
MIN_SPLIT = 32


def chunk_bounds(n: int) -> list[tuple[int, int]]:
    """Cut a batch of n into near-equal chunks: one below ``MIN_SPLIT`` images, else at
    least two and at most ``CHUNK`` images each. Depends on n alone, never on threads."""
    parts = 1 if n < MIN_SPLIT else max(2, -(-n // CHUNK))
    edges = [round(i * n / parts) for i in range(parts + 1)]
    return list(zip(edges[:-1], edges[1:]))


@dataclass
class Block:
    """One box of the lecture's figure: ``z = layer(x)``, ``y = activation(z)``."""

    name: str
    layer: Layer
    activation: Layer | None = None
    flatten: bool = False
    in_shape: tuple[int, ...] = ()
    out_shape: tuple[int, ...] = ()

    def forward(self, x):
        fcache = None
        if self.flatten:
            x, fcache = Flatten().forward(x)
        z, lcache = self.layer.forward(x)
        y, acache = self.activation.forward(z) if self.activation else (z, None)
        return y, (fcache, lcache, acache, x, z)

    def backward(self, dy, cache, need_dx=True):
        """Returns dE/dX, the parameter gradients, and dE/dZ (pre-activation)."""
        fcache, lcache, acache, _, _ = cache
        dz = self.activation.backward(dy, acache)[0] if self.activation else dy
        dx, grads = self.layer.backward(dz, lcache, need_dx)
        if self.flatten and dx is not None:
            dx = dx.reshape(fcache)
        return dx, grads, dz


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
    return np.ascontiguousarray(np.moveaxis(x, 0, -1))


def to_public(x: np.ndarray) -> np.ndarray:
    """Batch-last CHWN (or FN) -> NCHW (or NF), contiguous."""
    return np.ascontiguousarray(np.moveaxis(x, -1, 0))


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
        self.net, self.keep, self.n = net, keep, x.shape[0]
        self.labels = None if labels is None else np.asarray(labels)
        x = x.astype(net.dtype, copy=False)
        self.chunks = [ChunkState(lo, hi, [], x[lo:hi])
                       for lo, hi in chunk_bounds(self.n)]
        self.forward_done = 0
        self.backward_done = 0
        self.loss: float | None = None

    @classmethod
    def of_chunks(cls, net: "Network", chunks: list[ChunkState], labels, n: int) -> "BatchRun":
        """A run over some chunks of an ``n``-image batch (a worker process's share):
        ``labels`` is indexed by the chunks' positions in the whole batch."""
        run = cls.__new__(cls)
        run.net, run.keep, run.n, run.labels, run.chunks = net, False, n, labels, chunks
        run.forward_done = run.backward_done = 0
        run.loss = None
        return run

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

    def run_all(self) -> None:
        """Forward, loss and backward of everything left, one task per chunk (a fresh
        run's later chunks on worker processes, see :mod:`cnnviz.core.processes`)."""

        def task(c: ChunkState) -> None:
            for i in range(self.forward_done, len(self.net.blocks)):
                self._fwd(c, i)
            if self.loss is None:
                self._loss(c)
            for i in range(len(self.net.blocks) - 1 - self.backward_done, -1, -1):
                self._bwd(c, i)

        fresh = self.forward_done == 0 and self.loss is None and not self.keep
        if not (fresh and self.labels is not None
                and processes.run_split(self, True, self.net.quiet(task))):
            self.net.map(task, self.chunks)
        self.loss = sum(c.loss_sum for c in self.chunks) / self.n
        self.forward_done = self.backward_done = len(self.net.blocks)

    def forward_all(self, final: bool = False) -> np.ndarray:
        """Forward through every block left; returns the (N, K) logits. ``final``: no
        backward pass follows, so a fresh run's later chunks may go to worker processes
        (which keep no caches here)."""

        def task(c: ChunkState) -> None:
            for i in range(self.forward_done, len(self.net.blocks)):
                self._fwd(c, i)

        fresh = final and self.forward_done == 0 and not self.keep
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
            for k, g in c.grads[i].items():
                if k in total:
                    total[k] += g
                else:
                    total[k] = g.copy()
        return total

    def set_dlogits(self, dlogits: np.ndarray) -> None:
        """Start the backward pass from a given dE/dlogits (N, K) instead of the loss."""
        dlogits = np.asarray(dlogits, dtype=self.net.dtype)
        for c in self.chunks:
            c.dys[len(self.net.blocks)] = to_internal(dlogits[c.lo:c.hi])
        self.loss = float("nan")

    # -- per chunk ---------------------------------------------------------------
    def _fwd(self, c: ChunkState, i: int) -> None:
        c.input()
        y, cache = self.net.blocks[i].forward(c.acts[-1])
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


class Network:
    """A chain of blocks with PyTorch-compatible parameter names ``<block>.<param>``.

    ``forward(x)`` takes (N, C, H, W) and returns (N, K) logits; ``backward(dlogits)``
    fills the gradients that ``grads()`` returns.
    """

    def __init__(self, blocks: list[Block], input_shape, config=None, dtype=np.float32,
                 threads: int | None = None):
        self.blocks = blocks
        self.input_shape = tuple(input_shape)
        self.config = dict(config or {})
        self.dtype = np.dtype(dtype)
        self.threads = threads if threads is not None else min(2, os.cpu_count() or 1)
        #: run a fresh batch's later chunks on worker processes (see cnnviz.core.processes)
        self.processes = True
        self._pool: ThreadPoolExecutor | None = None
        self._run: BatchRun | None = None

    # -- running -----------------------------------------------------------------
    def map(self, fn, items) -> None:
        """Run ``fn`` on every chunk, on the compute threads when there are several.

        Overflow is not warned about: a diverging run shows up as a non-finite loss,
        which the session reports with advice.
        """
        quiet = self.quiet(fn)
        if self.threads > 1 and len(items) > 1:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="cnnviz")
            for _ in self._pool.map(quiet, items):
                pass
        else:
            for it in items:
                quiet(it)

    @staticmethod
    def quiet(fn):
        """``fn`` with overflow not warned about (see :meth:`map`)."""
        def run(it):
            with np.errstate(over="ignore", invalid="ignore"):
                fn(it)
        return run

    def check_input(self, x: np.ndarray) -> None:
        if x.ndim != 1 + len(self.input_shape) or x.shape[1:] != self.input_shape:
            raise ConfigError(
                ConfigError.QT_TRANSLATE_NOOP(
                    "Errors", "input must have shape (N, {shape}), not {actual}"),
                shape=", ".join(map(str, self.input_shape)), actual=x.shape
            )

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Logits (N, K) for a batch (N, C, H, W); keeps what ``backward`` needs."""
        self._run = BatchRun(self, x)
        return self._run.forward_all()

    def backward(self, dlogits: np.ndarray) -> None:
        """Backpropagate dE/dlogits (N, K) from the last ``forward``; fills ``grads()``."""
        if self._run is None or self._run.forward_done < len(self.blocks):
            raise ConfigError(ConfigError.QT_TRANSLATE_NOOP(
                "Errors", "call forward before backward"))
        self._run.set_dlogits(dlogits)
        while self._run.backward_done < len(self.blocks):
            self._run.backward_block()
        self.store_grads(self._run)

    def store_grads(self, run: BatchRun) -> None:
        for i, b in enumerate(self.blocks):
            b.layer.grads = run.grads(i) if b.layer.params else {}

    def predict(self, x: np.ndarray, batch: int = 1000) -> np.ndarray:
        """Logits (N, K) in batches, keeping nothing."""
        out = [BatchRun(self, x[i:i + batch]).forward_all(final=True)
               for i in range(0, len(x), batch)]
        return np.concatenate(out, axis=0)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    # -- parameters --------------------------------------------------------------
    def parameters(self) -> dict[str, np.ndarray]:
        """The live parameter arrays (not copies), keyed ``<block>.<param>``."""
        return {f"{b.name}.{k}": v for b in self.blocks for k, v in b.layer.params.items()}

    def state_dict(self) -> dict[str, np.ndarray]:
        """Copies of every parameter, keyed ``C1.weight``, ``C1.bias``, ... (PyTorch layouts)."""
        return {k: v.copy() for k, v in self.parameters().items()}

    def grads(self) -> dict[str, np.ndarray]:
        """Gradients with the same keys and shapes as :meth:`state_dict`."""
        out = {}
        for b in self.blocks:
            for k, v in b.layer.params.items():
                out[f"{b.name}.{k}"] = b.layer.grads.get(k, np.zeros_like(v))
        return out

    def load_state_dict(self, state: dict[str, np.ndarray], source: str = "state dict") -> None:
        """Copy parameters in; refuses missing or extra keys, wrong shapes or dtypes."""
        own = self.parameters()
        missing, extra = sorted(set(own) - set(state)), sorted(set(state) - set(own))
        if missing or extra:
            raise CheckpointError(
                CheckpointError.QT_TRANSLATE_NOOP(
                    "Errors", "{source}: keys do not match the network; missing {missing}; "
                    "unexpected {extra}") if missing and extra
                else CheckpointError.QT_TRANSLATE_NOOP(
                    "Errors", "{source}: keys do not match the network; missing {missing}")
                if missing else CheckpointError.QT_TRANSLATE_NOOP(
                    "Errors", "{source}: keys do not match the network; unexpected {extra}"),
                source=source, missing=", ".join(missing), extra=", ".join(extra)
            )
        for k, v in state.items():
            v = np.asarray(v)
            if v.shape != own[k].shape:
                raise CheckpointError(CheckpointError.QT_TRANSLATE_NOOP(
                    "Errors", "{source}: {key} has shape {shape}, expected {expected}"),
                    source=source, key=k, shape=v.shape, expected=own[k].shape)
            if not np.issubdtype(v.dtype, np.floating):
                raise CheckpointError(CheckpointError.QT_TRANSLATE_NOOP(
                    "Errors", "{source}: {key} has dtype {dtype}, expected floating point"),
                    source=source, key=k, dtype=v.dtype)
            if not np.all(np.isfinite(v)):
                raise CheckpointError(CheckpointError.QT_TRANSLATE_NOOP(
                    "Errors", "{source}: {key} holds NaN or infinite values"),
                    source=source, key=k)
        for k, v in state.items():
            own[k][...] = v
        for b in self.blocks:
            conn = getattr(b.layer, "connections", None)
            if conn is not None:
                b.layer.params["weight"] *= conn[:, :, None, None]

    def __repr__(self) -> str:
        rows = [f"{b.name}: {b.layer.describe()} -> {b.out_shape}" for b in self.blocks]
        return "Network(\n  " + "\n  ".join(rows) + "\n)"
