"""Load MNIST (bundled) or any folder of MNIST-format IDX files, and prepare LeNet-5 input."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from cnnviz.data.checksums import SUMS_FILE, verify_sums
from cnnviz.data.idx import read_idx
from cnnviz.errors import ConfigError, DataError, reason
from cnnviz.translatable import QT_TRANSLATE_NOOP
from cnnviz.resources import CANDIDATES, resources_dir

__all__ = [
    "FILES",
    "DIGITS",
    "FASHION",
    "SCALE",
    "OFFSET",
    "PAD",
    "Dataset",
    "load",
    "to_lenet_input",
    "from_lenet_input",
]

#: Role -> file name (without ``.gz``) of the four files of an MNIST-format dataset.
FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
DIGITS = tuple(str(d) for d in range(10))
FASHION = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)  # fmt: skip
BUNDLED_NAME = "MNIST (bundled)"
#: SHA-256 of Fashion-MNIST's 10,000 test labels as read (a byte each, the same from the
#: gzipped or the raw file): its files are known by them in a folder of any name
FASHION_TEST_LABELS_SHA256 = "3d0e6c6ea990b53b6f8f500a41cac93881d981b315f84578b7d915342ade01e9"

#: LeCun et al. (1998) input scaling: pixel / 255 * SCALE + OFFSET, so the white
#: background is -0.1 and full ink 1.175. The paper says this gives mean about 0 and
#: variance about 1; on padded MNIST the mean is about 0.03 and the std about 0.35.
SCALE = 1.275
OFFSET = -0.1
#: Background pixels added on each side (28x28 -> 32x32).
PAD = 2


@dataclass(frozen=True, eq=False)
class Dataset:
    """The four arrays of an MNIST-format dataset.

    The arrays are read-only because `load` shares them through its cache; copy them
    before changing them.
    """

    name: str
    source: Path
    train_images: np.ndarray = field(repr=False)
    train_labels: np.ndarray = field(repr=False)
    test_images: np.ndarray = field(repr=False)
    test_labels: np.ndarray = field(repr=False)
    classes: tuple[str, ...]

    @property
    def image_shape(self) -> tuple[int, int]:
        """Height and width of every image."""
        return self.train_images.shape[1], self.train_images.shape[2]

    @property
    def num_classes(self) -> int:
        """Number of classes (10)."""
        return len(self.classes)

    def subset(self, n_train: int | None, n_test: int | None) -> Dataset:
        """Return the first `n_train` training and `n_test` test examples (None: all)."""
        for label, n in (("n_train", n_train), ("n_test", n_test)):
            if n is not None and n < 0:
                raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{name} must be 0 or more, got {n}"),
                                  name=label, n=n)
        return replace(
            self,
            train_images=self.train_images[:n_train],
            train_labels=self.train_labels[:n_train],
            test_images=self.test_images[:n_test],
            test_labels=self.test_labels[:n_test],
        )


def resources_missing() -> DataError:
    """The error when cnnviz's bundled resources cannot be found."""
    return DataError(QT_TRANSLATE_NOOP(
        "Errors", "cnnviz's bundled resources are missing: looked in {first} and {second}; "
                  "reinstall cnnviz"), first=CANDIDATES[0], second=CANDIDATES[1])


def load(data_dir: str | Path | None = None, *, verify_checksums: bool | None = None) -> Dataset:
    """Load the bundled MNIST, or the MNIST-format dataset in `data_dir`.

    Parameters
    ----------
    data_dir : str or Path, optional
        Folder holding the four `FILES`, each as ``NAME``, ``NAME.gz`` (preferred) or
        the dotted spelling such as ``t10k-images.idx3-ubyte[.gz]``. None: bundled MNIST.
    verify_checksums : bool, optional
        Check SHA-256 sums against the folder's ``SHA256SUMS``. By default on for the
        bundled set (every file must be listed) and, for another folder, on when it has
        a ``SHA256SUMS`` (files it does not list are not checked). True requires every
        file to be listed; False skips the check.

    Returns
    -------
    Dataset
        Cached: loading the same unchanged folder again returns the same object.

    Raises
    ------
    DataError
        If a file is missing, corrupt, fails its checksum, or the files disagree.
    """
    try:
        bundled_dir = resources_dir() / "mnist"
    except FileNotFoundError:
        raise resources_missing() from None
    folder = bundled_dir if data_dir is None else Path(data_dir).expanduser()
    folder = folder.resolve()
    if folder.exists() and not folder.is_dir():
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{folder}: is a file, not a folder; expected a folder holding the four "
                      "MNIST files"), folder=folder)
    if not folder.is_dir():
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{folder}: no such folder; expected a folder holding the four MNIST "
                      "files"), folder=folder)
    bundled = folder == bundled_dir.resolve()
    paths = _find_files(folder)
    strict = bundled if verify_checksums is None else verify_checksums
    verify = strict or (verify_checksums is None and (folder / SUMS_FILE).is_file())
    try:
        stats = {p: p.stat() for p in paths.values()}
    except OSError as exc:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot read: {reason}"),
                        path=exc.filename, reason=reason(exc)) from None
    stamp = tuple((p.name, st.st_size, st.st_mtime_ns) for p, st in stats.items())
    return _load_cached(folder, bundled, verify, strict, stamp)


