"""IDX reading and writing: layout, round trips, and no crash on any corrupt bytes."""

from __future__ import annotations

import gzip
import math
import re
import struct
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from cnnviz.data import read_idx, write_idx
from cnnviz.errors import DataError

FUZZ = settings(deadline=None, max_examples=80)
REF_DTYPES = {8: ">u1", 9: ">i1", 11: ">i2", 12: ">i4", 13: ">f4", 14: ">f8"}
LABELS_MAGIC = "bad magic number 0x00000803 (expected 0x00000801 for labels)"
NATIVE = [np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64]

small_uint8 = hnp.arrays(np.uint8, hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=6))
any_dtype = st.sampled_from(NATIVE).flatmap(
    lambda dt: hnp.arrays(dt, hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=5))
)


def reference(blob: bytes, expect_code: int | None = 0x08, expect_ndim: int | None = None):
    """An independent strict IDX parser: the array, or None if `blob` is not valid."""
    if blob[:2] == b"\x1f\x8b":
        try:
            blob = gzip.decompress(blob)
        except Exception:
            return None
    if len(blob) < 4 or blob[0] or blob[1] or blob[2] not in REF_DTYPES:
        return None
    code, ndim = blob[2], blob[3]
    if expect_code not in (None, code) or expect_ndim not in (None, ndim) or not 1 <= ndim <= 32:
        return None
    if len(blob) < 4 + 4 * ndim:
        return None
    shape = struct.unpack(f">{ndim}I", blob[4 : 4 + 4 * ndim])
    dtype = np.dtype(REF_DTYPES[code])
    if len(blob) != 4 + 4 * ndim + math.prod(shape) * dtype.itemsize:
        return None
    return np.frombuffer(blob, dtype, offset=4 + 4 * ndim).reshape(shape)


def check_against_reference(path: Path, blob: bytes, **kwargs) -> np.ndarray | None:
    """Write `blob`, read it, and require the reference's array or a DataError naming `path`."""
    path.write_bytes(blob)
    expected = reference(blob, kwargs.get("expect_magic_dtype", 0x08), kwargs.get("expect_ndim"))
    if expected is None:
        with pytest.raises(DataError) as info:
            read_idx(path, **kwargs)
        assert str(path) in str(info.value)
        return None
    got = read_idx(path, **kwargs)
    assert got.dtype == expected.dtype.newbyteorder("=")
    np.testing.assert_array_equal(got, expected)
    return got


def idx_bytes(array: np.ndarray, tmp: Path, gz: bool = False) -> bytes:
    path = write_idx(tmp / ("blob.gz" if gz else "blob"), array)
    return path.read_bytes()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("idx")


def test_header_layout_matches_spec(tmp_path: Path) -> None:
    images = np.arange(6, dtype=np.uint8).reshape(2, 3)
    header = bytes([0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 3])
    assert idx_bytes(images, tmp_path) == header + bytes([0, 1, 2, 3, 4, 5])
    shorts = np.array([1, -2], dtype=np.int16)
    assert idx_bytes(shorts, tmp_path) == bytes([0, 0, 0x0B, 1, 0, 0, 0, 2, 0, 1, 0xFF, 0xFE])


@pytest.mark.parametrize("suffix", ["", ".gz"])
@FUZZ
@given(array=any_dtype)
def test_round_trip(scratch: Path, suffix: str, array: np.ndarray) -> None:
    path = write_idx(scratch / f"round{suffix}", array)
    assert (path.read_bytes()[:2] == b"\x1f\x8b") == (suffix == ".gz")
    got = read_idx(path, expect_ndim=array.ndim, expect_magic_dtype=None)
    assert got.dtype == array.dtype and got.shape == array.shape and got.flags.writeable
    np.testing.assert_array_equal(got, array)


@pytest.mark.parametrize(("name", "compress"), [("images.idx", True), ("images.gz", False)])
def test_gzip_detected_by_magic_not_name(tmp_path: Path, name: str, compress: bool) -> None:
    images = np.random.default_rng(1).integers(0, 256, (4, 5, 6), dtype=np.uint8)
    path = write_idx(tmp_path / name, images, compress=compress)
    assert (path.read_bytes()[:2] == b"\x1f\x8b") == compress
    np.testing.assert_array_equal(read_idx(path, expect_ndim=3), images)


