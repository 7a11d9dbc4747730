"""LeNet-5 exactly as the lecture's table has it.

========  ==========================  ==============
block     layer                       output
========  ==========================  ==============
input                                 1 @ 32x32
C1        conv 5x5 (+ activation)     6 @ 28x28
S2        average pooling 2x2         6 @ 14x14
C3        conv 5x5 (+ activation)     16 @ 10x10
S4        average pooling 2x2         16 @ 5x5
C5        conv 5x5 (+ activation)     120 @ 1x1
F6        dense (+ activation)        84
OUT       dense                       10
========  ==========================  ==============

C5 is a real valid convolution over 5x5 maps, not a dense layer in disguise; with the
border mode ``same`` or ``full`` its maps grow and F6 grows with them.
"""

from __future__ import annotations

import numpy as np

from cnnviz.core.layers import ACTIVATIONS, AvgPool2D, Conv2D, Dense, MaxPool2D
from cnnviz.core.borders import check_mode
from cnnviz.core.network import Block, Network
from cnnviz.errors import ConfigError
from cnnviz.translatable import QT_TRANSLATE_NOOP

POOLINGS = {"avg": AvgPool2D, "max": MaxPool2D}
C3_TABLES = ("full", "lecun")
INPUT_SHAPE = (1, 32, 32)

# LeCun et al. 1998, Table I: which S2 maps (rows) feed each C3 map (columns).
_LECUN_C3 = [
    (0, 1, 2), (1, 2, 3), (2, 3, 4), (3, 4, 5), (4, 5, 0), (5, 0, 1),
    (0, 1, 2, 3), (1, 2, 3, 4), (2, 3, 4, 5), (3, 4, 5, 0), (4, 5, 0, 1), (5, 0, 1, 2),
    (0, 1, 3, 4), (1, 2, 4, 5), (0, 2, 3, 5),
    (0, 1, 2, 3, 4, 5),
]


def lecun_c3_table() -> np.ndarray:
    """(16, 6) boolean table: C3 map i reads S2 map j where ``table[i, j]`` (60 links)."""
    table = np.zeros((16, 6), dtype=bool)
    for i, inputs in enumerate(_LECUN_C3):
        table[i, list(inputs)] = True
    return table


def lenet5(
    seed: int = 0,
    *,
    activation: str = "tanh",
    pooling: str = "avg",
    mode: str = "valid",
    c3_table: str = "full",
    dtype=np.float32,
    threads: int | None = None,
) -> Network:
    """Build LeNet-5 with weights drawn from ``np.random.default_rng(seed)``.

    Parameters
    ----------
    seed : the initial weights depend on it alone.
    activation : ``"tanh"`` (default), ``"relu"`` or ``"sigmoid"``, after C1, C3, C5, F6.
    pooling : ``"avg"`` (default) or ``"max"`` for S2 and S4.
    mode : border mode of C1, C3 and C5: ``"valid"`` (default), ``"same"``, ``"full"``.
    c3_table : ``"full"`` (every C3 map reads all six S2 maps) or ``"lecun"`` (the
        partial connection table of LeCun et al. 1998).
    dtype : float32 for speed, float64 for gradient checks.
    threads : compute threads for batches larger than one chunk (default: up to 2).
    """
    if activation not in ACTIVATIONS:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "activation {name!r} is not one of {names}"),
                          name=activation, names=", ".join(ACTIVATIONS))
    if pooling not in POOLINGS:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "pooling {name!r} is not one of {names}"),
                          name=pooling, names=", ".join(POOLINGS))
    if c3_table not in C3_TABLES:
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "C3 table {name!r} is not one of {names}"),
                          name=c3_table, names=", ".join(C3_TABLES))
    check_mode(mode)
    rng = np.random.default_rng(seed)
    act = ACTIVATIONS[activation]
    pool = POOLINGS[pooling]
    blocks: list[Block] = []
    shape: tuple[int, ...] = INPUT_SHAPE

    def add(name, layer, activation_layer=None, flatten=False):
        nonlocal shape
        in_shape = shape
        shape = layer.output_shape((int(np.prod(shape)),) if flatten else shape)
        blocks.append(Block(name, layer, activation_layer, flatten, in_shape, shape))

    add("C1", Conv2D(shape, 6, 5, mode=mode, rng=rng, dtype=dtype), act())
    add("S2", pool(shape, 2))
    table = lecun_c3_table() if c3_table == "lecun" else None
    add("C3", Conv2D(shape, 16, 5, mode=mode, connections=table, rng=rng, dtype=dtype), act())
    add("S4", pool(shape, 2))
    add("C5", Conv2D(shape, 120, 5, mode=mode, rng=rng, dtype=dtype), act())
    add("F6", Dense(int(np.prod(shape)), 84, rng=rng, dtype=dtype), act(), flatten=True)
    add("OUT", Dense(84, 10, rng=rng, dtype=dtype))
    config = {
        "model": "lenet5", "activation": activation, "pooling": pooling,
        "mode": mode, "c3_table": c3_table,
    }
    return Network(blocks, INPUT_SHAPE, config, dtype=dtype, threads=threads)


def build(config: dict, seed: int = 0, dtype=np.float32, threads: int | None = None) -> Network:
    """Rebuild a network from the ``config`` a network (or a checkpoint) records."""
    if config.get("model") != "lenet5":
        raise ConfigError(QT_TRANSLATE_NOOP("Errors", "unknown model {name!r}; cnnviz knows 'lenet5'"),
                          name=config.get("model"))
    opts = {k: config[k] for k in ("activation", "pooling", "mode", "c3_table") if k in config}
    return lenet5(seed, dtype=dtype, threads=threads, **opts)
