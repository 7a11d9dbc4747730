"""Optimisers with PyTorch's update rules, so that runs compare step for step.

SGD with momentum ``mu`` and weight decay ``wd``:
    ``g = dE/dw + wd w``;  ``v = mu v + g``;  ``w = w - lr v``.
Adam (Kingma and Ba 2015, L2 weight decay as in ``torch.optim.Adam``):
    ``g = dE/dw + wd w``;  ``m = b1 m + (1 - b1) g``;  ``v = b2 v + (1 - b2) g^2``;
    ``w = w - lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)``.
"""

from __future__ import annotations

import math

import numpy as np

from cnnviz.core.packed import flat_of, spans_of, views
from cnnviz.errors import ConfigError, word
from cnnviz.translatable import QT_TRANSLATE_NOOP


def _check(name: str, value: float, low: float, high: float = math.inf, low_open=False) -> float:
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{name} must be a number, not {value!r}"),
                          name=name, value=value) from None
    bad = not math.isfinite(value) or value > high or (value <= low if low_open else value < low)
    if bad:
        side = ">" if low_open else ">="
        if high < math.inf:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "{name} must be {side} {low} and <= {high}, not {value}"),
                name=name, side=side, low=low, high=high, value=value)
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{name} must be {side} {low}, not {value}"),
                          name=name, side=side, low=low, value=value)
    return value


LEARNING_RATE = word(QT_TRANSLATE_NOOP("Errors", "learning rate"))
WEIGHT_DECAY = word(QT_TRANSLATE_NOOP("Errors", "weight decay"))
MOMENTUM = word(QT_TRANSLATE_NOOP("Errors", "momentum"))


class Optimizer:
    """Updates a dict of parameter arrays in place from a dict of gradients."""

    name = "optimizer"

    def __init__(self, params: dict[str, np.ndarray], lr: float, weight_decay: float = 0.0):
        self.params = params
        self.lr = _check(LEARNING_RATE, lr, 0.0, low_open=True)
        self.weight_decay = _check(WEIGHT_DECAY, weight_decay, 0.0)
        self.t = 0
        self.state: dict[str, dict[str, np.ndarray]] = {k: {} for k in params}
        #: the one array every parameter is a view of (``Network.parameters()`` gives
        #: them so): the update then runs on it in one go, with flat buffers ``flat_state``
        self.flat: np.ndarray | None = getattr(params, "flat", None)
        self.flat_state: dict[str, np.ndarray] = {}
        self._keys = list(params)
        self._spans = spans_of((k, v.shape) for k, v in params.items())

    def set(self, **settings) -> None:
        """Change settings between steps (the GUI does this while training)."""
        for k, v in settings.items():
            if k not in self.hyper():
                raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{optimizer} has no setting {key!r}"),
                                  optimizer=self.name, key=k)
            setattr(self, k, self._validate(k, v))

    def _validate(self, k, v):
        if k == "lr":
            return _check(LEARNING_RATE, v, 0.0, low_open=True)
        return _check(WEIGHT_DECAY if k == "weight_decay" else k.replace("_", " "), v, 0.0)

    def hyper(self) -> dict[str, float]:
        return {"lr": self.lr, "weight_decay": self.weight_decay}

    def _grad(self, p: np.ndarray, g: np.ndarray) -> np.ndarray:
        return g + self.weight_decay * p if self.weight_decay else g

    def step(self, grads: dict[str, np.ndarray]) -> None:
        """One update from ``grads`` (keyed like the parameters). With flat parameters,
        gradients that are not views of one array in their order are packed first (cast
        to the parameters' dtype)."""
        self.t += 1
        if self.flat is not None:
            g = flat_of(grads, self._keys, self.flat.dtype)
            self._update(self.flat_state, self.flat, self._grad(self.flat, g))
            return
        for k, p in self.params.items():
            self._update(self.state[k], p, self._grad(p, grads[k]))

    def _update(self, s: dict[str, np.ndarray], p: np.ndarray, g: np.ndarray) -> None:
        """Update ``p`` in place from ``g``, with its buffers ``s`` (made on first use)."""
        raise NotImplementedError

    def state_arrays(self) -> dict[str, np.ndarray]:
        """Buffers (momentum, moments), keyed ``<param>/<buffer>``, for checkpoints."""
        if self.flat is not None:
            return {f"{k}/{b}": v for b, buf in self.flat_state.items()
                    for k, v in views(buf, self._spans).items()}
        return {f"{k}/{b}": v for k, s in self.state.items() for b, v in s.items()}

    def load_state_arrays(self, arrays: dict[str, np.ndarray], t: int) -> None:
        """Take the buffers of :meth:`state_arrays`. With flat parameters, a buffer given
        for some parameters only is zero for the others (as a new one is, in effect)."""
        parsed = []
        for key, v in arrays.items():
            k, b = key.split("/", 1)
            if k not in self.params or v.shape != self.params[k].shape:
                raise ConfigError(QT_TRANSLATE_NOOP(
                    "Errors", "optimiser state {key} does not fit the network"), key=key)
            parsed.append((k, b, v))
        for k, b, v in parsed:
            if self.flat is None:
                self.state[k][b] = v.astype(self.params[k].dtype)
                continue
            if b not in self.flat_state:
                self.flat_state[b] = np.zeros_like(self.flat)
            views(self.flat_state[b], self._spans)[k][...] = v
        self.t = int(t)


