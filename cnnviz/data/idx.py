"""Read and write IDX files, the format of the MNIST distribution.

An IDX file is a 4-byte magic number ``00 00 TT NN`` (``TT`` the data type code, ``NN``
the number of dimensions), ``NN`` big-endian uint32 sizes, then the values in C order,
big-endian. Files may be gzip-compressed; compression is recognised by the gzip magic
bytes ``1f 8b``, not by the file name.
"""

from __future__ import annotations

import gzip
import math
import struct
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np

from cnnviz.errors import DataError, Message, reason, word
from cnnviz.translatable import QT_TRANSLATE_NOOP

__all__ = ["read_idx", "write_idx", "DTYPES", "MAX_NDIM"]

#: IDX data type code -> big-endian NumPy dtype.
DTYPES: dict[int, np.dtype] = {
    0x08: np.dtype(">u1"),
    0x09: np.dtype(">i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
_NAMES = {
    0x08: QT_TRANSLATE_NOOP("Errors", "unsigned byte"),
    0x09: QT_TRANSLATE_NOOP("Errors", "signed byte"),
    0x0B: QT_TRANSLATE_NOOP("Errors", "16-bit integer"),
    0x0C: QT_TRANSLATE_NOOP("Errors", "32-bit integer"),
    0x0D: QT_TRANSLATE_NOOP("Errors", "32-bit float"),
    0x0E: QT_TRANSLATE_NOOP("Errors", "64-bit float"),
}
_CODES = {dtype.newbyteorder("="): code for code, dtype in DTYPES.items()}

#: Most dimensions accepted (NumPy 1.x cannot hold more).
MAX_NDIM = 32

_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20
_TRAILING_CAP = 1 << 24


def read_idx(
    path: str | Path,
    expect_ndim: int | None = None,
    expect_magic_dtype: int | None = 0x08,
) -> np.ndarray:
    """Read an IDX file, raw or gzip-compressed.

    Parameters
    ----------
    path : str or Path
        The file.
    expect_ndim : int, optional
        Required number of dimensions (1 for labels, 3 for images).
    expect_magic_dtype : int or None
        Required data type code (default ``0x08``, unsigned byte); None accepts any
        code in `DTYPES`.

    Returns
    -------
    numpy.ndarray
        A writeable array in native byte order (uint8 for code ``0x08``).

    Raises
    ------
    DataError
        If the file is missing, unreadable, not gzip-valid, has a bad magic number, or
        holds fewer or more bytes than its header declares. The message starts with the
        file's full path.
    """
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: is a folder, not an IDX file"),
                        path=path)
    compressed = False
    try:
        with open(path, "rb") as raw:
            compressed = raw.read(2) == _GZIP_MAGIC
            raw.seek(0)
            if not compressed:
                return _parse(raw, path, False, expect_ndim, expect_magic_dtype)
            with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
                return _parse(stream, path, True, expect_ndim, expect_magic_dtype)
    except FileNotFoundError:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: no such file"), path=path) from None
    except EOFError:
        # it starts as gzip does (the magic was read), so it is one, cut short
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: the gzip file ends early (a truncated download?)"),
            path=path) from None
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: damaged gzip data: {reason}"),
                        path=path, reason=str(exc) or type(exc).__name__) from None
    except (OSError, struct.error) as exc:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot read: {reason}"),
                        path=path, reason=reason(exc)) from None


def write_idx(path: str | Path, array: np.ndarray, compress: bool | None = None) -> Path:
    """Write `array` as an IDX file, the inverse of `read_idx`.

    Parameters
    ----------
    path : str or Path
        Destination; overwritten if it exists.
    array : array_like
        uint8, int8, int16, int32, float32 or float64 values, 1 to `MAX_NDIM` dimensions.
    compress : bool, optional
        Gzip the file; by default only when `path` ends with ``.gz``.

    Returns
    -------
    Path
        The path written.
    """
    path = Path(path)
    arr = np.asarray(array)
    code = _CODES.get(arr.dtype.newbyteorder("="))
    if code is None:
        supported = ", ".join(str(dt) for dt in _CODES)
        raise TypeError(f"IDX cannot hold {arr.dtype} values; use one of {supported}")
    if not 1 <= arr.ndim <= MAX_NDIM:
        raise ValueError(f"IDX needs 1 to {MAX_NDIM} dimensions, got shape {arr.shape}")
    if max(arr.shape) > 0xFFFFFFFF:
        raise ValueError(f"IDX sizes must fit in 32 bits, got shape {arr.shape}")
    header = bytes([0, 0, code, arr.ndim]) + b"".join(n.to_bytes(4, "big") for n in arr.shape)
    data = header + np.ascontiguousarray(arr, dtype=DTYPES[code]).tobytes()
    if compress if compress is not None else path.name.endswith(".gz"):
        data = gzip.compress(data, compresslevel=6, mtime=0)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot write: {reason}"),
                        path=path.absolute(), reason=reason(exc)) from None
    return path


