"""A training session: the network, its optimiser, the data order and a probe sample,
advanced one block, one update, one batch or one epoch at a time.

The CLI trains with :meth:`Session.train_epoch`; the GUI steps with
:meth:`Session.step_forward`, :meth:`Session.step_backward` and :meth:`Session.update`.
Both run the same chunks in the same order, so stepping through a batch and training it
in one go give bit-identical weights. Randomness comes from the seed alone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

import numpy as np

from cnnviz.core.config import TrainConfig
from cnnviz.core.evaluation import Evaluation, evaluate
from cnnviz.core.models import build, lenet5
from cnnviz.core.batch import BatchRun
from cnnviz.core.history import History
from cnnviz.core.network import Network
from cnnviz.core.optim import Optimizer, make_optimizer
from cnnviz.core.session_state import (STATE_FORMAT, STATE_VERSION, DrawnProbe, check_drawn,
                                       read_state)
from cnnviz.core import worker_trace
from cnnviz.core.trace import Snapshot, snapshot_of, trace
from cnnviz.data.mnist import Dataset, shifted_lenet_input, to_lenet_input
from cnnviz.errors import ConfigError, Message, TrainingDiverged, word
from cnnviz.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class _Prepared:
    """A batch's input made ahead (:meth:`Session._prepare_next`), with the key it fits."""

    key: tuple
    order: np.ndarray   # held, so that the id in the key cannot be reused
    idx: np.ndarray
    x: np.ndarray
    shift_after: dict | None   # the shift generator's state after drawing its shifts


@dataclass(frozen=True)
class BatchStats:
    """What one training batch did."""

    step: int
    epoch: int
    batch_in_epoch: int
    batches_per_epoch: int
    loss: float
    accuracy: float
    images: int
    seconds: float


