"""Preset kernels of the convolution lab, by name.

Each is the textbook matrix, written as it is applied in a correlation; a true
convolution turns it 180 degrees (which changes only the asymmetric ones: Sobel, shift).
"""

from __future__ import annotations

import numpy as np

from cnnviz.errors import ConfigError
from cnnviz.translatable import QT_TRANSLATE_NOOP

MAX_KERNEL = 7

PRESETS: dict[str, tuple[str, np.ndarray]] = {
    # name: (title, kernel); the titles are translated by the convolution lab
    "identity": (QT_TRANSLATE_NOOP("ConvolutionLab", "Identity"),
        np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], float)),
    "box": (QT_TRANSLATE_NOOP("ConvolutionLab", "Box blur 3×3"),
        np.full((3, 3), 1 / 9)),
    "box2": (QT_TRANSLATE_NOOP("ConvolutionLab", "Box blur 2×2"),
        np.full((2, 2), 1 / 4)),
    "gaussian": (QT_TRANSLATE_NOOP("ConvolutionLab", "Gaussian 3×3"),
        np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]], float) / 16),
    "sharpen": (QT_TRANSLATE_NOOP("ConvolutionLab", "Sharpen"),
        np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], float)),
    "sobel-x": (QT_TRANSLATE_NOOP("ConvolutionLab", "Sobel x"),
        np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], float)),
    "sobel-y": (QT_TRANSLATE_NOOP("ConvolutionLab", "Sobel y"),
        np.array([[-1, -2, -1], [0, 0, 0], [1, 2, 1]], float)),
    "laplacian": (QT_TRANSLATE_NOOP("ConvolutionLab", "Laplacian"),
        np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], float)),
    "shift": (QT_TRANSLATE_NOOP("ConvolutionLab", "Shift right by one"),
        np.array([[0, 0, 0], [1, 0, 0], [0, 0, 0]], float)),
}


def preset(name: str) -> np.ndarray:
    """A copy of the preset kernel ``name``, or a ``ConfigError`` listing the names."""
    if name not in PRESETS:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "kernel {name!r} is not one of {names}"),
                          name=name, names=", ".join(PRESETS))
    return PRESETS[name][1].copy()
