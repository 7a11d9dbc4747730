"""Messages between the window and its training process: JSON and NumPy, never pickle.

A message is :data:`MAGIC`, the length of the header (4 bytes, little-endian), the header
as UTF-8 JSON padded with spaces, then one 1-D ``.npy`` record (format 1.0) per dtype,
which holds every array of that dtype one after the other. The header's ``"arrays"``
lists each array as ``[name, dtype, shape, offset]`` and ``"blocks"`` the dtypes in the
order of the records. One record per dtype instead of one per array: a snapshot has some
70 arrays, and parsing 70 ``.npy`` headers took longer than the rest of decoding. Each
record's values start at a multiple of 64 bytes (the padding of the JSON and of each
record sees to it), so that decoded arrays can be aligned views of the message rather
than copies. They are read-only, so a decoded snapshot can go to any thread.

Anything that is not such a message (cut short, garbled, pickled, with arrays missing)
raises :class:`WireError`, never a bare exception.
"""

from __future__ import annotations

import functools
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
_ALIGN = 64        # every record starts at a multiple of it, as .npy data does in its file
_NPY_HEAD_MAX = 10_016   # NumPy reads .npy headers of up to 10,000 bytes, plus 16 before
_KINDS = "biufc"   # bool, integers, floats, complex: plain bytes, nothing to unpickle
_LAYER_TEXT = ("name", "kind", "description", "activation", "pool_window", "pool_stride",
               "border_mode")
_LAYER_NEEDED = ("x", "z", "y")
_LAYER_ARRAYS = tuple(f.name for f in fields(LayerSnapshot)
                      if f.name not in _LAYER_TEXT + ("in_shape", "out_shape"))


class WireError(CnnvizError):
    """A message between the window and the training process cannot be read or written."""


def _json_default(obj):
    if isinstance(obj, np.generic):
        return obj.item()
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


def pack(header: dict, arrays: dict[str, np.ndarray] | None = None) -> bytearray:
    """One message from a JSON-able ``header`` and named numeric arrays."""
    manifest, blocks, sizes = [], {}, {}
    for name, a in (arrays or {}).items():
        a = np.asarray(a)
        if a.dtype.kind not in _KINDS:
            raise WireError(QT_TRANSLATE_NOOP(
                "Errors", "array {name!r} of dtype {dtype} cannot be sent without pickle"),
                name=name, dtype=a.dtype)
        key = a.dtype.str
        manifest.append([name, key, list(a.shape), sizes.get(key, 0)])
        blocks.setdefault(key, []).append(a)
        sizes[key] = sizes.get(key, 0) + a.size
    try:
        head = json.dumps({**header, "arrays": manifest, "blocks": list(blocks)},
                          default=_json_default).encode()
    except (TypeError, ValueError) as e:
        raise WireError(QT_TRANSLATE_NOOP("Errors", "message header is not JSON-able: {detail}"),
                        detail=str(e)) from None
    head += b" " * (-(len(MAGIC) + _LEN.size + len(head)) % _ALIGN)
    prefix = MAGIC + _LEN.pack(len(head)) + head
    records = []
    for key, parts in blocks.items():
        dtype, count = np.dtype(key), sizes[key]
        count += -(count * dtype.itemsize) % _ALIGN // dtype.itemsize   # the next one aligned
        records.append((_npy_header(dtype, count), dtype, count, parts))
    out = bytearray(len(prefix) + sum(len(h) + c * d.itemsize for h, d, c, _ in records))
    out[:len(prefix)] = prefix
    at = len(prefix)
    for npy_head, dtype, count, parts in records:   # each array copied once, into place
        out[at:at + len(npy_head)] = npy_head
        at += len(npy_head)
        block = np.frombuffer(out, dtype=dtype, count=count, offset=at)
        i = 0
        for part in parts:
            block[i:i + part.size].reshape(part.shape)[...] = part
            i += part.size
        at += count * dtype.itemsize
    return out


@functools.lru_cache(maxsize=64)
def _npy_header(dtype: np.dtype, count: int) -> bytes:
    """The ``.npy`` header of a 1-D record of ``count`` values, padded to 64 bytes
    (kept: a frame's records have the same sizes every time, and writing one is slow)."""
    f = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        f, {"descr": np.lib.format.dtype_to_descr(dtype), "fortran_order": False,
            "shape": (count,)})
    return f.getvalue()