@functools.lru_cache(maxsize=4)
def _load_cached(
    folder: Path, bundled: bool, verify: bool, strict: bool, stamp: tuple
) -> Dataset:
    """Load and check `folder`; `stamp` (names, sizes, mtimes) keys the cache."""
    paths = {role: folder / name for role, (name, _, _) in zip(FILES, stamp)}
    if verify:
        verify_sums(folder, paths, bundled, strict)
    classes = DIGITS   # (FASHION has as many: the range check below holds for both)
    arrays = {}
    for split in ("train", "test"):
        img_path, lbl_path = paths[f"{split}_images"], paths[f"{split}_labels"]
        images = read_idx(img_path, expect_ndim=3)
        labels = read_idx(lbl_path, expect_ndim=1)
        if len(images) == 0 or 0 in images.shape[1:]:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: holds no images (shape {shape})"),
                            path=img_path, shape=images.shape)
        if len(labels) != len(images):
            raise DataError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: labels file has {n} items but images file {images} has "
                          "{m}"), path=lbl_path, n=len(labels), images=img_path, m=len(images))
        bad = np.flatnonzero(labels >= len(classes))
        if bad.size:
            raise DataError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: label {label} out of range 0..{last} at index {index}"),
                path=lbl_path, label=int(labels[bad[0]]), last=len(classes) - 1,
                index=int(bad[0]))
        arrays[f"{split}_images"] = images
        arrays[f"{split}_labels"] = labels.astype(np.int64)
        if split == "test":
            classes = _classes(folder, labels)
    if arrays["test_images"].shape[1:] != arrays["train_images"].shape[1:]:
        h, w = arrays["train_images"].shape[1:]
        th, tw = arrays["test_images"].shape[1:]
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: images are {th}x{tw} but {train} has {h}x{w}"),
            path=paths["test_images"], th=th, tw=tw, train=paths["train_images"], h=h, w=w)
    for arr in arrays.values():
        arr.flags.writeable = False
    name = BUNDLED_NAME if bundled else folder.name
    return Dataset(name=name, source=folder, classes=classes, **arrays)


def _classes(folder: Path, test_labels: np.ndarray) -> tuple[str, ...]:
    """Fashion-MNIST's names for a folder whose name says "fashion" or that holds
    Fashion-MNIST's own test labels (a folder named "clothes" showed digits 0-9 under
    the bars), else the digits."""
    if "fashion" in folder.name.lower():
        return FASHION
    if (test_labels.dtype == np.uint8 and test_labels.size == 10_000 and hashlib.sha256(
            test_labels.tobytes()).hexdigest() == FASHION_TEST_LABELS_SHA256):
        return FASHION
    return DIGITS


def _find_files(folder: Path) -> dict[str, Path]:
    """Pick each of the four files in `folder`, raw or gzipped, or name the missing ones."""
    found, missing = {}, []
    for role, name in FILES.items():
        dotted = ".".join(name.rsplit("-", 1))
        for candidate in (f"{name}.gz", name, f"{dotted}.gz", dotted):
            if (folder / candidate).is_file():
                found[role] = folder / candidate
                break
        else:
            missing.append(f"{name}[.gz]")
    if missing:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{folder}: missing {n} of the 4 MNIST files: {names}"),
            folder=folder, n=len(missing), names=", ".join(missing))
    return found


