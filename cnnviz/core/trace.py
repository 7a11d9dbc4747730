"""Immutable snapshots of one probe sample's trip through the network.

A :class:`Snapshot` is what every view of cnnviz draws: for each block the input X,
the pre-activation Z (the lecture's Y = K * X + B), the activated output, the kernels and
bias, and, once the backward pass has reached the block, dE/d(output), dE/dY (with
respect to the pre-activation), dE/dK, dE/dB and dE/dX, and the winners of max pooling.
Arrays are copies, in the public layout (C, H, W) or (F,), and read-only, so a snapshot
can cross threads safely.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields

import numpy as np

from cnnviz.core.layers import MaxPool2D
from cnnviz.core.losses import softmax
from cnnviz.core.batch import BatchRun
from cnnviz.core.network import Network


def _frozen(a: np.ndarray | None, shape=None, copy: bool = True) -> np.ndarray | None:
    """A read-only array (a copy unless ``copy`` is False), reshaped to ``shape``."""
    if a is None:
        return None
    out = a.copy() if copy else a.view()
    if shape is not None:
        out = out.reshape(shape)
    out.flags.writeable = False
    return out


def _sample(a: np.ndarray | None, shape, copy: bool = True) -> np.ndarray | None:
    """Sample 0 of a batch-last chunk array, as a read-only (C, H, W) or (F,) array."""
    if a is None:
        return None
    out = a[..., 0].reshape(shape)  # a new view either way
    if copy:
        out = out.copy()
    out.flags.writeable = False
    return out


@dataclass(frozen=True)
class LayerSnapshot:
    """One block for the probe sample. Gradient fields are None until backward reaches it."""

    name: str
    kind: str
    description: str
    activation: str | None
    in_shape: tuple[int, ...]
    out_shape: tuple[int, ...]
    x: np.ndarray
    z: np.ndarray
    y: np.ndarray
    weight: np.ndarray | None = None
    bias: np.ndarray | None = None
    winners: np.ndarray | None = None
    dy: np.ndarray | None = None
    dz: np.ndarray | None = None
    dweight: np.ndarray | None = None
    dbias: np.ndarray | None = None
    dx: np.ndarray | None = None
    pool_window: int | None = None
    pool_stride: int | None = None
    #: a convolution's border mode ("full", "same" or "valid"); None for other layers
    border_mode: str | None = None
    connections: np.ndarray | None = None

    @property
    def has_backward(self) -> bool:
        return self.dz is not None


@dataclass(frozen=True)
class Snapshot:
    """The probe's forward and backward trace, and where training stands."""

    step: int
    epoch: int
    phase: str
    probe_index: int
    label: int
    image: np.ndarray
    layers: tuple[LayerSnapshot, ...]
    probabilities: np.ndarray | None
    loss: float | None
    forward_done: int
    backward_done: int
    extra: dict = field(default_factory=dict)

    @property
    def probe_key(self) -> tuple[int, int | None]:
        """Which probe this is: (test index, None), or (-1, tag) for a drawing (every
        drawing has index -1; its tag tells one from the next). Equals the session's
        ``probe_key`` for the probe it traced."""
        return self.probe_index, self.extra.get("drawn")

    def layer(self, name: str) -> LayerSnapshot:
        for lay in self.layers:
            if lay.name == name:
                return lay
        raise KeyError(f"no layer {name!r}; layers are {', '.join(x.name for x in self.layers)}")


_LAYER_FIELDS = {f.name: None for f in fields(LayerSnapshot)}


def _layer_snapshot(static: dict, back: dict, **arrays) -> LayerSnapshot:
    """A LayerSnapshot of every field given (the rest None), without the frozen
    dataclass's ``__init__``, which set its 21 fields one ``object.__setattr__`` at a
    time: 5 us a layer, a twentieth of a snapshot."""
    lay = object.__new__(LayerSnapshot)
    lay.__dict__.update(_LAYER_FIELDS, **static, **back, **arrays)
    return lay


def _static(b) -> dict:
    """What a block's snapshot says about the block itself, the same in every snapshot:
    made once per block (a tenth of a trace when it was made every time)."""
    cached = getattr(b, "_snapshot_static", None)
    if cached is not None and cached[0] is b.layer:
        return cached[1]
    lay = b.layer
    info = dict(
        name=b.name, kind=lay.kind, description=lay.describe(),
        activation=b.activation.kind if b.activation else None,
        in_shape=b.in_shape, out_shape=b.out_shape,
        pool_window=getattr(lay, "window", None),
        pool_stride=getattr(lay, "stride", None) if "pool" in lay.kind else None,
        border_mode=lay.mode if lay.kind == "conv" else None,
        connections=_frozen(getattr(lay, "connections", None)),
    )
    b._snapshot_static = (lay, info)
    return info


def snapshot_of(run: BatchRun, *, step=0, epoch=0, phase="", probe_index=-1,
                owned: bool = False) -> Snapshot:
    """Freeze sample 0 of a kept ``BatchRun`` (normally a batch of just the probe).

    The parameters are always copied. With ``owned`` the run's own arrays are not: the
    caller promises that the run is dropped unchanged, so read-only views of them are as
    safe as copies and half the cost of a trace is saved.
    """
    net: Network = run.net
    cp = not owned
    c = run.chunks[0]
    layers = []
    nb = len(net.blocks)
    for i, b in enumerate(net.blocks[: run.forward_done]):
        cache = c.caches[i]
        x_in, z = cache[3], cache[4]
        static = _static(b)
        in_shape, out_shape = b.in_shape, b.out_shape
        params = b.layer.params
        back = {}
        if i >= nb - run.backward_done:
            grads = c.grads.get(i, {})
            back = dict(
                dy=_sample(c.dys.get(i + 1), out_shape, cp),
                dz=_sample(c.extras.get(i), out_shape, cp),
                dweight=_frozen(grads.get("weight"), copy=cp),
                dbias=_frozen(grads.get("bias"), copy=cp),
                dx=_sample(c.dys.get(i), in_shape, cp),
            )
        winners = None
        if isinstance(b.layer, MaxPool2D):
            winners = _sample(MaxPool2D.winners(cache[1]), out_shape, cp)
        layers.append(_layer_snapshot(
            static, back,
            x=_sample(x_in, (math.prod(in_shape),) if b.flatten else in_shape, cp),
            z=_sample(z, out_shape, cp),
            y=_sample(c.acts[i + 1], out_shape, cp),
            weight=_frozen(params.get("weight")),
            bias=_frozen(params.get("bias")),
            winners=winners,
        ))
    probs = loss = None
    if run.forward_done == nb:
        probs = _frozen(softmax(run.logits())[0])
    if run.loss is not None and np.isfinite(run.loss):
        loss = float(run.loss)
    label = int(run.labels[0]) if run.labels is not None else -1
    return Snapshot(
        step=step, epoch=epoch, phase=phase, probe_index=probe_index, label=label,
        image=_frozen(c.input()[..., 0], copy=cp), layers=tuple(layers), probabilities=probs,
        loss=loss, forward_done=run.forward_done, backward_done=run.backward_done,
    )


def trace(net: Network, x: np.ndarray, label: int, **info) -> Snapshot:
    """Run one sample (C, H, W) forward and backward on its own loss and freeze it all.

    The network's parameters and gradients are left untouched.
    """
    # a private copy of the input, so that every array of the run is the run's own
    run = BatchRun(net, np.array(x, dtype=net.dtype)[None], np.array([label]), keep=True)
    run.run_all()
    return snapshot_of(run, owned=True, **info)

