"""Checking an exported session state before a session takes it over.

:meth:`Session.export_state` writes a header (settings, counters, optimiser settings, the
two random generators' states) and arrays (parameters, optimiser buffers, the data order).
:func:`read_state` checks all of it against the data set and builds the new optimiser and
generators, so that :meth:`Session.import_state` can swap everything in at once: a state
that does not fit changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.core.models import build
from cnnviz.core.network import Network
from cnnviz.core.optim import Optimizer, make_optimizer
from cnnviz.errors import ConfigError, word
from cnnviz.translatable import QT_TRANSLATE_NOOP

STATE_FORMAT = "cnnviz-session"
STATE_VERSION = 1


@dataclass
class StateParts:
    """A checked state. ``net`` is the session's own network when the architecture is
    unchanged (``params`` still to be loaded into it), else a new one already loaded."""

    config: object
    net: Network
    params: dict[str, np.ndarray]
    opt: Optimizer
    order_rng: np.random.Generator
    shift_rng: np.random.Generator
    order: np.ndarray
    position: int
    step: int
    epoch: int
    probe_index: int
    drawn: "DrawnProbe | None" = None


@dataclass(frozen=True)
class DrawnProbe:
    """A drawn probe: (H, W) pixels 0..255, the class its backward pass starts from, and
    a tag that tells one drawing from the next."""

    image: np.ndarray
    label: int
    tag: int


def check_drawn(image, label, tag, shape: tuple[int, ...], classes: int) -> DrawnProbe:
    """A :class:`DrawnProbe` (read-only copy), or ``ConfigError`` naming what is wrong."""
    image = np.array(image, dtype=np.float64)
    if image.shape != tuple(shape):
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "a drawn probe must be a {size} image, not shape {shape}"),
            size="x".join(map(str, shape)), shape=image.shape)
    if not np.all(np.isfinite(image)) or image.min() < 0 or image.max() > 255:
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "a drawn probe's pixels must lie in 0..255; these go from {low:g} to "
                      "{high:g}"), low=float(np.nanmin(image)), high=float(np.nanmax(image)))
    if not isinstance(label, (int, np.integer)) or not 0 <= label < classes:
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "the class of a drawn probe must be 0..{last}, not {label!r}"),
            last=classes - 1, label=label)
    image.setflags(write=False)
    return DrawnProbe(image, int(label), int(tag))


def _generator(state: dict) -> np.random.Generator:
    bits = np.random.PCG64()
    bits.state = state
    return np.random.Generator(bits)


def read_state(header: dict, arrays: dict[str, np.ndarray], data, net: Network) -> StateParts:
    """Check ``(header, arrays)`` against ``data`` (a Dataset) and the session's ``net``.

    Raises
    ------
    ConfigError
        Another format, another data set size, a malformed or incomplete state.
    CheckpointError
        Parameters that do not fit the architecture.
    """
    # session.py imports this module, so TrainConfig can only be fetched at call time
    from cnnviz.core.session import TrainConfig

    try:
        if header.get("format") != STATE_FORMAT or header.get("version") != STATE_VERSION:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "not a cnnviz session state (format {format!r}, version {version!r})"),
                format=header.get("format"), version=header.get("version"))
        config = TrainConfig(**header["config"]).validate()
        n = len(data.train_labels)
        order = np.array(arrays["order"], dtype=np.int64)
        position = int(header["position"])
        if int(header["train_size"]) != n or order.shape != (n,):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "the session state was made for {made} training images; this data "
                          "set has {n}"), made=header["train_size"], n=n)
        if not 0 <= position <= n or (n and not 0 <= order.min() <= order.max() < n):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "the session state's data order does not fit the data set"))
        probe = int(header["probe_index"])
        if not 0 <= probe < len(data.test_labels):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "probe index {index} is outside the test set 0..{last}"),
                index=probe, last=len(data.test_labels) - 1)
        dtype = np.dtype(header["dtype"])
        if header["architecture"] != net.config or dtype != net.dtype:
            net = build(header["architecture"], config.seed, dtype)
            params = {}
            net.load_state_dict(_under("param", arrays),
                                source=word(QT_TRANSLATE_NOOP("Errors", "session state")))
        else:
            params = _under("param", arrays)
        o = header["optimizer"]
        if o["name"] != config.optimizer:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "optimiser {name!r} does not match the settings' {expected!r}"),
                name=o["name"], expected=config.optimizer)
        opt = make_optimizer(config.optimizer, net.parameters(), lr=config.lr,
                             momentum=config.momentum, weight_decay=config.weight_decay)
        opt.set(**o["hyper"])
        opt.load_state_arrays(_under("optim", arrays), int(o["t"]))
        drawn = header.get("drawn_probe")
        if drawn is not None:
            drawn = check_drawn(arrays["drawn_probe"], drawn["label"], drawn["tag"],
                                data.test_images.shape[1:], net.blocks[-1].out_shape[0])
        return StateParts(config, net, params, opt, _generator(header["order_rng"]),
                          _generator(header["shift_rng"]), order, position,
                          int(header["step"]), int(header["epoch"]), probe, drawn)
    except ConfigError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "the session state is incomplete or malformed ({kind}: {detail})"),
            kind=type(e).__name__, detail=str(e)) from None


def _under(prefix: str, arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    p = f"{prefix}/"
    return {k[len(p):]: v for k, v in arrays.items() if k.startswith(p)}
