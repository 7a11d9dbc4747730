"""The hyperparameters of a training run, and their checks."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from cnnviz.core.optim import make_optimizer
from cnnviz.errors import ConfigError, word
from cnnviz.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TrainConfig:
    """Hyperparameters of a run; ``validate`` refuses any that are out of range.

    The defaults are the recipe that takes LeNet-5 past 99% MNIST test accuracy in under
    two minutes on two cores: SGD with momentum 0.9, learning rate 0.05 multiplied by 0.8
    after every epoch, batch 64, each training image moved by up to one pixel.
    """

    epochs: int = 10
    batch_size: int = 64
    lr: float = 0.05
    optimizer: str = "sgd"
    momentum: float = 0.9
    weight_decay: float = 0.0
    lr_decay: float = 0.8
    shift: int = 1
    seed: int = 0

    def validate(self) -> "TrainConfig":
        for name in ("epochs", "batch_size"):
            v = getattr(self, name)
            if not isinstance(v, (int, np.integer)) or v < 1:
                what = (QT_TRANSLATE_NOOP("Errors", "epochs") if name == "epochs"
                        else QT_TRANSLATE_NOOP("Errors", "batch size"))
                raise ConfigError(QT_TRANSLATE_NOOP(
                    "Errors", "{name} must be a whole number >= 1, not {value!r}"),
                    name=word(what), value=v)
        if not isinstance(self.seed, (int, np.integer)) or self.seed < 0:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "seed must be a whole number >= 0, not {value!r}"), value=self.seed)
        if not (0 <= self.momentum <= 1):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "momentum must be in [0, 1], not {value!r}"), value=self.momentum)
        if self.shift not in (0, 1, 2):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "shift must be 0, 1 or 2 pixels, not {value!r}"), value=self.shift)
        if not (0 < self.lr_decay <= 1):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "lr decay must be in (0, 1], not {value!r}"), value=self.lr_decay)
        make_optimizer(self.optimizer, {}, lr=self.lr, momentum=self.momentum,
                       weight_decay=self.weight_decay)
        return self

    def to_dict(self) -> dict:
        return asdict(self)
