"""Checkpoints: one ``.npz`` file of arrays plus a JSON header, never pickle.

The header (stored as the UTF-8 bytes of array ``__header__``) records the format, the
architecture, the training settings, where training stood and its metrics. Parameters are
stored as ``param/<block>.<name>`` and optimiser buffers as ``optim/<block>.<name>/<buf>``.
The curves of the training that made the network, when the writer had them, are the
arrays ``history/batches`` and ``history/evaluations`` (:mod:`cnnviz.core.history`).
A checkpoint written by :func:`save_session` also holds the whole session state (the
header's ``state.session`` and the data order ``session/order``), so that training goes
on from it bit for bit as if it had never stopped.
Files are written to a temporary file beside the target, flushed to disk, then renamed
over it, so a crash never leaves a half-written checkpoint.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cnnviz.core.history import History
from cnnviz.core.models import build
from cnnviz.core.network import Network
from cnnviz.core.npy_sizes import check_npz
from cnnviz.data.mnist import BUNDLED_NAME, DIGITS
from cnnviz.errors import (CheckpointError, CnnvizError, ConfigError, DataError, Message,
                           reason, require_folder, word)
from cnnviz.translatable import QT_TRANSLATE_NOOP

FORMAT = "cnnviz-checkpoint"
VERSION = 1


@dataclass
class Checkpoint:
    """What a checkpoint holds."""

    architecture: dict
    params: dict[str, np.ndarray]
    train: dict = field(default_factory=dict)
    state: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)
    optimizer: dict[str, np.ndarray] = field(default_factory=dict)
    session: dict[str, np.ndarray] = field(default_factory=dict)
    history: History = field(default_factory=History.empty)

    def session_state(self) -> tuple[dict, dict[str, np.ndarray]] | None:
        """``(header, arrays)`` for ``Session.import_state``, or None if not recorded."""
        header = self.state.get("session")
        if not isinstance(header, dict) or "order" not in self.session:
            return None
        arrays = {f"param/{k}": v for k, v in self.params.items()}
        arrays.update({f"optim/{k}": v for k, v in self.optimizer.items()})
        arrays.update(self.session)      # the data order, and a drawn probe if any
        return header, arrays

    def build_network(self, path: str | Path = "checkpoint") -> Network:
        """A network of the recorded architecture with the stored weights."""
        dtypes = {v.dtype for v in self.params.values()}
        dtype = dtypes.pop() if len(dtypes) == 1 else np.float32
        try:
            net = build(self.architecture, dtype=dtype)
        except CnnvizError as e:
            raise CheckpointError(QT_TRANSLATE_NOOP("Errors", "{path}: {reason}"),
                                  path=path, reason=reason(e)) from None
        net.load_state_dict(self.params, source=str(path))
        return net


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def save(path: str | Path, net: Network, *, train: dict | None = None, state: dict | None = None,
         metrics: dict | None = None, optimizer: dict[str, np.ndarray] | None = None,
         session: dict[str, np.ndarray] | None = None, history: History | None = None) -> Path:
    """Write ``net`` (and optional settings, progress, optimiser buffers, session
    arrays and training curves) atomically."""
    path = Path(path)
    header = {
        "format": FORMAT, "version": VERSION, "architecture": net.config,
        "train": train or {}, "state": state or {}, "metrics": metrics or {},
    }
    arrays = {"__header__": np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)}
    arrays.update({f"param/{k}": v for k, v in net.state_dict().items()})
    arrays.update({f"optim/{k}": v for k, v in (optimizer or {}).items()})
    arrays.update({f"session/{k}": v for k, v in (session or {}).items()})
    if history is not None and (len(history.batches) or len(history.evaluations)):
        arrays.update({f"history/{k}": v for k, v in history.arrays().items()})
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    require_folder(path, CheckpointError)   # a mistyped folder is not made (nor by animate)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(buf.getvalue())
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())   # mkstemp makes it private; a checkpoint is not
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load(path: str | Path) -> Checkpoint:
    """Read a checkpoint, refusing anything that is not one with a message naming the file."""
    path = Path(path)
    if path.is_dir():
        raise CheckpointError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: a folder, not a checkpoint file"), path=path)
    if not path.is_file():
        raise CheckpointError(QT_TRANSLATE_NOOP("Errors", "{path}: no such checkpoint file"),
                              path=path)
    try:
        with open(path, "rb") as f:
            head = f.read(2)
        # np.load takes anything that is neither .npz nor .npy for a pickle, and says so:
        # a text or image file is simply not a zip archive (a real pickle starts 0x80)
        if head != b"PK" and not head.startswith(b"\x80"):
            raise zipfile.BadZipFile("not a zip archive")
        if head == b"PK":
            try:
                check_npz(path)
            except zipfile.BadZipFile:   # it starts as one: "not a zip file" misled
                raise zipfile.BadZipFile(word(QT_TRANSLATE_NOOP(
                    "Errors", "a zip archive cut short or damaged"))) from None
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, KeyError, RuntimeError,
            MemoryError, DataError) as e:
        raise CheckpointError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: not a readable cnnviz checkpoint ({reason})"),
            path=path, reason=reason(e)) from None
    if "__header__" not in arrays:
        raise CheckpointError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: not a cnnviz checkpoint (no header)"), path=path)
    try:
        header = json.loads(arrays.pop("__header__").astype(np.uint8).tobytes().decode())
    except (ValueError, UnicodeDecodeError) as e:
        raise CheckpointError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: the header is not valid JSON ({reason})"),
            path=path, reason=reason(e)) from None
    if not isinstance(header, dict):
        raise CheckpointError(QT_TRANSLATE_NOOP("Errors", "{path}: the header is not an object"),
                              path=path)
    if header.get("format") != FORMAT:
        raise CheckpointError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: not a cnnviz checkpoint (format {format!r})"),
            path=path, format=header.get("format"))
    if header.get("version") != VERSION:
        raise CheckpointError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: checkpoint version {version!r}; this cnnviz reads version "
                      "{readable}"), path=path, version=header.get("version"), readable=VERSION)
    arch = header.get("architecture")
    if not isinstance(arch, dict):
        raise CheckpointError(QT_TRANSLATE_NOOP("Errors", "{path}: the header has no architecture"),
                              path=path)
    params = {k[6:]: v for k, v in arrays.items() if k.startswith("param/")}
    optim = {k[6:]: v for k, v in arrays.items() if k.startswith("optim/")}
    sess = {k[8:]: v for k, v in arrays.items() if k.startswith("session/")}
    history = History.from_arrays(
        {k[8:]: v for k, v in arrays.items() if k.startswith("history/")}, path)
    unknown = sorted(k for k in arrays
                     if not k.startswith(("param/", "optim/", "session/", "history/")))
    if unknown:
        raise CheckpointError(QT_TRANSLATE_NOOP("Errors", "{path}: unexpected arrays {names}"),
                              path=path, names=", ".join(unknown))
    for k, v in params.items():
        if v.dtype not in (np.float32, np.float64):
            raise CheckpointError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: {key} has dtype {dtype}, expected float32 or float64"),
                path=path, key=k, dtype=v.dtype)
    # each is read with .get() when the network is opened (metrics: which classes it
    # learned); "metrics": null ended in an AttributeError
    parts = {key: header.get(key, {}) for key in ("train", "state", "metrics")}
    for key, part in parts.items():
        if not isinstance(part, dict):
            raise CheckpointError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: the header's {key} is not an object"), path=path, key=key)
    return Checkpoint(arch, params, parts["train"], parts["state"], parts["metrics"], optim,
                      sess, history)


def trained_classes(ckpt: Checkpoint) -> tuple[str, ...] | None:
    """The names of the classes the network learned, as its checkpoint records them;
    the digits for one of the bundled MNIST saved before they were recorded; None when
    not known."""
    classes = ckpt.metrics.get("classes")
    if isinstance(classes, list) and classes and all(isinstance(c, str) for c in classes):
        return tuple(classes)
    if ckpt.metrics.get("data") == BUNDLED_NAME:
        return DIGITS
    return None


def other_classes(ckpt: Checkpoint, path, data) -> Message | None:
    """A note when the network of ``ckpt`` learned other classes than ``data`` has (a
    digit network opened on Fashion-MNIST): its outputs are then read as classes they
    never were, at about chance. None when they agree or are not known."""
    learned = trained_classes(ckpt)
    if learned is None or learned == tuple(data.classes):
        return None
    return Message(QT_TRANSLATE_NOOP(
        "Errors", "{path}: this network learned the classes {learned} of {trained}, but "
                  "the data here, {data}, has the classes {classes}: its outputs are read "
                  "as classes it never learned, so its predictions here mean nothing"),
        path=path, trained=ckpt.metrics.get("data", "?"), learned=_listed(learned),
        data=data.name, classes=_listed(data.classes))


def _listed(classes) -> str:
    """"0, 1, 2, …, 9": the first three and the last."""
    classes = list(classes)
    return ", ".join(classes if len(classes) <= 4 else [*classes[:3], "…", classes[-1]])


def save_session(path: str | Path, session, metrics: dict | None = None,
                 history: History | None = None) -> Path:
    """Write a session's network with everything needed to go on training from it, and
    ``history`` (by default the session's own, :attr:`Session.history`).

    In the middle of a batch (stepping layer by layer) the session state is left out:
    the weights, counters and optimiser buffers are saved as they stand.
    """
    state: dict = {"epoch": session.epoch, "step": session.step}
    extra = None
    try:
        header, arrays = session.export_state()
    except ConfigError:
        pass
    else:
        state["session"] = header
        extra = {k: v for k, v in arrays.items() if not k.startswith(("param/", "optim/"))}
    # what it learned from, so that opening it on other data can say so
    metrics = {"data": session.data.name, "classes": list(session.data.classes),
               **(metrics or {})}
    return save(path, session.net, train=session.config.to_dict(), state=state,
                metrics=metrics, optimizer=session.opt.state_arrays(), session=extra,
                history=(session.history if history is None else history).kept_for(session.step))


def load_network(path: str | Path) -> tuple[Network, Checkpoint]:
    """Read a checkpoint and build its network; every problem is a ``CheckpointError``."""
    ckpt = load(path)
    return ckpt.build_network(path), ckpt


def open_session(path: str | Path, data, config=None, probe_index: int = 0):
    """A training session that goes on from the checkpoint at ``path``.

    Returns ``(session, exact)``. ``exact`` is True when the checkpoint holds a session
    state that fits ``data``: training then continues bit for bit as it would have without
    the stop (its settings come from the checkpoint). Otherwise (an older checkpoint, or
    other data) the session gets the weights, step and epoch, the learning rate of that
    epoch, and the optimiser buffers when they were saved for the same optimiser;
    ``config`` (or the defaults) gives the rest. Every problem with the file is a
    ``CheckpointError`` naming it.
    """
    from cnnviz.core.session import Session

    net, ckpt = load_network(path)
    session = Session(data, config, net=net, probe_index=probe_index)
    session.history = ckpt.history
    session.note = other_classes(ckpt, path, data)
    state = ckpt.session_state()
    if state is not None:
        try:
            session.import_state(*state)
        except CnnvizError:
            state = None
        else:
            session.set_probe(probe_index)
            return session, True
    session.step = int(ckpt.state.get("step", 0))
    session.epoch = int(ckpt.state.get("epoch", 0))
    if ckpt.optimizer and ckpt.train.get("optimizer") == session.opt.name:
        try:
            session.opt.load_state_arrays(ckpt.optimizer, session.step)
        except CnnvizError:
            session.opt = session._make_optimizer()
    # go on where the schedule stood: a trained net hit with the first epoch's rate
    # jumps out of its minimum
    session.opt.set(lr=session.lr_for_epoch(session.epoch))
    return session, False
