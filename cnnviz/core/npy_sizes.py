"""The sizes that ``.npy`` records declare, checked against the bytes a file really holds.

``np.load`` allocates the array a record's header declares before it reads a byte of
it: a header that claims a shape of 10^12 values makes it fail with a ``MemoryError``
(or take all the memory there is) instead of saying that the file is broken. cnnviz
reads the header first and refuses a record that declares more than it holds.
"""

from __future__ import annotations

import math
import zipfile
from pathlib import Path
from typing import BinaryIO

import numpy as np

from cnnviz.errors import DataError
from cnnviz.translatable import QT_TRANSLATE_NOOP

#: more than any record cnnviz reads holds (a checkpoint's longest, its curves, takes
#: 40 bytes a step): a compressed member may hold what it declares and still be a bomb
MOST_BYTES = 1 << 30


def check_record(f: BinaryIO, name: str, held: int) -> None:
    """Refuse the record at ``f`` (``held`` bytes, header included) if its header declares
    more values than follow it. Object arrays are left to ``np.load``, which refuses them
    without ``allow_pickle``; a header that cannot be read is left to it too."""
    try:
        version = np.lib.format.read_magic(f)
        shape, _, dtype = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                           else np.lib.format.read_array_header_2_0)(f)
    except (ValueError, EOFError, OSError, TypeError):
        return
    if dtype.hasobject:
        return
    declared, left = math.prod(shape) * dtype.itemsize, held - f.tell()
    if declared > MOST_BYTES:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{name} declares {count:,} values of {dtype} ({declared:,} bytes), more "
                      "than cnnviz reads from one record ({most:,} bytes)"),
            name=name, count=math.prod(shape), dtype=dtype.str, declared=declared,
            most=MOST_BYTES)
    if declared > left:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{name} declares {count:,} values of {dtype} ({declared:,} bytes) but "
                      "holds {left:,} bytes"),
            name=name, count=math.prod(shape), dtype=dtype.str, declared=declared,
            left=max(left, 0))


def check_npy(path: str | Path) -> None:
    """:func:`check_record` for a ``.npy`` file."""
    path = Path(path)
    with open(path, "rb") as f:
        check_record(f, path.name, path.stat().st_size)


def check_npz(path: str | Path) -> None:
    """:func:`check_record` for every member of a ``.npz`` archive (``np.load`` reads a
    member as a record by its first bytes, whatever its name)."""
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            with z.open(info) as f:
                check_record(f, info.filename, info.file_size)
