"""Messages between the window and its training process: JSON and NumPy, never pickle.

A message is :data:`MAGIC`, the length of the header (4 bytes, little-endian), the header
as UTF-8 JSON, then one ``.npy`` record (``np.save`` with ``allow_pickle=False``) per
dtype, which holds every array of that dtype one after the other. The header's
``"arrays"`` lists each array as ``[name, dtype, shape, offset]`` and ``"blocks"`` the
dtypes in the order of the records. One record per dtype instead of one per array: a
snapshot has some 70 arrays, and parsing 70 ``.npy`` headers took longer than the rest
of decoding. Decoded arrays are read-only, so a decoded snapshot can go to any thread.

Anything that is not such a message (cut short, garbled, pickled, with arrays missing)
raises :class:`WireError`, never a bare exception.
"""

from __future__ import annotations

import io
import json
import math
import struct
from dataclasses import fields

import numpy as np

from cnnviz.core.trace import LayerSnapshot, Snapshot
from cnnviz.errors import CnnvizError
from cnnviz.translatable import QT_TRANSLATE_NOOP

MAGIC = b"CNNVIZ\x02\n"
_LEN = struct.Struct("<I")
_KINDS = "biufc"   # bool, integers, floats, complex: plain bytes, nothing to unpickle
_LAYER_TEXT = ("name", "kind", "description", "activation", "pool_window", "pool_stride")
_LAYER_NEEDED = ("x", "z", "y")
_LAYER_ARRAYS = tuple(f.name for f in fields(LayerSnapshot)
                      if f.name not in _LAYER_TEXT + ("in_shape", "out_shape"))


class WireError(CnnvizError):
    """A message between the window and the training process cannot be read or written."""


def _json_default(obj):
    if isinstance(obj, np.generic):
        return obj.item()
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


def pack(header: dict, arrays: dict[str, np.ndarray] | None = None) -> bytes:
    """One message from a JSON-able ``header`` and named numeric arrays."""
    manifest, blocks = [], {}
    for name, a in (arrays or {}).items():
        a = np.asarray(a)
        if a.dtype.kind not in _KINDS:
            raise WireError(QT_TRANSLATE_NOOP(
                "Errors", "array {name!r} of dtype {dtype} cannot be sent without pickle"),
                name=name, dtype=a.dtype)
        parts = blocks.setdefault(a.dtype.str, [])
        manifest.append([name, a.dtype.str, list(a.shape), sum(p.size for p in parts)])
        parts.append(a.ravel())
    try:
        head = json.dumps({**header, "arrays": manifest, "blocks": list(blocks)},
                          default=_json_default).encode()
    except (TypeError, ValueError) as e:
        raise WireError(QT_TRANSLATE_NOOP("Errors", "message header is not JSON-able: {detail}"),
                        detail=str(e)) from None
    buf = io.BytesIO()
    buf.write(MAGIC + _LEN.pack(len(head)) + head)
    for parts in blocks.values():
        np.save(buf, np.concatenate(parts), allow_pickle=False)
    return buf.getvalue()


def unpack(data: bytes) -> tuple[dict, dict[str, np.ndarray]]:
    """The header and the read-only arrays of a message made by :func:`pack`."""
    n = len(MAGIC) + _LEN.size
    if len(data) < n or data[:len(MAGIC)] != MAGIC:
        raise WireError(QT_TRANSLATE_NOOP(
            "Errors", "not a cnnviz message ({size} bytes starting {start!r})"),
            size=len(data), start=bytes(data[:8]))
    (size,) = _LEN.unpack_from(data, len(MAGIC))
    if n + size > len(data):
        raise WireError(QT_TRANSLATE_NOOP(
            "Errors", "message cut short: header of {size} bytes, {left} left"),
            size=size, left=len(data) - n)
    try:
        header = json.loads(bytes(data[n:n + size]).decode())
        manifest, keys = header.pop("arrays"), header.pop("blocks")
        if not isinstance(manifest, list) or not isinstance(keys, list):
            raise TypeError("the array lists are not lists")
    except (ValueError, UnicodeDecodeError, KeyError, TypeError, AttributeError) as e:
        raise WireError(QT_TRANSLATE_NOOP(
            "Errors", "message header is not a valid JSON object ({detail})"),
            detail=str(e)) from None
    f = io.BytesIO(data)
    f.seek(n + size)
    blocks = {}
    for key in keys:
        try:
            block = np.load(f, allow_pickle=False)
        except (ValueError, OSError, EOFError) as e:
            raise WireError(QT_TRANSLATE_NOOP(
                "Errors", "block {key!r} of the message is unreadable ({detail})"),
                key=key, detail=str(e)) from None
        if not isinstance(block, np.ndarray) or block.ndim != 1 or block.dtype.str != key:
            raise WireError(QT_TRANSLATE_NOOP(
                "Errors", "block {key!r} of the message is not a 1-D {dtype} .npy record"),
                key=key, dtype=key)
        block.setflags(write=False)
        blocks[key] = block
    if f.tell() != len(data):
        raise WireError(QT_TRANSLATE_NOOP(
            "Errors", "{count} stray bytes after the message's arrays"), count=len(data) - f.tell())
    return header, dict(_slice(entry, blocks) for entry in manifest)