def to_lenet_input(images: np.ndarray, dtype: type = np.float32) -> np.ndarray:
    """Pad and scale raw images for LeNet-5.

    Parameters
    ----------
    images : numpy.ndarray
        (N, H, W) or a single (H, W) image of pixels 0..255 (uint8 or numeric).
    dtype : numpy dtype
        Output type.

    Returns
    -------
    numpy.ndarray
        (N, 1, H + 4, W + 4): `PAD` background pixels on each side, then
        ``pixel / 255 * SCALE + OFFSET`` (background -0.1, full ink 1.175).
    """
    images = np.asarray(images)
    if images.ndim == 2:
        images = images[None]
    if images.ndim != 3:
        raise ValueError(f"expected (N, H, W) or (H, W) images, got shape {images.shape}")
    n, h, w = images.shape
    out = np.full((n, 1, h + 2 * PAD, w + 2 * PAD), OFFSET, dtype=dtype)
    out[:, 0, PAD : PAD + h, PAD : PAD + w] = _scaled(images, dtype)
    return out


def _scaled(images: np.ndarray, dtype) -> np.ndarray:
    """``pixel / 255 * SCALE + OFFSET``; for uint8 through a table of the 256 values."""
    images = np.asarray(images)
    if images.dtype == np.uint8:
        return np.take((np.arange(256) / 255 * SCALE + OFFSET).astype(dtype), images)
    return (images / 255 * SCALE + OFFSET).astype(dtype, copy=False)


def shifted_lenet_input(
    images: np.ndarray, shifts: np.ndarray, dtype: type = np.float32
) -> np.ndarray:
    """LeNet-5 input with each image moved by a few pixels (data augmentation).

    Parameters
    ----------
    images : (N, H, W) pixels 0..255.
    shifts : (N, 2) integers in ``-PAD..PAD``: rows and columns to move each image by;
        ``(0, 0)`` gives exactly `to_lenet_input`.

    Returns
    -------
    (N, 1, H + 4, W + 4) array, scaled like `to_lenet_input`.
    """
    shifts = np.asarray(shifts)
    if shifts.shape != (len(images), 2) or np.abs(shifts).max(initial=0) > PAD:
        raise ValueError(f"shifts must be (N, 2) integers in -{PAD}..{PAD}, got {shifts.shape}")
    # Image k lands at row PAD + dy_k, column PAD + dx_k of its background canvas: in the
    # canvas's flat pixels, at offset o_k, and its pixel (i, j) at o_k + i * width + j.
    # A view spans every such offset at once, so one indexed assignment places the whole
    # batch (the training loop's input: 90 us for 64 images instead of 420).
    n, h, w = np.shape(images)
    out = np.full((n, 1, h + 2 * PAD, w + 2 * PAD), OFFSET, dtype=dtype)
    flat = out.reshape(n, -1)
    width = w + 2 * PAD
    s_img, s_px = flat.strides
    spots = np.lib.stride_tricks.as_strided(
        flat, (n, 2 * PAD * width + 2 * PAD + 1, h, w), (s_img, s_px, width * s_px, s_px))
    spots[np.arange(n), (PAD + shifts[:, 0]) * width + PAD + shifts[:, 1]] = _scaled(images,
                                                                                 dtype)
    return out


def from_lenet_input(x: np.ndarray, *, crop: bool = True) -> np.ndarray:
    """Invert `to_lenet_input` for display.

    Parameters
    ----------
    x : numpy.ndarray
        (N, 1, H, W) network input, or one (H, W) plane.
    crop : bool
        Remove the `PAD` border.

    Returns
    -------
    numpy.ndarray
        uint8 images, (N, H, W) or (H, W), rounded and clipped to 0..255.
    """
    x = np.asarray(x)
    if not (x.ndim == 2 or (x.ndim == 4 and x.shape[1] == 1)):
        raise ValueError(f"expected (N, 1, H, W) or (H, W) input, got shape {x.shape}")
    planes = x[:, 0] if x.ndim == 4 else x
    if crop:
        planes = planes[..., PAD:-PAD, PAD:-PAD]
    pixels = np.rint((planes.astype(np.float64) - OFFSET) / SCALE * 255)
    return np.clip(pixels, 0, 255).astype(np.uint8)