def _parse(
    stream: BinaryIO,
    path: Path,
    compressed: bool,
    expect_ndim: int | None,
    expect_code: int | None,
) -> np.ndarray:
    """Parse an open IDX stream; see `read_idx`."""
    where = word(QT_TRANSLATE_NOOP("Errors", " (after decompression)")) if compressed else ""
    head = _read_upto(stream, 4)
    if len(head) < 4:
        what = word(QT_TRANSLATE_NOOP("Errors", "the file is empty")) if not head else Message(
            QT_TRANSLATE_NOOP("Errors", "the file holds only {n} bytes"), n=len(head))
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: truncated: {what}{where}; an IDX header needs 4"),
            path=path, what=what, where=where)
    magic = int.from_bytes(head, "big")
    code, ndim = head[2], head[3]
    if head[0] or head[1]:
        hint = word(QT_TRANSLATE_NOOP("Errors", " (gzip-compressed twice?)")) \
            if head[:2] == _GZIP_MAGIC else ""
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: bad magic number 0x{magic:08x}{where}: not an IDX file, the "
                      "first two bytes must be zero{hint}"),
            path=path, magic=magic, where=where, hint=hint)
    if code not in DTYPES:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: bad magic number 0x{magic:08x}: unknown IDX data type "
                      "0x{code:02x}"), path=path, magic=magic, code=code)
    if (expect_code is not None and code != expect_code) or (
        expect_ndim is not None and ndim != expect_ndim
    ):
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: bad magic number 0x{magic:08x} (expected {expected})"),
            path=path, magic=magic, expected=_expected(expect_code, expect_ndim))
    if not 1 <= ndim <= MAX_NDIM:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: bad magic number 0x{magic:08x}: {ndim} dimensions, expected 1 "
                      "to {most}"), path=path, magic=magic, ndim=ndim, most=MAX_NDIM)
    header_len = 4 + 4 * ndim
    sizes = _read_upto(stream, 4 * ndim)
    if len(sizes) < 4 * ndim:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: truncated: the header declares {ndim} dimensions ({size} bytes) "
                      "but the file holds {held} bytes{where}"),
            path=path, ndim=ndim, size=header_len, held=4 + len(sizes), where=where)
    shape = tuple(int.from_bytes(sizes[i : i + 4], "big") for i in range(0, 4 * ndim, 4))
    dtype = DTYPES[code]
    nbytes = math.prod(shape) * dtype.itemsize
    data = _read_upto(stream, nbytes)
    says = Message(QT_TRANSLATE_NOOP("Errors", "header says {shape} ({size} bytes)"),
                   shape=_describe(shape), size=header_len + nbytes)
    if len(data) < nbytes:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: truncated: {says} but the file holds {held} bytes{where}"),
            path=path, says=says, held=header_len + len(data), where=where)
    extra = len(_read_upto(stream, _TRAILING_CAP + 1))
    if extra > _TRAILING_CAP:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: more than {count} trailing bytes after the data: {says} but the "
                      "file holds more{where}"),
            path=path, count=_TRAILING_CAP, says=says, where=where)
    if extra:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: {count} trailing bytes after the data: {says} but the file "
                      "holds {held} bytes{where}"),
            path=path, count=extra, says=says, held=header_len + nbytes + extra, where=where)
    arr = np.frombuffer(data, dtype=dtype).reshape(shape)
    return arr.astype(dtype.newbyteorder("="), copy=False)


def _read_upto(stream: BinaryIO, n: int) -> bytearray:
    """Read up to `n` bytes, in chunks so that a lying header cannot exhaust memory."""
    buf = bytearray()
    while len(buf) < n:
        chunk = stream.read(min(_CHUNK, n - len(buf)))
        if not chunk:
            break
        buf += chunk
    return buf


def _expected(code: int | None, ndim: int | None) -> Message:
    """Describe the magic number `read_idx` was asked for."""
    if code is None:
        return Message(QT_TRANSLATE_NOOP("Errors", "{ndim} dimensions"), ndim=ndim)
    if ndim is None:
        return Message(QT_TRANSLATE_NOOP("Errors", "data type 0x{code:02x}, {name}"), code=code,
                       name=word(_NAMES.get(code, QT_TRANSLATE_NOOP("Errors", "unknown"))))
    if ndim == 1:
        return Message(QT_TRANSLATE_NOOP("Errors", "0x0000{code:02x}{ndim:02x} for labels"),
                       code=code, ndim=ndim)
    if ndim == 3:
        return Message(QT_TRANSLATE_NOOP("Errors", "0x0000{code:02x}{ndim:02x} for images"),
                       code=code, ndim=ndim)
    return Message("0x0000{code:02x}{ndim:02x}", code=code, ndim=ndim)


def _describe(shape: tuple[int, ...]) -> Message:
    """Name a shape the way a reader of MNIST thinks of it."""
    if len(shape) == 1:
        return Message(QT_TRANSLATE_NOOP("Errors", "{n} items"), n=shape[0])
    if len(shape) == 3:
        return Message(QT_TRANSLATE_NOOP("Errors", "{n} images of {h}x{w}"),
                       n=shape[0], h=shape[1], w=shape[2])
    return Message(QT_TRANSLATE_NOOP("Errors", "an array of shape {shape}"),
                   shape="x".join(map(str, shape)))
