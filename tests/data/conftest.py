"""Fixtures for the data-layer tests: the bundled set, loaded once, and small fixture folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from cnnviz.data import Dataset, load, write_idx
from cnnviz.data.mnist import FILES

REPO_ROOT = Path(__file__).resolve().parents[2]
FASHION_DIR = REPO_ROOT.parent / "shared" / "data" / "fashion-mnist"


@pytest.fixture(scope="session")
def mnist() -> Dataset:
    """The bundled MNIST, decompressed once per session."""
    return load()


@pytest.fixture(scope="session")
def fashion_dir() -> Path:
    """The shared Fashion-MNIST folder, or skip when this checkout has none beside it."""
    if not FASHION_DIR.is_dir():
        pytest.skip(f"Fashion-MNIST not found at {FASHION_DIR}")
    return FASHION_DIR


MakeDir = Callable[..., tuple[Path, dict[str, np.ndarray]]]


@pytest.fixture
def make_dataset_dir(tmp_path: Path) -> MakeDir:
    """Factory writing a small random MNIST-format folder; returns (folder, arrays)."""

    def make(
        name: str = "digits",
        n_train: int = 12,
        n_test: int = 5,
        hw: tuple[int, int] = (28, 28),
        gz: bool = True,
        dotted: bool = False,
        seed: int = 0,
    ) -> tuple[Path, dict[str, np.ndarray]]:
        rng = np.random.default_rng(seed)
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        arrays = {
            "train_images": rng.integers(0, 256, (n_train, *hw), dtype=np.uint8),
            "train_labels": rng.integers(0, 10, n_train, dtype=np.uint8),
            "test_images": rng.integers(0, 256, (n_test, *hw), dtype=np.uint8),
            "test_labels": rng.integers(0, 10, n_test, dtype=np.uint8),
        }
        for role, array in arrays.items():
            file_name = ".".join(FILES[role].rsplit("-", 1)) if dotted else FILES[role]
            write_idx(folder / (file_name + (".gz" if gz else "")), array)
        return folder, arrays

    return make
