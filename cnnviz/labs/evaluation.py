"""The Evaluation page's numbers: confusion matrix, per-class accuracy, and which test
images sit in each cell, by confidence."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.core.evaluation import Evaluation, evaluate
from cnnviz.core.weights import NetCopy


@dataclass(frozen=True)
class EvalReport:
    """One evaluation of the test set with the weights of ``step``."""

    step: int
    labels: np.ndarray
    result: Evaluation

    @property
    def confusion(self) -> np.ndarray:
        """(K, K) counts; row: true class, column: predicted class."""
        return self.result.confusion

    def per_class(self) -> np.ndarray:
        """Accuracy of each true class (NaN for a class with no test image)."""
        c = self.confusion
        rows = c.sum(1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(rows > 0, np.diag(c) / np.maximum(rows, 1), np.nan)

    def _by_confidence(self, mask: np.ndarray) -> np.ndarray:
        idx = np.flatnonzero(mask)
        return idx[np.argsort(-self.result.confidences[idx], kind="stable")]

    def cell(self, true: int, predicted: int) -> np.ndarray:
        """Test indices of class ``true`` predicted as ``predicted``, most confident first."""
        return self._by_confidence((self.labels == true) & (self.result.predictions == predicted))

    def misclassified(self) -> np.ndarray:
        """Every wrongly predicted test index, most confident mistake first."""
        return self._by_confidence(self.labels != self.result.predictions)


def evaluate_weights(copy: NetCopy, weights: tuple, images: np.ndarray,
                     labels: np.ndarray, threads: int = 1) -> EvalReport:
    """Evaluate ``weights`` = ``(arch, dtype, state, step)`` (``Controller.current_weights``)
    on a private network; safe to run off the GUI thread."""
    arch, dtype, state, step = weights
    net = copy.load(arch, dtype, state)
    net.threads = threads
    return EvalReport(step, np.asarray(labels), evaluate(net, images, labels))
