"""Evaluating a network on a data set: accuracy, loss, confusion matrix, and each image's
predicted class with its probability."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.core.losses import log_softmax
from cnnviz.core.network import Network
from cnnviz.data.mnist import to_lenet_input

__all__ = ["Evaluation", "evaluate"]


@dataclass(frozen=True)
class Evaluation:
    """``predictions[i]`` is the class predicted for image i, ``confidences[i]`` its
    softmax probability."""

    accuracy: float
    loss: float
    confusion: np.ndarray
    predictions: np.ndarray
    confidences: np.ndarray | None = None


def evaluate(net: Network, images: np.ndarray, labels: np.ndarray, batch: int = 1000) -> Evaluation:
    """Accuracy, mean loss, confusion matrix (rows: true class, columns: predicted)."""
    k = net.blocks[-1].out_shape[0]
    preds = np.empty(len(labels), dtype=np.int64)
    confidences = np.empty(len(labels), dtype=np.float64)
    loss_sum = 0.0
    for i in range(0, len(labels), batch):
        logits = net.predict(to_lenet_input(images[i:i + batch], net.dtype), batch)
        with np.errstate(over="ignore", invalid="ignore"):
            logp = log_softmax(logits)
        lab = labels[i:i + batch]
        loss_sum -= float(logp[np.arange(len(lab)), lab].sum(dtype=np.float64))
        preds[i:i + batch] = logits.argmax(1)
        confidences[i:i + batch] = np.exp(logp.max(1))
    conf = np.zeros((k, k), dtype=np.int64)
    np.add.at(conf, (labels, preds), 1)
    n = max(len(labels), 1)
    return Evaluation(float(np.mean(preds == labels)) if len(labels) else 0.0, loss_sum / n,
                      conf, preds, confidences)
