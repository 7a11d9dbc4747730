"""Preset kernels of the convolution lab, by name.

Each is the textbook matrix, written as it is applied in a correlation; a true
convolution turns it 180 degrees (which changes only the asymmetric ones: Sobel, shift).
"""

from __future__ import annotations

import numpy as np

from cnnviz.errors import ConfigError

MAX_KERNEL = 7

PRESETS: dict[str, tuple[str, np.ndarray]] = {
    # name: (title, kernel)
    "identity": ("Identity", np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], float)),
    "box": ("Box blur 3×3", np.full((3, 3), 1 / 9)),
    "box2": ("Box blur 2×2", np.full((2, 2), 1 / 4)),
    "gaussian": ("Gaussian 3×3", np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]], float) / 16),
    "sharpen": ("Sharpen", np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], float)),
    "sobel-x": ("Sobel x", np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], float)),
    "sobel-y": ("Sobel y", np.array([[-1, -2, -1], [0, 0, 0], [1, 2, 1]], float)),
    "laplacian": ("Laplacian", np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], float)),
    "shift": ("Shift right by one", np.array([[0, 0, 0], [1, 0, 0], [0, 0, 0]], float)),
}


def preset(name: str) -> np.ndarray:
    """A copy of the preset kernel ``name``, or a ``ConfigError`` listing the names."""
    if name not in PRESETS:
        raise ConfigError(f"kernel {name!r} is not one of {', '.join(PRESETS)}")
    return PRESETS[name][1].copy()
