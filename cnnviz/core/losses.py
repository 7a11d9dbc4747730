"""Softmax cross-entropy, the mean over the batch."""

from __future__ import annotations

import numpy as np

from cnnviz.errors import ConfigError
from cnnviz.translatable import QT_TRANSLATE_NOOP


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise ``log softmax`` of (N, K) logits, shifted by the row maximum for stability."""
    z = logits - logits.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax of (N, K) logits."""
    return np.exp(log_softmax(logits))


def softmax_cross_entropy_sum(
    logits: np.ndarray, labels: np.ndarray, n_total: int
) -> tuple[float, np.ndarray]:
    """Summed loss of a part of a batch, and its dE/dz for the mean over ``n_total``.

    The network computes the loss chunk by chunk with this, so that every chunk divides
    by the same N and the result does not depend on how the batch was cut.
    """
    logits = np.asarray(logits)
    labels = np.asarray(labels)
    if logits.ndim != 2 or labels.shape != (logits.shape[0],):
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "logits must be (N, K) and labels (N,), got {logits} and {labels}"),
            logits=logits.shape, labels=labels.shape)
    k = logits.shape[1]
    if labels.size and (labels.min() < 0 or labels.max() >= k):
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "labels must lie in 0..{last}, got {low}..{high}"),
                          last=k - 1, low=labels.min(), high=labels.max())
    n = logits.shape[0]
    log_p = log_softmax(logits)
    rows = np.arange(n)
    loss_sum = float(-log_p[rows, labels].sum(dtype=np.float64))
    d = np.exp(log_p)
    d[rows, labels] -= 1
    d /= n_total
    return loss_sum, d.astype(logits.dtype, copy=False)


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """``E = -(1/N) sum_n log softmax(z_n)[y_n]`` and ``dE/dz = (softmax(z) - onehot(y)) / N``.

    Parameters
    ----------
    logits : (N, K) scores z.
    labels : (N,) integer classes in 0..K-1.

    Returns
    -------
    loss : float; dlogits : (N, K), same dtype as ``logits``.
    """
    n = max(np.asarray(logits).shape[0], 1)
    loss_sum, d = softmax_cross_entropy_sum(logits, labels, n)
    return loss_sum / n, d
