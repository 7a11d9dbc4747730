"""Loading MNIST-format folders, checking them, and scaling images for LeNet-5."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis.extra import numpy as hnp

import cnnviz.data.mnist as mnist_module
from cnnviz.data import Dataset, from_lenet_input, load, read_idx, to_lenet_input, write_idx
from cnnviz.data.mnist import FASHION, FILES
from cnnviz.errors import ConfigError, DataError
from cnnviz.resources import resources_dir

LABELS_MAGIC = "bad magic number 0x00000803 (expected 0x00000801 for labels)"
TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def write_sums(folder: Path) -> None:
    lines = [
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n"
        for p in sorted(folder.iterdir())
        if p.name != "SHA256SUMS"
    ]
    (folder / "SHA256SUMS").write_text("".join(lines))


def test_bundled_mnist_is_the_canonical_set(mnist: Dataset) -> None:
    assert mnist.name == "MNIST (bundled)"
    assert mnist.source == (resources_dir() / "mnist").resolve()
    assert mnist.classes == tuple("0123456789")
    assert mnist.train_images.shape == (60000, 28, 28) and mnist.train_images.dtype == np.uint8
    assert mnist.test_images.shape == (10000, 28, 28) and mnist.test_images.dtype == np.uint8
    assert mnist.train_labels.dtype == np.int64 and mnist.test_labels.dtype == np.int64
    assert np.bincount(mnist.train_labels, minlength=10).tolist() == TRAIN_COUNTS
    assert np.bincount(mnist.test_labels, minlength=10).tolist() == TEST_COUNTS
    assert int(mnist.train_images.sum(dtype=np.int64)) == 1_567_298_545
    assert int(mnist.test_images.sum(dtype=np.int64)) == 264_923_200
    assert mnist.train_labels[:10].tolist() == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
    assert mnist.test_labels[:10].tolist() == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]


def test_bundled_load_is_cached_and_read_only(mnist: Dataset) -> None:
    assert load() is mnist
    assert load(resources_dir() / "mnist") is mnist
    with pytest.raises(ValueError):
        mnist.train_images[0, 0, 0] = 1
    with pytest.raises(ValueError):
        mnist.test_labels[0] = 3


def test_subset_takes_the_first_examples(mnist: Dataset) -> None:
    small = mnist.subset(100, 7)
    assert small.train_images.shape == (100, 28, 28) and small.test_labels.shape == (7,)
    np.testing.assert_array_equal(small.train_images, mnist.train_images[:100])
    assert small.test_labels.tolist() == [7, 2, 1, 0, 4, 1, 4]
    assert small.classes == mnist.classes and small.name == mnist.name
    assert mnist.subset(None, 0).train_images.shape[0] == 60000
    with pytest.raises(ConfigError, match="n_train"):
        mnist.subset(-1, None)


def test_fashion_mnist_has_clothing_classes(fashion_dir: Path) -> None:
    fashion = load(fashion_dir)
    assert fashion.name == fashion_dir.name
    assert fashion.classes == FASHION and len(fashion.classes) == 10
    assert fashion.classes[0] == "T-shirt/top" and fashion.classes[9] == "Ankle boot"
    assert fashion.train_images.shape == (60000, 28, 28)
    assert fashion.test_images.shape == (10000, 28, 28)
    assert np.bincount(fashion.train_labels).tolist() == [6000] * 10
    assert np.bincount(fashion.test_labels).tolist() == [1000] * 10


@pytest.mark.parametrize(("gz", "dotted"), [(False, False), (True, True), (False, True)])
def test_raw_and_dotted_files_load_like_gzipped(make_dataset_dir, gz: bool, dotted: bool) -> None:
    reference_dir, arrays = make_dataset_dir("gz", seed=3)
    other_dir, _ = make_dataset_dir("other", gz=gz, dotted=dotted, seed=3)
    reference, other = load(reference_dir), load(other_dir)
    for role in FILES:
        np.testing.assert_array_equal(getattr(other, role), getattr(reference, role))
        np.testing.assert_array_equal(getattr(other, role), arrays[role])
    assert other.name == "other" and other.classes == tuple("0123456789")


@pytest.mark.parametrize("gz", [True, False])
def test_fashion_mnist_is_known_by_its_labels_in_a_folder_of_any_name(
        fashion_dir: Path, tmp_path: Path, gz: bool) -> None:
    """A lecturer's copy in a folder called "clothes" showed the digits 0-9 as its
    classes: only a folder name with "fashion" in it gave the clothing names."""
    import gzip

    folder = tmp_path / "clothes"
    folder.mkdir()
    for name in FILES.values():
        source = fashion_dir / f"{name}.gz"
        if gz:
            shutil.copy(source, folder / source.name)
        else:
            (folder / name).write_bytes(gzip.decompress(source.read_bytes()))
    data = load(folder)
    assert data.name == "clothes" and data.classes == FASHION


def test_folder_name_with_fashion_selects_clothing_names(make_dataset_dir) -> None:
    folder, _ = make_dataset_dir("My-Fashion-Set")
    assert load(folder).classes == FASHION


def test_custom_image_size(make_dataset_dir) -> None:
    folder, arrays = make_dataset_dir(hw=(20, 24))
    data = load(folder)
    assert data.image_shape == (20, 24) and data.num_classes == 10
    assert to_lenet_input(data.train_images).shape == (12, 1, 24, 28)


def test_missing_files_are_named(make_dataset_dir) -> None:
    folder, _ = make_dataset_dir()
    (folder / "train-labels-idx1-ubyte.gz").unlink()
    (folder / "t10k-images-idx3-ubyte.gz").unlink()
    with pytest.raises(DataError) as info:
        load(folder)
    message = str(info.value)
    assert message.startswith(f"{folder}: missing 2 of the 4 MNIST files")
    assert "train-labels-idx1-ubyte" in message and "t10k-images-idx3-ubyte" in message
    assert "train-images" not in message and "t10k-labels" not in message


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such folder"):
        load(tmp_path / "nowhere")


def test_count_mismatch_names_both_files(make_dataset_dir) -> None:
    folder, _ = make_dataset_dir()
    labels = folder / "train-labels-idx1-ubyte.gz"
    write_idx(labels, np.zeros(7, np.uint8))
    with pytest.raises(DataError) as info:
        load(folder)
    assert str(info.value) == (
        f"{labels}: labels file has 7 items but images file "
        f"{folder / 'train-images-idx3-ubyte.gz'} has 12"
    )


def test_label_out_of_range(make_dataset_dir) -> None:
    folder, arrays = make_dataset_dir()
    labels = arrays["train_labels"].copy()
    labels[5], labels[7] = 12, 10
    path = write_idx(folder / "train-labels-idx1-ubyte.gz", labels)
    with pytest.raises(DataError) as info:
        load(folder)
    assert str(info.value) == f"{path}: label 12 out of range 0..9 at index 5"


def test_train_and_test_sizes_must_agree(make_dataset_dir) -> None:
    folder, _ = make_dataset_dir()
    write_idx(folder / "t10k-images-idx3-ubyte.gz", np.zeros((5, 32, 32), np.uint8))
    with pytest.raises(DataError, match="t10k-images-idx3-ubyte.gz: images are 32x32 but .* 28x28"):
        load(folder)


def test_images_file_in_the_labels_slot(make_dataset_dir) -> None:
    folder, arrays = make_dataset_dir()
    write_idx(folder / "train-labels-idx1-ubyte.gz", arrays["train_images"])
    with pytest.raises(DataError, match=re.escape(LABELS_MAGIC)):
        load(folder)


def test_corrupt_bundled_copy_fails_its_checksum(tmp_path: Path) -> None:
    bundle = resources_dir() / "mnist"
    for name in [*(f"{n}.gz" for n in FILES.values()), "SHA256SUMS"]:
        shutil.copy(bundle / name, tmp_path / name)
    labels = tmp_path / "t10k-labels-idx1-ubyte.gz"
    changed = read_idx(labels)
    changed[0] = (changed[0] + 1) % 10
    write_idx(labels, changed)
    with pytest.raises(DataError, match="SHA-256 mismatch") as info:
        load(tmp_path)
    assert str(info.value).startswith(str(labels))


def test_checksums_of_a_custom_folder(make_dataset_dir) -> None:
    folder, arrays = make_dataset_dir()
    write_sums(folder)
    assert load(folder).train_labels.tolist() == arrays["train_labels"].tolist()
    labels = arrays["train_labels"].copy()
    labels[0] = (labels[0] + 1) % 10
    write_idx(folder / "train-labels-idx1-ubyte.gz", np.concatenate([labels, [3]]).astype(np.uint8))
    images = np.concatenate([arrays["train_images"], arrays["train_images"][:1]])
    write_idx(folder / "train-images-idx3-ubyte.gz", images)
    with pytest.raises(DataError, match="images-idx3-ubyte.gz: SHA-256 mismatch with .*SHA256SUMS"):
        load(folder)
    unchecked = load(folder, verify_checksums=False)
    assert unchecked.train_labels[0] == labels[0] and len(unchecked.train_labels) == 13


def test_verification_requested_without_sums(make_dataset_dir) -> None:
    folder, _ = make_dataset_dir()
    load(folder)
    with pytest.raises(DataError, match="SHA256SUMS: no such file"):
        load(folder, verify_checksums=True)


def test_bundled_set_must_be_fully_listed(make_dataset_dir, monkeypatch) -> None:
    folder, _ = make_dataset_dir("mnist")
    monkeypatch.setattr(mnist_module, "resources_dir", lambda: folder.parent)
    with pytest.raises(DataError, match="SHA256SUMS: no such file"):
        load()
    write_sums(folder)
    sums = (folder / "SHA256SUMS").read_text().splitlines()
    (folder / "SHA256SUMS").write_text("\n".join(sums[1:]) + "\n")
    with pytest.raises(DataError, match="not listed in"):
        load()
    write_sums(folder)
    assert load().name == "MNIST (bundled)"


def test_cache_sees_a_changed_file(make_dataset_dir) -> None:
    folder, _ = make_dataset_dir()
    first = load(folder)
    assert load(folder) is first
    write_idx(folder / "t10k-images-idx3-ubyte", np.zeros((5, 28, 28), np.uint8))
    (folder / "t10k-images-idx3-ubyte.gz").unlink()
    second = load(folder)
    assert second is not first and not second.test_images.any()


def test_lenet_input_padding_and_scale() -> None:
    image = np.zeros((28, 28), np.uint8)
    image[0, 0] = 255
    image[27, 13] = 51
    x = to_lenet_input(image)
    assert x.shape == (1, 1, 32, 32) and x.dtype == np.float32
    border = np.ones((32, 32), bool)
    border[2:30, 2:30] = False
    assert np.all(x[0, 0][border] == np.float32(-0.1))
    assert x[0, 0, 2, 2] == np.float32(1.175)
    assert x[0, 0, 29, 15] == np.float32(51 / 255 * 1.275 - 0.1)
    assert np.count_nonzero(x != np.float32(-0.1)) == 2
    wide = to_lenet_input(image[None], dtype=np.float64)
    assert wide.dtype == np.float64 and wide[0, 0, 2, 2] == pytest.approx(1.175, abs=1e-12)


def test_lenet_input_of_mnist(mnist: Dataset) -> None:
    x = to_lenet_input(mnist.train_images[:500])
    assert x.shape == (500, 1, 32, 32)
    assert x.min() == np.float32(-0.1) and x.max() == np.float32(1.175)
    assert abs(float(x.mean())) < 0.1


def test_lenet_input_accepts_float_pixels() -> None:
    pixels = np.array([[[0.0, 255.0]]])
    np.testing.assert_allclose(to_lenet_input(pixels)[0, 0, 2, 2:4], [-0.1, 1.175], rtol=1e-6)
    with pytest.raises(ValueError):
        to_lenet_input(np.zeros((1, 1, 28, 28)))


@settings(deadline=None, max_examples=50)
@given(images=hnp.arrays(np.uint8, hnp.array_shapes(min_dims=3, max_dims=3, max_side=9)))
def test_from_lenet_input_inverts(images: np.ndarray) -> None:
    x = to_lenet_input(images)
    np.testing.assert_array_equal(from_lenet_input(x), images)
    n, h, w = images.shape
    assert from_lenet_input(x, crop=False).shape == (n, h + 4, w + 4)
    np.testing.assert_array_equal(from_lenet_input(x[0, 0]), images[0])


@settings(max_examples=40, deadline=None)
@given(images=hnp.arrays(np.uint8, hnp.array_shapes(min_dims=3, max_dims=3, min_side=1,
                                                     max_side=9)),
       data=hnp.arrays(np.int64, 2, elements={"min_value": -mnist_module.PAD,
                                              "max_value": mnist_module.PAD}))
def test_shifted_input_equals_a_loop_that_places_each_image(images, data):
    n, h, w = images.shape
    pad = mnist_module.PAD
    shifts = np.stack([np.roll(data, k) for k in range(n)])   # varied per image
    got = mnist_module.shifted_lenet_input(images, shifts)
    plain = mnist_module.to_lenet_input(images)
    want = np.full_like(plain, mnist_module.OFFSET)
    for k, (dy, dx) in enumerate(shifts):
        want[k, 0, pad + dy:pad + dy + h, pad + dx:pad + dx + w] = plain[k, 0, pad:pad + h,
                                                                         pad:pad + w]
    assert np.array_equal(got, want)
    assert np.array_equal(mnist_module.shifted_lenet_input(images, 0 * shifts), plain)
    assert np.array_equal(mnist_module.to_lenet_input(images.astype(float)), plain)
