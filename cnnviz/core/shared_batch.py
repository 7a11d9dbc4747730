"""The block of shared memory a batch's chunks travel through to worker processes.

One block holds, for one network and a capacity of images: the weights, the chunks'
input images, the labels, and one slot per chunk for its gradients (in the order of
``Network.parameters()``), its logits and its summed loss; per chunk, tags saying which
side took it and that the worker finished it; and a probe slot, an image in
and room for its traced arrays out (:mod:`cnnviz.core.worker_trace`).
:class:`Layout` says where each lies (a JSON-able description both processes build their
:class:`Views` from).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from cnnviz.core.packed import spans_of, views

_ALIGN = 64
#: images the shared block holds at least: training batches up to 1,024 and the 1,000
#: images an evaluation predicts at a time fit without restarting the workers (20 MB for
#: LeNet-5, most of it a slot of gradients for each of its 64 chunks)
MIN_IMAGES = 1024


def _aligned(n: int) -> int:
    return -(-n // _ALIGN) * _ALIGN


@dataclass(frozen=True)
class Layout:
    """Where each array lies in the shared block, for one network and a capacity."""

    dtype: str
    params: tuple[tuple[str, tuple[int, ...]], ...]
    image_shape: tuple[int, ...]
    classes: int
    images: int
    slots: int
    chunk: int
    #: bytes a probe's traced arrays take at most (:func:`probe_bytes`)
    probe: int = 0

    @property
    def itemsize(self) -> int:
        return np.dtype(self.dtype).itemsize

    @property
    def param_count(self) -> int:
        return sum(math.prod(s) for _, s in self.params)

    @property
    def image_size(self) -> int:
        return math.prod(self.image_shape)

    def _slot_bytes(self) -> int:
        return _aligned(self.param_count * self.itemsize) + _aligned(
            self.chunk * self.classes * self.itemsize) + _ALIGN

    def offsets(self) -> dict[str, int]:
        o, out = 0, {}
        for name, size in (("params", self.param_count * self.itemsize),
                           ("x", self.images * self.image_size * self.itemsize),
                           ("labels", self.images * 8),
                           ("probe_x", self.image_size * self.itemsize),
                           ("probe_out", self.probe),
                           ("claims", 4 * (3 * self.slots + 1)),
                           ("started", 8 * self.slots)):
            out[name] = o
            o += _aligned(size)
        out["slots"] = o
        out["end"] = o + self.slots * self._slot_bytes()
        return out

    def to_json(self) -> dict:
        return {"dtype": self.dtype, "params": [[n, list(s)] for n, s in self.params],
                "image_shape": list(self.image_shape), "classes": self.classes,
                "images": self.images, "slots": self.slots, "chunk": self.chunk,
                "probe": self.probe}

    @classmethod
    def from_json(cls, d: dict) -> "Layout":
        return cls(d["dtype"], tuple((n, tuple(s)) for n, s in d["params"]),
                   tuple(d["image_shape"]), d["classes"], d["images"], d["slots"], d["chunk"],
                   d["probe"])


class Views:
    """NumPy views of the shared block under a :class:`Layout`."""

    def __init__(self, buf, layout: Layout):
        off = layout.offsets()
        dt = np.dtype(layout.dtype)
        self.layout = layout
        self.flat_params = np.frombuffer(buf, dt, layout.param_count, off["params"])
        self._spans = spans_of(layout.params)
        self.params = self.split(self.flat_params)
        self.x = np.frombuffer(buf, dt, layout.images * layout.image_size, off["x"])
        self.labels = np.frombuffer(buf, np.int64, layout.images, off["labels"])
        self.slots = []
        slot_bytes = layout._slot_bytes()
        for s in range(layout.slots):
            base = off["slots"] + s * slot_bytes
            grads = np.frombuffer(buf, dt, layout.param_count, base)
            base += _aligned(layout.param_count * layout.itemsize)
            logits = np.frombuffer(buf, dt, layout.chunk * layout.classes, base)
            base += _aligned(layout.chunk * layout.classes * layout.itemsize)
            loss = np.frombuffer(buf, np.float64, 1, base)
            self.slots.append((grads, logits, loss))
        self.probe_x = np.frombuffer(buf, dt, layout.image_size,
                                     off["probe_x"]).reshape(layout.image_shape)
        #: room for a probe's traced arrays
        self.probe_out = memoryview(buf)[off["probe_out"]:off["probe_out"] + layout.probe]
        #: per chunk of a shared batch, the tag of the batch for which the parent (row 0)
        #: and the worker (row 1) took it and the worker finished it (row 2); and the tag
        #: of the batch the parent is on (:func:`cnnviz.core.processes.run_split`)
        tags = np.frombuffer(buf, np.int32, 3 * layout.slots + 1, off["claims"])
        self.claims = tags[:-1].reshape(3, layout.slots)
        self.batch_tag = tags[-1:]
        #: when the worker started each chunk (``time.monotonic()``, one clock for both)
        self.started = np.frombuffer(buf, np.float64, layout.slots, off["started"])

    def put_params(self, net) -> None:
        """Copy the network's weights into the block (the parent, before asking)."""
        params = net.parameters()
        if params.flat is not None:
            self.flat_params[...] = params.flat
            return
        for name, arr in params.items():
            self.params[name][...] = arr

    def get_params(self, net) -> None:
        """Copy the block's weights into the network's own arrays (a worker)."""
        params = net.parameters()
        if params.flat is not None:
            params.flat[...] = self.flat_params
            return
        for name, arr in params.items():
            arr[...] = self.params[name]

    def chunk_x(self, lo: int, hi: int) -> np.ndarray:
        """The input images lo..hi of the batch, (n, C, H, W) as given."""
        size = self.layout.image_size
        return self.x[lo * size:hi * size].reshape((hi - lo,) + self.layout.image_shape)

    def split(self, flat: np.ndarray) -> dict[str, np.ndarray]:
        """Named views of a flat array laid out as the parameters (a slot's gradients)."""
        return views(flat, self._spans)


def probe_bytes(net) -> int:
    """Room for a probe's snapshot as one :mod:`cnnviz.core.wire` message: per block its
    maps x, z, y, dE/dy, dE/dz, dE/dX, the winners of max pooling (int64), its weights
    and their gradients and its connection table; the image, the class probabilities,
    and 64 KiB for the header."""
    item = net.dtype.itemsize
    total = 65536 + math.prod(net.input_shape) * item + net.blocks[-1].out_shape[0] * item
    for b in net.blocks:
        fin, fout = math.prod(b.in_shape), math.prod(b.out_shape)
        total += (2 * fin + 4 * fout) * item + fout * 8
        total += 2 * sum(v.size for v in b.layer.params.values()) * item
        conn = getattr(b.layer, "connections", None)
        total += 0 if conn is None else conn.size
    return _aligned(total)


def layout_for(net, images: int) -> Layout:
    """The layout for ``net`` and batches of up to ``images`` (rounded up to a power of
    two, at least :data:`MIN_IMAGES`, so that a changing batch size seldom outgrows it)."""
    from cnnviz.core.batch import CHUNK, chunk_bounds

    cap = max(MIN_IMAGES, 1 << (max(images, 1) - 1).bit_length())
    classes = net.blocks[-1].out_shape[0]
    params = tuple((k, tuple(v.shape)) for k, v in net.parameters().items())
    return Layout(net.dtype.name, params, tuple(net.input_shape), classes, cap,
                  len(chunk_bounds(cap)), CHUNK, probe_bytes(net))