def unpack(data: bytes) -> tuple[dict, dict[str, np.ndarray]]:
    """The header and the read-only arrays of a message made by :func:`pack`.

    The arrays are views of ``data``, not copies: they keep the whole message alive, so
    copy any that are kept for long without the rest (the health records)."""
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
    view, at, blocks = memoryview(data), n + size, {}
    for key in keys:
        try:
            shape, fortran, dtype, used = _record_header(_record_head(view, at))
            if dtype.kind not in _KINDS:
                raise ValueError(f"{dtype.str} values would need pickle")
            if dtype.str != key or len(shape) != 1 or fortran or shape[0] < 0:
                raise ValueError(f"{dtype.str}, shape {shape}")
            start = at + used
            if start + shape[0] * dtype.itemsize > len(data):
                raise ValueError(f"{shape[0]} values of {dtype.itemsize} bytes at {start} "
                                 f"run past the end")
            block = np.frombuffer(data, dtype=dtype, count=shape[0], offset=start)
        except (ValueError, OSError, EOFError, TypeError) as e:
            raise WireError(QT_TRANSLATE_NOOP(
                "Errors", "block {key!r} of the message is not a 1-D {dtype} .npy record "
                          "({detail})"), key=key, dtype=key, detail=str(e)) from None
        if not block.flags.aligned:   # cut out of an odd place: a copy is faster
            block = block.copy()
        block.setflags(write=False)
        blocks[key] = block
        at = start + block.nbytes
    if at != len(data):
        raise WireError(QT_TRANSLATE_NOOP(
            "Errors", "{count} stray bytes after the message's arrays"), count=len(data) - at)
    return header, dict(_slice(entry, blocks) for entry in manifest)


def _record_head(view: memoryview, at: int) -> bytes:
    """A copy of the ``.npy`` header of the record at ``at``, as long as it says it is
    (at most :data:`_NPY_HEAD_MAX` bytes; a BytesIO of the bytearray would copy the
    whole message)."""
    start = bytes(view[at:at + 12])
    if start[6:7] == b"\x01":                   # format 1.0: a 2-byte length
        size = 10 + int.from_bytes(start[8:10], "little")
    else:                                       # 2.0 and later: a 4-byte length
        size = 12 + int.from_bytes(start[8:12], "little")
    return bytes(view[at:at + min(size, _NPY_HEAD_MAX)])


@functools.lru_cache(maxsize=64)
def _record_header(head: bytes) -> tuple[tuple[int, ...], bool, np.dtype, int]:
    """Shape, Fortran order, dtype and length of a ``.npy`` header, read by NumPy.

    Kept: a frame's records have the same headers every time, and NumPy parses one with
    ``ast.literal_eval``, some 0.1-0.3 ms, paid on every frame by the window's link
    thread (a header that cannot be read raises, and is not kept)."""
    f = io.BytesIO(head)
    version = np.lib.format.read_magic(f)
    shape, fortran, dtype = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                             else np.lib.format.read_array_header_2_0)(f)
    return shape, fortran, dtype, f.tell()


def _slice(entry, blocks: dict[str, np.ndarray]) -> tuple[str, np.ndarray]:
    """One ``[name, dtype, shape, offset]`` entry as a read-only view of its block."""
    try:
        name, key, shape, offset = entry
        shape, offset = tuple(map(int, shape)), int(offset)
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


def encode_snapshot(snap: Snapshot) -> bytearray:
    return pack(*snapshot_parts(snap))


def decode_snapshot(data: bytes) -> Snapshot:
    return snapshot_from_parts(*unpack(data))


# -- session state -----------------------------------------------------------------------
def encode_state(header: dict, arrays: dict[str, np.ndarray]) -> bytearray:
    """A session's ``export_state()`` as one message."""
    return pack({"state": header}, arrays)


def decode_state(data: bytes) -> tuple[dict, dict[str, np.ndarray]]:
    """The ``(header, arrays)`` for ``Session.import_state`` from :func:`encode_state`."""
    header, arrays = unpack(data)
    if not isinstance(header.get("state"), dict):
        raise WireError(QT_TRANSLATE_NOOP("Errors", "message holds no session state"))
    return header["state"], arrays
