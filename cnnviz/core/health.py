"""Training health: how big the gradients and updates of each layer are, how its
activations and gradients are spread, and how many of its units are saturated or dead.

Measured on a fixed *monitor batch* (the same images every time, forward and backward,
no update), so that a change over the steps is a change of the network, not of the data.
Sizes are normalised per weight so that layers of different sizes compare fairly:

- gradient RMS ``||dE/dW|| / sqrt(count)`` per layer and per output map (row of W);
- update ratio ``||dW_update|| / ||W||`` (the last optimiser step against the weights
  after it) per layer and per output map;
- saturated share: tanh ``|y| > 0.97``, sigmoid ``y < 0.03`` or ``y > 0.97``, out of
  all values of the batch; dead share (ReLU): units that are 0 for every image of the
  batch, out of all units;
- histograms with fixed bins: the activated output y over the activation's range (values
  outside go to the end bins), and ``log10 |dE/dY|`` (dE/dY: gradient with respect to the
  pre-activation) over :data:`GRAD_DECADES`, zeros and tinier values in the lowest bin.

Only blocks with weights are measured (C1, C3, C5, F6, OUT).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from cnnviz.core.batch import BatchRun, to_public
from cnnviz.core.network import Network
from cnnviz.data.mnist import Dataset, to_lenet_input

SATURATION = 0.97
ACT_BINS = 40
#: the activation's range for the histogram; no activation: the raw output (logits)
ACT_RANGES = {"tanh": (-1.0, 1.0), "sigmoid": (0.0, 1.0), "relu": (0.0, 4.0), None: (-10.0, 10.0)}
GRAD_DECADES = (-12.0, 0.0)
GRAD_BINS = 48
#: 32 images measured once a second cost about 2% of training speed (64 images twice a
#: second cost 7-10%, which the window's live training could not spare)
MONITOR_IMAGES = 32
EVERY_S = 1.0


def act_edges(activation: str | None) -> np.ndarray:
    """The ``ACT_BINS + 1`` fixed bin edges of the activation histogram."""
    return np.linspace(*ACT_RANGES[activation], ACT_BINS + 1)


def grad_edges() -> np.ndarray:
    """The ``GRAD_BINS + 1`` fixed bin edges of the ``log10 |dE/dY|`` histogram."""
    return np.linspace(*GRAD_DECADES, GRAD_BINS + 1)


@dataclass(frozen=True)
class LayerHealth:
    """One weighted block at one step. ``None`` (or NaN) where a figure does not apply."""

    name: str
    activation: str | None
    grad_rms: float
    grad_rms_maps: np.ndarray          # (F,)
    update_ratio: float                # NaN when no update was recorded
    update_ratio_maps: np.ndarray      # (F,), NaN when no update was recorded
    saturated: float                   # share; NaN without an activation
    saturated_maps: np.ndarray         # (F,) share per output map; NaN without activation
    act_counts: np.ndarray             # (ACT_BINS,) int64
    grad_counts: np.ndarray            # (GRAD_BINS,) int64


@dataclass(frozen=True)
class HealthRecord:
    """Every weighted block's health at one training step."""

    step: int
    layers: tuple[LayerHealth, ...]

    def layer(self, name: str) -> LayerHealth:
        for lay in self.layers:
            if lay.name == name:
                return lay
        raise KeyError(f"no layer {name!r} in the health record of step {self.step}")


def rms(a: np.ndarray, axis=None) -> np.ndarray:
    """Root mean square ``||a|| / sqrt(count)``, in float64."""
    a = np.asarray(a, dtype=np.float64)
    return np.sqrt(np.mean(a * a, axis=axis))