def _slice(entry, blocks: dict[str, np.ndarray]) -> tuple[str, np.ndarray]:
    """One ``[name, dtype, shape, offset]`` entry as a read-only view of its block."""
    try:
        name, key, shape, offset = entry
        shape, offset = tuple(int(d) for d in shape), int(offset)
        block, count = blocks[key], math.prod(shape)
        if offset < 0 or offset + count > block.size or min(shape, default=0) < 0:
            raise ValueError(f"{count} values at {offset} do not fit a block of {block.size}")
        return str(name), block[offset:offset + count].reshape(shape)
    except (ValueError, TypeError, KeyError) as e:
        raise WireError(QT_TRANSLATE_NOOP(
            "Errors", "array entry {entry!r} of the message is malformed ({detail})"),
            entry=entry, detail=str(e)) from None


def nest(prefix: str, arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Put ``prefix/`` before every name, to carry several parts in one message."""
    return {f"{prefix}/{k}": v for k, v in arrays.items()}


def unnest(prefix: str, arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The arrays that :func:`nest` put under ``prefix``, with their own names."""
    p = f"{prefix}/"
    return {k[len(p):]: v for k, v in arrays.items() if k.startswith(p)}


# -- snapshots -------------------------------------------------------------------------
def snapshot_parts(snap: Snapshot) -> tuple[dict, dict[str, np.ndarray]]:
    """A snapshot as a header and arrays; a None array is simply left out."""
    arrays = {"image": snap.image}
    if snap.probabilities is not None:
        arrays["probabilities"] = snap.probabilities
    layers = []
    for i, lay in enumerate(snap.layers):
        layers.append({**{k: getattr(lay, k) for k in _LAYER_TEXT},
                       "in_shape": list(lay.in_shape), "out_shape": list(lay.out_shape)})
        for k in _LAYER_ARRAYS:
            if getattr(lay, k) is not None:
                arrays[f"{i}.{k}"] = getattr(lay, k)
    header = {
        "step": snap.step, "epoch": snap.epoch, "phase": snap.phase,
        "probe_index": snap.probe_index, "label": snap.label, "loss": snap.loss,
        "forward_done": snap.forward_done, "backward_done": snap.backward_done,
        "extra": snap.extra, "layers": layers,
    }
    return header, arrays


def snapshot_from_parts(header: dict, arrays: dict[str, np.ndarray]) -> Snapshot:
    """Rebuild what :func:`snapshot_parts` took apart."""
    def array(i, k):
        return arrays[f"{i}.{k}"] if k in _LAYER_NEEDED else arrays.get(f"{i}.{k}")

    try:
        layers = tuple(
            LayerSnapshot(**{k: lay[k] for k in _LAYER_TEXT},
                          in_shape=tuple(int(v) for v in lay["in_shape"]),
                          out_shape=tuple(int(v) for v in lay["out_shape"]),
                          **{k: array(i, k) for k in _LAYER_ARRAYS})
            for i, lay in enumerate(header["layers"]))
        loss = header["loss"]
        return Snapshot(
            step=int(header["step"]), epoch=int(header["epoch"]), phase=str(header["phase"]),
            probe_index=int(header["probe_index"]), label=int(header["label"]),
            image=arrays["image"], layers=layers, probabilities=arrays.get("probabilities"),
            loss=None if loss is None else float(loss),
            forward_done=int(header["forward_done"]),
            backward_done=int(header["backward_done"]), extra=dict(header["extra"]),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise WireError(QT_TRANSLATE_NOOP(
            "Errors", "snapshot message is incomplete or malformed ({kind}: {detail})"),
            kind=type(e).__name__, detail=str(e)) from None


def encode_snapshot(snap: Snapshot) -> bytes:
    return pack(*snapshot_parts(snap))


def decode_snapshot(data: bytes) -> Snapshot:
    return snapshot_from_parts(*unpack(data))


# -- session state -----------------------------------------------------------------------
def encode_state(header: dict, arrays: dict[str, np.ndarray]) -> bytes:
    """A session's ``export_state()`` as one message."""
    return pack({"state": header}, arrays)


def decode_state(data: bytes) -> tuple[dict, dict[str, np.ndarray]]:
    """The ``(header, arrays)`` for ``Session.import_state`` from :func:`encode_state`."""
    header, arrays = unpack(data)
    if not isinstance(header.get("state"), dict):
        raise WireError(QT_TRANSLATE_NOOP("Errors", "message holds no session state"))
    return header["state"], arrays