def test_messages_name_the_file_and_the_fault(tmp_path: Path) -> None:
    images = np.zeros((3, 4, 5), dtype=np.uint8)
    raw = idx_bytes(images, tmp_path)
    says = "header says 3 images of 4x5 (76 bytes)"
    cases = {
        "short": (raw[:50], f"truncated: {says} but the file holds 50 bytes"),
        "long": (raw + b"junk", f"4 trailing bytes after the data: {says} but the file holds 80"),
        "short.gz": (gzip.compress(raw[:50]), "but the file holds 50 bytes (after decompression)"),
        "cut.gz": (gzip.compress(raw)[:-3], "the gzip file ends early (a truncated download?)"),
        "bad.gz": (gzip.compress(raw)[:10] + b"\xff" * 20, "damaged gzip data: "),
        "twice.gz": (gzip.compress(gzip.compress(raw)), "gzip-compressed twice?"),
        "text": (b"hello world", "not an IDX file"),
        "empty": (b"", "truncated: the file is empty"),
        "scalar": (bytes([0, 0, 8, 0, 7]), "0 dimensions, expected 1 to 32"),
        "header": (raw[:9], "header declares 3 dimensions (16 bytes) but the file holds 9 bytes"),
    }
    for name, (blob, message) in cases.items():
        (tmp_path / name).write_bytes(blob)
        with pytest.raises(DataError, match="^" + re.escape(str(tmp_path / name))) as info:
            read_idx(tmp_path / name)
        assert message in str(info.value)


def test_bad_magic_names_what_was_expected(tmp_path: Path) -> None:
    images = write_idx(tmp_path / "images", np.zeros((2, 3, 3), np.uint8))
    with pytest.raises(DataError, match=re.escape(LABELS_MAGIC)):
        read_idx(images, expect_ndim=1)
    shorts = write_idx(tmp_path / "shorts", np.zeros(3, np.int16))
    with pytest.raises(DataError, match=r"0x00000b01 \(expected data type 0x08, unsigned byte\)"):
        read_idx(shorts)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="^" + re.escape(f"{tmp_path / 'nope'}: no such file")):
        read_idx(tmp_path / "nope")
    with pytest.raises(DataError, match="is a folder"):
        read_idx(tmp_path)


def test_lying_header_does_not_allocate(tmp_path: Path) -> None:
    path = tmp_path / "huge"
    path.write_bytes(bytes([0, 0, 8, 3]) + b"\xff" * 12 + b"\x00" * 10)
    with pytest.raises(DataError, match="truncated: header says 4294967295 images"):
        read_idx(path)


@pytest.mark.parametrize("bad", [np.zeros(3, np.int64), np.zeros(3, bool), np.uint8(3)])
def test_write_rejects_what_idx_cannot_hold(tmp_path: Path, bad: np.ndarray) -> None:
    with pytest.raises((TypeError, ValueError)):
        write_idx(tmp_path / "x", bad)


@pytest.mark.parametrize("gz", [False, True])
@FUZZ
@given(array=small_uint8, data=st.data())
def test_truncated_anywhere_is_rejected(scratch: Path, gz: bool, array: np.ndarray, data) -> None:
    blob = idx_bytes(array, scratch, gz)
    cut = data.draw(st.integers(0, len(blob) - 1), label="cut")
    assert check_against_reference(scratch / "cut", blob[:cut]) is None


@FUZZ
@given(array=small_uint8, data=st.data(), expect_ndim=st.none() | st.integers(1, 3))
def test_corrupt_header_is_rejected_or_still_valid(
    scratch: Path, array: np.ndarray, data, expect_ndim: int | None
) -> None:
    blob = bytearray(idx_bytes(array, scratch))
    header_len = 4 + 4 * array.ndim
    positions = data.draw(st.lists(st.integers(0, header_len - 1), min_size=1, max_size=4))
    for position in positions:
        blob[position] = data.draw(st.integers(0, 255))
    check_against_reference(scratch / "header", bytes(blob), expect_ndim=expect_ndim)


@FUZZ
@given(array=small_uint8, junk=st.binary(min_size=1, max_size=40))
def test_appended_junk_is_rejected(scratch: Path, array: np.ndarray, junk: bytes) -> None:
    raw = idx_bytes(array, scratch)
    assert check_against_reference(scratch / "junk", raw + junk) is None
    with pytest.raises(DataError, match="trailing bytes"):
        read_idx(scratch / "junk")
    # After a gzip stream, NUL padding is legal gzip; anything else is an error.
    check_against_reference(scratch / "junk.gz", idx_bytes(array, scratch, gz=True) + junk)


@FUZZ
@given(blob=st.binary(max_size=64) | st.binary(max_size=40).map(lambda b: b"\x00\x00\x08\x01" + b))
def test_random_bytes(scratch: Path, blob: bytes) -> None:
    check_against_reference(scratch / "random", blob, expect_magic_dtype=None)


@FUZZ
@given(array=small_uint8, data=st.data())
def test_corrupt_gzip_stream(scratch: Path, array: np.ndarray, data) -> None:
    blob = bytearray(idx_bytes(array, scratch, gz=True))
    for _ in range(data.draw(st.integers(1, 3))):
        position = data.draw(st.integers(0, len(blob) - 1))
        blob[position] ^= data.draw(st.integers(1, 255))
    check_against_reference(scratch / "flipped.gz", bytes(blob))
