"""The curves of a training run: each batch's loss and accuracy, and the test accuracy
measured now and then, by step.

A checkpoint keeps them (arrays ``history/batches`` and ``history/evaluations``), so that
a network opened from one shows how it learned: the bundled pretrained LeNet-5 opens with
its ten epochs of loss and accuracy curves, not with empty plots.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.errors import CheckpointError
from cnnviz.translatable import QT_TRANSLATE_NOOP

#: the columns of each array, in order
BATCH_COLUMNS = ("step", "loss", "accuracy")
EVALUATION_COLUMNS = ("step", "test_accuracy")


def _table(a, ncols: int) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64)
    return a.reshape(len(a), ncols) if a.size == 0 else a


@dataclass(frozen=True)
class History:
    """``batches`` (n, 3): step, loss and train accuracy (a fraction) of each batch;
    ``evaluations`` (m, 2): step and test accuracy of each evaluation."""

    batches: np.ndarray
    evaluations: np.ndarray

    @classmethod
    def empty(cls) -> "History":
        return cls(np.zeros((0, 3)), np.zeros((0, 2)))

    @classmethod
    def of(cls, steps=(), losses=(), accuracies=(), eval_steps=(), test_accuracies=()) -> "History":
        """A history from its columns (each 1-D, the batch columns of one length and the
        evaluation columns of another)."""
        return cls(_table(np.column_stack([np.ravel(steps), np.ravel(losses),
                                           np.ravel(accuracies)]), 3),
                   _table(np.column_stack([np.ravel(eval_steps), np.ravel(test_accuracies)]), 2))

    def __len__(self) -> int:
        return len(self.batches)

    def extended(self, other: "History") -> "History":
        """This history followed by ``other`` (training that went on from it)."""
        return History(np.concatenate([self.batches, other.batches]),
                       np.concatenate([self.evaluations, other.evaluations]))

    def kept_for(self, step: int) -> "History":
        """What a checkpoint of a network at ``step`` keeps: the points up to that step
        (a run that ended without its result left later ones behind) with a finite loss
        (a diverged batch is not part of the curves that made the weights)."""
        b, e = self.batches, self.evaluations
        return History(b[(b[:, 0] <= step) & np.isfinite(b[:, 1])], e[e[:, 0] <= step])

    def arrays(self) -> dict[str, np.ndarray]:
        """The arrays a checkpoint stores, by name (without the ``history/`` prefix)."""
        return {"batches": self.batches, "evaluations": self.evaluations}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], path) -> "History":
        """The history a checkpoint's ``history/`` arrays hold (none: an empty one); a
        ``CheckpointError`` naming the file and the array when one is malformed."""
        if not arrays:
            return cls.empty()
        wanted = {"batches": len(BATCH_COLUMNS), "evaluations": len(EVALUATION_COLUMNS)}
        unknown = sorted(set(arrays) - set(wanted))
        if unknown:
            raise CheckpointError(QT_TRANSLATE_NOOP("Errors", "{path}: unexpected arrays {names}"),
                                  path=path, names=", ".join(f"history/{k}" for k in unknown))
        tables = {}
        for name, ncols in wanted.items():
            a = arrays.get(name, np.zeros((0, ncols)))
            if a.dtype.kind != "f" or a.ndim != 2 or a.shape[1] != ncols:
                raise CheckpointError(QT_TRANSLATE_NOOP(
                    "Errors", "{path}: history/{key} is {dtype} of shape {shape}; expected "
                              "floats of shape (n, {ncols})"),
                    path=path, key=name, dtype=a.dtype, shape=a.shape, ncols=ncols)
            steps = a[:, 0]
            if not np.all(np.isfinite(steps)) or np.any(steps < 0) or np.any(np.diff(steps) < 0):
                raise CheckpointError(QT_TRANSLATE_NOOP(
                    "Errors", "{path}: the steps of history/{key} do not count up from 0"),
                    path=path, key=name)
            values = a[:, 1:]
            if name == "batches":
                fine = np.isfinite(values[:, 0]) & (values[:, 0] >= 0)
                fine &= (values[:, 1] >= 0) & (values[:, 1] <= 1)
            else:
                fine = (values[:, 0] >= 0) & (values[:, 0] <= 1)
            if not np.all(fine):
                row = int(np.argmin(fine))
                raise CheckpointError(QT_TRANSLATE_NOOP(
                    "Errors", "{path}: history/{key} row {row} holds {values}: a loss must be "
                              "finite and at least 0, an accuracy from 0 to 1"),
                    path=path, key=name, row=row, values=a[row].tolist())
            tables[name] = a.astype(np.float64)
        return cls(tables["batches"], tables["evaluations"])
