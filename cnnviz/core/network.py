"""A network as the lecture draws it: a chain of named blocks (C1, S2, ...), each one
layer and an optional activation, run one block at a time or all at once.

A batch in flight is a :class:`cnnviz.core.batch.BatchRun`, which cuts it into chunks
and runs them on threads or worker processes; the network owns the threads.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from cnnviz.core.batch import BatchRun
from cnnviz.core.layers import Flatten, Layer
from cnnviz.core.packed import Packed, Spans, pack, spans_of, views
from cnnviz.errors import CheckpointError, ConfigError


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
        #: share a fresh batch's chunks with worker processes (see cnnviz.core.processes)
        self.processes = True
        self._pool: ThreadPoolExecutor | None = None
        self._run: BatchRun | None = None
        #: a probe snapshot traced on a worker, as a message, not yet taken (take_traced)
        self.traced: bytes | None = None
        #: (step, accuracy) points a worker evaluated, not yet taken
        #: (worker_trace.take_evaluations)
        self.evaluated: list[tuple[int, float]] = []
        # every parameter becomes a view of one flat array (cnnviz.core.packed)
        named = {f"{b.name}.{k}": v for b in blocks for k, v in b.layer.params.items()}
        packed = pack(named, self.dtype)
        for b in blocks:
            for k in b.layer.params:
                b.layer.params[k] = packed[f"{b.name}.{k}"]
        self.spans: Spans = spans_of((k, v.shape) for k, v in packed.items())
        self.flat = packed.flat
        #: the gradients of the last backward pass, as views of one flat array
        self._grads: Packed | None = None

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

    def take_traced(self, wait: bool = False):
        """The probe snapshot that :func:`cnnviz.core.worker_trace.start` asked a worker
        process for, once it is back (else None); with ``wait``, waited for."""
        from cnnviz.core import wire, worker_trace

        msg = worker_trace.take_message(self, wait)
        if msg is None:
            return None
        head, arrays = wire.unpack(msg)
        return wire.snapshot_from_parts(head["snapshot"], wire.unnest("snap", arrays))

    def store_grads(self, run: BatchRun) -> None:
        """Give every layer the batch's gradients, summed over its chunks."""
        g = self._grads = run.grad_sum()
        for b in self.blocks:
            b.layer.grads = {k: g[f"{b.name}.{k}"] for k in b.layer.params}

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
    def parameters(self) -> Packed:
        """The live parameter arrays (not copies), keyed ``<block>.<param>``; their
        ``flat`` is the one array they are views of (None if a layer's was replaced)."""
        out = Packed((f"{b.name}.{k}", v) for b in self.blocks for k, v in b.layer.params.items())
        flat = self.flat
        if all(v.base is flat for v in out.values()):
            out.flat = flat
        return out

    def state_dict(self) -> dict[str, np.ndarray]:
        """Copies of every parameter, keyed ``C1.weight``, ``C1.bias``, ... (PyTorch layouts)."""
        params = self.parameters()
        if params.flat is not None:
            return views(params.flat.copy(), self.spans)
        return {k: v.copy() for k, v in params.items()}

    def grads(self) -> Packed:
        """Gradients with the same keys and shapes as :meth:`state_dict` (zero before the
        first backward pass); ``flat`` as for :meth:`parameters`."""
        out = Packed()
        for b in self.blocks:
            for k, v in b.layer.params.items():
                g = b.layer.grads.get(k)
                out[f"{b.name}.{k}"] = np.zeros_like(v) if g is None else g
        g = self._grads
        if g is not None and all(v is g[k] for k, v in out.items()):
            out.flat = g.flat
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