def grad_rms(dw: np.ndarray, connections: np.ndarray | None) -> tuple[float, np.ndarray]:
    """RMS of a weight gradient, whole and per output map, over the weights that exist:
    with a connection table (LeCun's C3) the pairs it leaves out are no weights at all,
    so they count neither in the sum nor in the number of values."""
    g = _rows(np.asarray(dw, dtype=np.float64))
    sq = (g * g).sum(1)
    if connections is None:
        counts = np.full(g.shape[0], g.shape[1])
    else:
        conn = np.asarray(connections, dtype=bool)
        counts = conn.sum(1) * (g.shape[1] // conn.shape[1])
    per = np.sqrt(sq / np.maximum(counts, 1))
    return float(np.sqrt(sq.sum() / max(counts.sum(), 1))), per


def _rows(w: np.ndarray) -> np.ndarray:
    """Weights as (F, rest): one row per output map or unit."""
    return w.reshape(w.shape[0], -1)


def _norm_ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def update_ratios(update: np.ndarray, w: np.ndarray) -> tuple[float, np.ndarray]:
    """``||dW_update|| / ||W||`` of the whole layer and of each output map (row)."""
    u, v = _rows(update).astype(np.float64), _rows(w).astype(np.float64)
    per = _norm_ratio(np.sqrt((u * u).sum(1)), np.sqrt((v * v).sum(1)))
    whole = _norm_ratio(np.sqrt((u * u).sum()), np.sqrt((v * v).sum()))
    return float(whole), per


def saturation(y: np.ndarray, activation: str | None) -> tuple[float, np.ndarray]:
    """Saturated (tanh, sigmoid) or dead (ReLU) share of the layer and of each map.

    ``y`` is the activated output of the batch in the public layout (N, F, ...).
    """
    if activation is None:
        return float("nan"), np.full(y.shape[1], np.nan)
    per_unit = y.reshape(y.shape[0], y.shape[1], -1)
    if activation == "relu":
        dead = np.all(per_unit == 0, axis=0)            # (F, units per map)
        return float(dead.mean()), dead.mean(axis=1)
    if activation == "tanh":
        sat = np.abs(per_unit) > SATURATION
    else:
        sat = (per_unit < 1 - SATURATION) | (per_unit > SATURATION)
    return float(sat.mean()), sat.mean(axis=(0, 2))


def act_histogram(y: np.ndarray, activation: str | None) -> np.ndarray:
    """Counts of y in the fixed bins; values outside the range count in the end bins."""
    lo, hi = ACT_RANGES[activation]
    # bins and range rather than the edges: NumPy's fast path for equal bins, same counts
    return np.histogram(np.clip(y, lo, hi), bins=ACT_BINS, range=(lo, hi))[0].astype(np.int64)


def grad_histogram(g: np.ndarray) -> np.ndarray:
    """Counts of ``log10 |g|`` in the fixed bins; 0 and tinier values in the lowest bin."""
    lo, hi = GRAD_DECADES
    with np.errstate(divide="ignore"):
        lg = np.log10(np.abs(np.asarray(g, dtype=np.float64)))
    return np.histogram(np.clip(lg, lo, hi), bins=GRAD_BINS, range=(lo, hi))[0].astype(np.int64)


def measure(net: Network, x: np.ndarray, labels: np.ndarray, step: int,
            update: dict[str, np.ndarray] | None = None) -> HealthRecord:
    """Run the monitor batch forward and backward (no update) and measure every block.

    Parameters
    ----------
    net : the network; its parameters and stored gradients are left untouched.
    x, labels : the monitor batch (N, C, H, W) and its (N,) classes.
    step : the training step the record belongs to.
    update : ``<block>.weight`` -> the last update ``W_after - W_before``, or None.
    """
    run = BatchRun(net, x, labels, keep=True)
    run.run_all()
    layers = []
    for i, b in enumerate(net.blocks):
        w = b.layer.params.get("weight")
        if w is None:
            continue
        dw = run.grads(i)["weight"]
        y = np.concatenate([to_public(c.acts[i + 1]) for c in run.chunks], axis=0)
        dz = np.concatenate([c.extras[i].ravel() for c in run.chunks])
        act = b.activation.kind if b.activation else None
        upd = None if update is None else update.get(f"{b.name}.weight")
        ratio, ratio_maps = (update_ratios(upd, w) if upd is not None
                             else (float("nan"), np.full(w.shape[0], np.nan)))
        sat, sat_maps = saturation(y, act)
        g_rms, g_rms_maps = grad_rms(dw, getattr(b.layer, "connections", None))
        layers.append(LayerHealth(
            name=b.name, activation=act, grad_rms=g_rms,
            grad_rms_maps=g_rms_maps, update_ratio=ratio,
            update_ratio_maps=ratio_maps, saturated=sat, saturated_maps=sat_maps,
            act_counts=act_histogram(y, act), grad_counts=grad_histogram(dz)))
    return HealthRecord(int(step), tuple(layers))


def monitor_batch(data: Dataset, n: int = MONITOR_IMAGES, dtype=np.float32):
    """The first ``n`` test images (LeNet-5 input) and their labels: always the same."""
    n = min(n, len(data.test_labels))
    return to_lenet_input(data.test_images[:n], dtype), np.asarray(data.test_labels[:n])


class HealthMonitor:
    """Measures every ``every_s`` seconds of training (or every ``every_steps`` steps).

    Usage around one training batch: ``before = monitor.arm(net)`` (a copy of the
    weights when a measurement is due, else None), train, then
    ``monitor.record(net, step, before)``.
    """

    def __init__(self, x: np.ndarray, labels: np.ndarray, every_s: float | None = EVERY_S,
                 every_steps: int | None = None):
        self.x, self.labels = np.asarray(x), np.asarray(labels)
        self.every_s, self.every_steps = every_s, every_steps
        self._last = -np.inf
        self._count = 0

    def due(self) -> bool:
        if self.every_steps is not None:
            return self._count % self.every_steps == 0
        return time.perf_counter() - self._last >= self.every_s

    def arm(self, net: Network) -> dict[str, np.ndarray] | None:
        """The weights before the batch when a measurement is due after it, else None."""
        if not self.due():
            self._count += 1
            return None
        self._count += 1
        return {k: v.copy() for k, v in net.parameters().items() if k.endswith(".weight")}

    def record(self, net: Network, step: int, before: dict | None) -> HealthRecord | None:
        """Measure after the batch that :meth:`arm` armed; None when it did not."""
        if before is None:
            return None
        self._last = time.perf_counter()
        now = net.parameters()
        update = {k: now[k] - v for k, v in before.items()}
        return measure(net, self.x, self.labels, step, update)