class SGD(Optimizer):
    """Stochastic gradient descent with (heavy-ball) momentum, as ``torch.optim.SGD``."""

    name = "sgd"

    def __init__(self, params, lr=0.01, momentum=0.9, weight_decay=0.0):
        super().__init__(params, lr, weight_decay)
        self.momentum = _check(MOMENTUM, momentum, 0.0, 1.0)

    def hyper(self):
        return {**super().hyper(), "momentum": self.momentum}

    def _validate(self, k, v):
        return _check(MOMENTUM, v, 0.0, 1.0) if k == "momentum" else super()._validate(k, v)

    def _update(self, s, p, g):
        if self.momentum:
            if "velocity" not in s:
                s["velocity"] = g.copy()
            else:
                s["velocity"] *= p.dtype.type(self.momentum)
                s["velocity"] += g
            g = s["velocity"]
        p -= p.dtype.type(self.lr) * g


class Adam(Optimizer):
    """Adam, as ``torch.optim.Adam``."""

    name = "adam"

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0):
        super().__init__(params, lr, weight_decay)
        self.beta1 = _check("beta1", betas[0], 0.0, 1.0)
        self.beta2 = _check("beta2", betas[1], 0.0, 1.0)
        self.eps = _check("eps", eps, 0.0, low_open=True)

    def hyper(self):
        return {**super().hyper(), "beta1": self.beta1, "beta2": self.beta2, "eps": self.eps}

    def _update(self, s, p, g):
        if "m" not in s:
            s["m"], s["v"] = np.zeros_like(p), np.zeros_like(p)
        m, v = s["m"], s["v"]
        m *= self.beta1
        m += (1 - self.beta1) * g
        v *= self.beta2
        v += (1 - self.beta2) * (g * g)
        bc1 = 1 - self.beta1 ** self.t
        bc2 = 1 - self.beta2 ** self.t
        denom = np.sqrt(v) / p.dtype.type(math.sqrt(bc2))
        denom += p.dtype.type(self.eps)
        p -= p.dtype.type(self.lr / bc1) * (m / denom)


OPTIMIZERS = {"sgd": SGD, "adam": Adam}


def make_optimizer(name: str, params, **settings) -> Optimizer:
    """``make_optimizer("adam", net.parameters(), lr=1e-3)``; unknown names are refused."""
    if name not in OPTIMIZERS:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "optimizer {name!r} is not one of {names}"),
                          name=name, names=", ".join(OPTIMIZERS))
    cls = OPTIMIZERS[name]
    if name == "adam":
        settings.pop("momentum", None)
    return cls(params, **settings)