class Session:
    """Owns a network, its optimiser, the shuffled data order and the probe sample."""

    def __init__(self, data: Dataset, config: TrainConfig | None = None,
                 arch: dict | None = None, probe_index: int = 0, net: Network | None = None):
        self.data = data
        self.config = (config or TrainConfig()).validate()
        self.net = net if net is not None else (
            build(arch, seed=self.config.seed) if arch else lenet5(seed=self.config.seed))
        self.epoch = 0
        self.opt: Optimizer = self._make_optimizer()
        self._order_rng = np.random.default_rng([self.config.seed, 1])
        self._shift_rng = np.random.default_rng([self.config.seed, 2])
        self.step = 0
        self._order = self._order_rng.permutation(len(data.train_labels))
        self._pos = 0
        self._pending: BatchRun | None = None
        self._probe_run: BatchRun | None = None
        self._pending_size = 0
        #: the next batch's input, made ahead by _prepare_next
        self._next: _Prepared | None = None
        self._peek_rng = np.random.default_rng(0)
        #: the curves of the training before this session, from the checkpoint it was
        #: opened from (for display, and for the checkpoint it saves); empty for a new net
        self.history = History.empty()
        #: a word on where the network came from, for whoever opened it: a checkpoint
        #: that learned other classes than this data has (checkpoint.other_classes)
        self.note: Message | None = None
        self.set_probe(probe_index)

    # -- settings ----------------------------------------------------------------
    def _make_optimizer(self) -> Optimizer:
        c = self.config
        # the rate of the epoch under way: a new optimiser chosen in epoch 4 started at
        # epoch 1's rate, 2x what the window showed and the schedule said
        return make_optimizer(c.optimizer, self.net.parameters(), lr=self.lr_for_epoch(self.epoch),
                              momentum=c.momentum, weight_decay=c.weight_decay)

    def lr_for_epoch(self, epoch: int) -> float:
        return self.config.lr * self.config.lr_decay ** epoch

    def resolved(self, changes: dict) -> dict:
        """``changes`` with a rate for the epoch under way (``lr_now``) turned into the
        run's rate of epoch 1 (``lr``), with this session's epoch."""
        if "lr_now" not in changes:
            return changes
        out = dict(changes)
        out["lr"] = float(out.pop("lr_now")) / self.config.lr_decay ** self.epoch
        return out

    def reconfigure(self, **changes) -> None:
        """Change hyperparameters between batches; a new optimiser starts fresh state.

        ``lr_now`` is a rate for the epoch under way, where ``lr`` is the run's rate of
        epoch 1: it is turned into ``lr`` here, with this session's own epoch, so that a
        rate typed in the window while the training process crossed into the next epoch
        is still the rate the next update uses."""
        new = replace(self.config, **self.resolved(changes)).validate()
        old, self.config = self.config, new
        if new.optimizer != old.optimizer:
            self.opt = self._make_optimizer()
        else:
            settings = {"lr": self.lr_for_epoch(self.epoch), "weight_decay": new.weight_decay}
            if "momentum" in self.opt.hyper():
                settings["momentum"] = new.momentum
            self.opt.set(**settings)

    @property
    def batches_per_epoch(self) -> int:
        return -(-len(self.data.train_labels) // self.config.batch_size)

    # -- probe -------------------------------------------------------------------
    def set_probe(self, index: int) -> None:
        n = len(self.data.test_labels)
        if not 0 <= int(index) < n:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "probe index {index} is outside the test set 0..{last}"),
                index=index, last=n - 1)
        self.probe_index = int(index)
        self.drawn: DrawnProbe | None = None
        self._probe_changed()

    def set_probe_image(self, image: np.ndarray, label: int, tag: int = 0) -> None:
        """Make a drawn image the probe instead of a test image.

        Parameters
        ----------
        image : (H, W) pixels 0..255 (ink high), the size of the test images.
        label : the class the backward pass starts from (a drawing has no true class):
            the loss is -log p(label), so dE/dX shows what would make it more ``label``.
        tag : tells one drawing from the next; snapshots carry it as ``extra["drawn"]``.
        """
        k = self.net.blocks[-1].out_shape[0]
        self.drawn = check_drawn(image, label, tag, self.data.test_images.shape[1:], k)
        self._probe_changed()

    def _probe_changed(self) -> None:
        """In the middle of a stepped pass, run the new probe as far as the batch has gone
        (the weights do not change before the update), so that the next step goes on
        with it; a probe changed there once left stepping without a probe run."""
        self._probe_run = None
        run = self._pending
        if run is None:
            return
        px, plabel = self.probe_input()
        probe = BatchRun(self.net, px[None], np.array([plabel]), keep=True)
        for _ in range(run.forward_done):
            probe.forward_block()
        for _ in range(run.backward_done):
            probe.backward_block()
        self._probe_run = probe

    def probe_view(self, phase: str) -> Snapshot:
        """The probe as the window shows it now: in the middle of a stepped pass, as far
        as the pass has gone (``phase``: the step last done); else traced all through."""
        if self._pending is not None and self._probe_run is not None:
            return self._freeze(self._probe_run, phase)
        return self.probe_snapshot()

    @property
    def probe_key(self) -> tuple[int, int | None]:
        """Which probe snapshots show: (test index, None) or (-1, tag of the drawing)."""
        return (-1, self.drawn.tag) if self.drawn else (self.probe_index, None)

    def probe_input(self) -> tuple[np.ndarray, int]:
        if self.drawn is not None:
            return to_lenet_input(self.drawn.image)[0], self.drawn.label
        i = self.probe_index
        return to_lenet_input(self.data.test_images[i])[0], int(self.data.test_labels[i])

    def probe_snapshot(self) -> Snapshot:
        """Trace the probe forward and backward with the current weights."""
        x, label = self.probe_input()
        return self._marked(trace(self.net, x, label, step=self.step, epoch=self.epoch,
                                  phase="Ready", probe_index=self.probe_key[0]))

    def start_probe_trace(self, header: dict | None = None) -> bool:
        """Have an idle worker process trace the probe with the current weights (what
        :meth:`probe_snapshot` gives), and return at once: ``net.take_traced()`` gives
        the snapshot later, ``worker_trace.take_message(net)`` the same as a message
        with ``header``. False when no worker can: then call probe_snapshot."""
        x, label = self.probe_input()
        extra = {"drawn": self.drawn.tag} if self.drawn else {}
        return worker_trace.start(self.net, x, label, header, step=self.step,
                                  epoch=self.epoch, phase="Ready",
                                  probe_index=self.probe_key[0], extra=extra)

    def _freeze(self, run: BatchRun, phase: str) -> Snapshot:
        return self._marked(snapshot_of(run, step=self.step, epoch=self.epoch, phase=phase,
                                        probe_index=self.probe_key[0]))

    def _marked(self, snap: Snapshot) -> Snapshot:
        return snap if self.drawn is None else replace(snap, extra={"drawn": self.drawn.tag})

    # -- stepping ----------------------------------------------------------------
    @property
    def phase(self) -> str:
        """What the next step does: "Forward C1", ..., "Backward C1", "Update"."""
        run, blocks = self._pending, self.net.blocks
        if run is None:
            return f"Forward {blocks[0].name}"
        if run.forward_done < len(blocks):
            return f"Forward {blocks[run.forward_done].name}"
        if run.backward_done < len(blocks):
            return f"Backward {blocks[len(blocks) - 1 - run.backward_done].name}"
        return "Update"

    def _begin_batch(self, probe: bool = True) -> None:
        if self._pos >= len(self._order):
            self._pos = 0
            self._order = self._order_rng.permutation(len(self.data.train_labels))
        ready, self._next = self._next, None
        if ready is not None and ready.key == self._input_key():
            idx, x = ready.idx, ready.x
            if ready.shift_after is not None:
                self._shift_rng.bit_generator.state = ready.shift_after
        else:
            idx, x = self._inputs(self._shift_rng)
        self._pos += len(idx)
        self._pending = BatchRun(self.net, x, self.data.train_labels[idx])
        if probe:   # stepping shows the probe's run beside the batch's; training does not
            px, plabel = self.probe_input()
            self._probe_run = BatchRun(self.net, px[None], np.array([plabel]), keep=True)
        self._pending_size = len(idx)
        self._t0 = time.perf_counter()

    def _inputs(self, shift_rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        """The next batch's indices and LeNet-5 input, its shifts drawn from ``shift_rng``."""
        idx = self._order[self._pos:self._pos + self.config.batch_size]
        images = self.data.train_images[idx]
        if self.config.shift:
            s = self.config.shift
            shifts = shift_rng.integers(-s, s + 1, size=(len(idx), 2))
            return idx, shifted_lenet_input(images, shifts, self.net.dtype)
        return idx, to_lenet_input(images, self.net.dtype)

    def _input_key(self) -> tuple:
        """All that the next batch's input depends on (the order array by identity)."""
        shift = self.config.shift
        return (id(self._order), self._pos, self.config.batch_size, shift, self.net.dtype,
                self._shift_rng.bit_generator.state if shift else None)

    def _prepare_next(self) -> None:
        """Make the next batch's input now, while this batch's chunks are computed: with
        a worker process this runs in the time this process would wait for the worker's
        last chunk, not between two batches, when the worker has nothing to do. Nothing
        changes until :meth:`_begin_batch` takes it, and only if the order, position,
        settings and shift generator are still those it was made from, so the batches
        are the very same ones either way. Not across a new epoch's shuffle."""
        if self._pos >= len(self._order):
            return
        key, peek, after = self._input_key(), self._shift_rng, None
        if self.config.shift:   # the shifts are drawn from a copy of the generator
            kind = type(self._shift_rng.bit_generator)
            if type(self._peek_rng.bit_generator) is not kind:
                self._peek_rng = np.random.Generator(kind())
            peek = self._peek_rng
            peek.bit_generator.state = key[-1]
        idx, x = self._inputs(peek)
        if self.config.shift:
            after = peek.bit_generator.state
        self._next = _Prepared(key, self._order, idx, x, after)

    def step_forward(self) -> Snapshot:
        """Run the next block's forward pass on the batch and on the probe."""
        if self._pending is None:
            self._begin_batch()
        phase = self.phase
        self._pending.forward_block()
        self._probe_run.forward_block()
        return self._freeze(self._probe_run, phase)

    def step_backward(self) -> Snapshot:
        """Run the next block's backward pass (after the loss) on the batch and the probe."""
        if self._pending is None or self._pending.forward_done < len(self.net.blocks):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "the forward pass is not complete: next is {phase}"),
                phase=phase_message(self.phase))
        phase = self.phase
        self._pending.backward_block()
        self._probe_run.backward_block()
        return self._freeze(self._probe_run, phase)

    def update(self) -> BatchStats:
        """Apply the optimiser to the batch's gradients and move on to the next batch."""
        run = self._pending
        if run is None or run.backward_done < len(self.net.blocks):
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "the backward pass is not complete: next is {phase}"),
                phase=phase_message(self.phase))
        if not np.isfinite(run.loss):
            self._pending = None
            raise TrainingDiverged(QT_TRANSLATE_NOOP(
                "Errors", "the loss became {loss} at step {step} (epoch {epoch}); the weights "
                          "were left as they were: lower the learning rate ({lr})"),
                loss=run.loss, step=self.step + 1, epoch=self.epoch + 1, lr=self.config.lr)
        self.net.store_grads(run)
        backup = self.net.state_dict()
        with np.errstate(over="ignore", invalid="ignore"):
            self.opt.step(self.net.grads())
        params = self.net.parameters()
        finite = params.flat is not None and np.isfinite(params.flat).all()
        bad = [] if finite else [k for k, v in params.items() if not np.isfinite(v).all()]
        if bad:
            self._pending = None
            self.net.load_state_dict(backup)
            raise TrainingDiverged(QT_TRANSLATE_NOOP(
                "Errors", "the update at step {step} (epoch {epoch}) made {param} infinite; "
                          "the weights were left as they were: lower the learning rate ({lr})"),
                step=self.step + 1, epoch=self.epoch + 1, param=bad[0], lr=self.config.lr)
        logits = run.logits()
        acc = float(np.mean(logits.argmax(1) == run.labels))
        self.step += 1
        stats = BatchStats(
            self.step, self.epoch, -(-self._pos // self.config.batch_size),
            self.batches_per_epoch, float(run.loss), acc, run.n,
            time.perf_counter() - self._t0,
        )
        self._pending = None
        if self._pos >= len(self._order):
            self.epoch += 1
            self.opt.set(lr=self.lr_for_epoch(self.epoch))
        return stats

    def train_batch(self, meanwhile=None) -> BatchStats:
        """Finish the batch in flight (or a new one) and update. ``meanwhile()``, if
        given, runs while the batch is computed, with the weights before this batch's
        update (:meth:`BatchRun.run_all`): a probe snapshot then is that of the last step,
        and the worker process takes more of the batch meanwhile."""
        if self._pending is None:
            self._begin_batch(probe=False)

        def alongside() -> None:
            if meanwhile is not None:
                meanwhile()
            self._prepare_next()

        self._pending.run_all(alongside)
        self._probe_run = None
        return self.update()

    def iter_epoch(self):
        """Yield :class:`BatchStats` after each batch until the epoch ends."""
        epoch = self.epoch
        while self.epoch == epoch:
            yield self.train_batch()

    def train_epoch(self) -> list[BatchStats]:
        return list(self.iter_epoch())

    # -- state -------------------------------------------------------------------
    def export_state(self) -> tuple[dict, dict[str, np.ndarray]]:
        """Everything the next batches depend on, as a JSON-able header and array copies.

        A session on the same data that imports it trains on bit for bit as this one
        would. Arrays: ``param/<name>``, ``optim/<name>/<buffer>``, ``order``, and
        ``drawn_probe`` when the probe is a drawing.
        """
        if self._pending is not None:
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "finish the batch in flight first: next is {phase}"),
                phase=phase_message(self.phase))
        opt = self.opt
        header = {
            "format": STATE_FORMAT, "version": STATE_VERSION, "config": self.config.to_dict(),
            "architecture": dict(self.net.config), "dtype": self.net.dtype.name,
            "step": self.step, "epoch": self.epoch, "position": self._pos,
            "train_size": len(self.data.train_labels), "probe_index": self.probe_index,
            "optimizer": {"name": opt.name, "t": opt.t, "hyper": opt.hyper()},
            "order_rng": self._order_rng.bit_generator.state,
            "shift_rng": self._shift_rng.bit_generator.state,
        }
        arrays = {f"param/{k}": v for k, v in self.net.state_dict().items()}
        arrays.update({f"optim/{k}": v.copy() for k, v in opt.state_arrays().items()})
        arrays["order"] = self._order.copy()
        if self.drawn is not None:
            header["drawn_probe"] = {"label": self.drawn.label, "tag": self.drawn.tag}
            arrays["drawn_probe"] = self.drawn.image.copy()
        return header, arrays

    def import_state(self, header: dict, arrays: dict[str, np.ndarray]) -> None:
        """Continue from the output of :meth:`export_state` (of any session on this data).

        A state that does not fit raises a ``CnnvizError`` naming what is wrong and leaves
        the session unchanged.
        """
        parts = read_state(header, arrays, self.data, self.net)
        if parts.net is self.net:
            self.net.load_state_dict(parts.params, source="session state")
        else:
            self.net.close()
        self.net, self.opt, self.config = parts.net, parts.opt, parts.config
        self._order_rng, self._shift_rng = parts.order_rng, parts.shift_rng
        self._order, self._pos = parts.order, parts.position
        self.step, self.epoch, self.probe_index = parts.step, parts.epoch, parts.probe_index
        self.drawn = parts.drawn
        self._pending = self._probe_run = None

    # -- evaluation --------------------------------------------------------------
    def evaluate(self, split: str = "test", limit: int | None = None) -> Evaluation:
        images = self.data.test_images if split == "test" else self.data.train_images
        labels = self.data.test_labels if split == "test" else self.data.train_labels
        return evaluate(self.net, images[:limit], labels[:limit])


def phase_message(phase: str) -> Message:
    """A :attr:`Session.phase` ("Forward C1", "Backward F6", "Update") as a message."""
    step, _, layer = phase.partition(" ")
    if step == "Forward":
        return Message(QT_TRANSLATE_NOOP("Errors", "Forward {layer}"), layer=layer)
    if step == "Backward":
        return Message(QT_TRANSLATE_NOOP("Errors", "Backward {layer}"), layer=layer)
    return word(QT_TRANSLATE_NOOP("Errors", "Update"))
