"""What the layer inspector shows for one LayerSnapshot: titles, maps, labels, captions.

Pure functions of the snapshot: every array handed out is the snapshot's own array or a
reshape or slice of it (never rescaled), apart from the max-pool winners map, which is
built from ``LayerSnapshot.winners``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from cnnviz.core import borders
from cnnviz.core.trace import LayerSnapshot
from cnnviz.gui.qt import QT_TR_NOOP, QtCore
from cnnviz.gui.views.strip_parts import shape_text, times
from cnnviz.gui.widgets.map_layout import grid_columns

PAGE = 16           # output maps (kernel rows) shown at a time
FULL, HALF = 860, 420
#: the first words of the core's layer descriptions ("conv 5x5, valid"), translated on show
KINDS = {"conv": QT_TR_NOOP("conv"), "avg pool": QT_TR_NOOP("avg pool"),
         "max pool": QT_TR_NOOP("max pool"), "dense": QT_TR_NOOP("dense")}


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("LayerInspector", text)


@dataclass
class PanelSpec:
    """One panel's content: maps for ``MapGrid.set_maps``, or a message instead."""

    title: str
    maps: np.ndarray | None = None
    labels: list[str] | None = None
    columns: int | None = None
    scale_of: np.ndarray | None = None   # the whole field, so pages share one scale
    subtitle: str = ""
    message: str = ""
    levels: tuple | None = None          # fixed levels that no scale mode changes
    says_role: bool = False              # the title says what it is (a weight, the bias)


def split_layout(lay: LayerSnapshot) -> bool:
    """True when the kernel grid is narrow enough to sit in a column beside the maps."""
    return lay.kind == "conv" and lay.weight.shape[1] <= 6


def paged(lay: LayerSnapshot) -> bool:
    """True when the output maps are too many to show at once (C5: 120 kernel rows)."""
    return lay.kind != "dense" and lay.out_shape[0] > PAGE


def _maps(a: np.ndarray, name: str, width: int, first: int = 0):
    """(maps, labels, columns) of (C, H, W) maps; (C, 1, 1) and vectors become one strip."""
    if a.ndim == 1 or (a.ndim == 3 and a.shape[1:] == (1, 1)):
        return a.reshape(1, -1), [name], 1
    n, h, w = a.shape
    labels = [f"{name}_{first + i}" for i in range(n)]
    return a, labels, grid_columns(n, h, w, width)


def _page(a: np.ndarray, lay: LayerSnapshot, start: int) -> tuple[np.ndarray, int]:
    """The output maps ``start .. start+PAGE-1`` of (F, ...) ``a`` when the layer is paged."""
    if not paged(lay) or (a.ndim == 3 and a.shape[1:] == (1, 1)) or a.ndim == 1:
        return a, 0
    return a[start:start + PAGE], start


def _kernels(w: np.ndarray, lay: LayerSnapshot, start: int, name: str):
    """(maps, labels, columns, subtitle) of the K_ij grid: row i = output, column j = input."""
    if w.ndim == 2:
        return w, [name], 1, tr("row i = output unit, column j = input unit")
    f, c = w.shape[:2]
    rows, first = _page(w, lay, start)
    labels = [f"{name}_{first + i},{j}" for i in range(rows.shape[0]) for j in range(c)]
    partial = lay.connections is not None and not lay.connections.all()
    sub = (tr("row i = output, column j = input · blank = not connected") if partial
           else tr("row i = output map, column j = input map"))
    columns = c
    if c == 1 and rows.shape[0] > 1:
        # one input map (C1): the matrix is one column of kernels, which stood six maps
        # tall and scrolled; wrapped into a grid, every kernel is in view at once
        sub = tr("{0}_i,0: one per output map i (there is one input map)").format(name)
        columns = math.ceil(math.sqrt(rows.shape[0]))
    if rows.shape[0] < f:
        sub += tr(" · rows {0}–{1} of {2}").format(first, first + rows.shape[0] - 1, f)
    return rows.reshape(-1, *w.shape[2:]), labels, columns, sub


def winners_map(lay: LayerSnapshot) -> np.ndarray:
    """(C, H, W) map on the input grid: 1 where an input won its max-pool window, else 0."""
    c, ho, wo = lay.winners.shape
    k = lay.pool_window
    s = lay.pool_stride or k
    out = np.zeros(lay.x.shape, dtype=np.float32)
    i, j = np.meshgrid(np.arange(ho), np.arange(wo), indexing="ij")
    u, v = np.divmod(lay.winners.astype(np.intp), k)
    rows, cols = i[None] * s + u, j[None] * s + v
    out[np.arange(c)[:, None, None], rows, cols] = 1.0
    return out


def description(lay: LayerSnapshot) -> str:
    """The core's description of the layer ("conv 5x5, valid"), its words translated."""
    kind = lay.kind if lay.description.startswith(lay.kind) else ""
    rest = times(lay.description[len(kind):]).replace("stride", tr("stride"))
    return (tr(KINDS[kind]) if kind in KINDS else kind) + rest.replace("->", "→")


def header(lay: LayerSnapshot) -> str:
    act = f" · {lay.activation}" if lay.activation else ""
    return (f"{lay.name} · {description(lay)}{act} · "
            f"{shape_text(lay.in_shape)} → {shape_text(lay.out_shape)}")


def conv_border(lay: LayerSnapshot) -> tuple[borders.Border, borders.Border]:
    """The zero border the forward pass put around X, along rows and along columns, as
    :mod:`cnnviz.core.borders` defines it for the layer's border mode (stride 1, as in
    LeNet-5)."""
    return tuple(borders.border(n, k, lay.border_mode) for n, k in zip(lay.in_shape[1:],
                                                              lay.weight.shape[-2:]))


def conv_backward_caption(lay: LayerSnapshot) -> str:
    """The lecture's three terms. With a border (same and full mode) the kernel slid over
    X with its zero border X̃: dE/dK correlates X̃, not X (else a 32x32 X and a 32x32 dE/dY
    would give one number, not 5x5), and the full convolution gives dE/dX̃, X's
    gradient once the border is cut off again."""
    sides = {b for axis in conv_border(lay) for b in (axis.before, axis.after)}
    if sides == {0}:
        return tr("dE/dK_ij = X_j ⋆ dE/dY_i (valid correlation)   ·   dE/dB_i = Σ dE/dY_i"
                  "   ·   dE/dX_j = Σ_i dE/dY_i *full K_ij (*: convolution, full)")
    width = "–".join(str(n) for n in sorted(sides))   # LeNet-5's 5x5 kernels: one width
    return tr("dE/dK_ij = X̃_j ⋆ dE/dY_i (valid correlation; X̃_j: X_j with its {0}-pixel zero "
              "border)   ·   dE/dB_i = Σ dE/dY_i   ·   dE/dX_j = Σ_i dE/dY_i *full K_ij "
              "(*: convolution, full) without the {0}-pixel border").format(width)


def captions(lay: LayerSnapshot) -> tuple[str, str]:
    """The forward and the backward formula of the layer's kind."""
    f = lay.activation or ""
    out = tr("output = {0}(Y)").format(f) if f else tr("no activation: output = Y")
    if lay.kind == "conv":
        return (tr("Y_i = B_i + Σ_j X_j ⋆ K_ij (⋆: cross-correlation, {0})   ·   {1}")
                .format(lay.border_mode, out),
                conv_backward_caption(lay))
    if lay.kind == "dense":
        return (tr("Y = W X + B   ·   {0}").format(out),
                tr("dE/dW = dE/dY Xᵀ   ·   dE/dB = dE/dY   ·   dE/dX = Wᵀ dE/dY"))
    k = lay.pool_window
    if lay.kind == "max pool":
        return (tr("Y_c = max of each {0}×{0} window of X_c   ·   no weights, no activation")
                .format(k),
                tr("dE/dX = dE/dY routed to the winner of each window, 0 elsewhere"))
    return (tr("Y_c = mean of each {0}×{0} window of X_c   ·   no weights, no activation")
            .format(k),
            tr("dE/dX = dE/dY / k² spread over each window (k = {0})").format(k))


def _width(lay: LayerSnapshot) -> int:
    """Width for the maps: half the inspector when the kernel grid takes the other half."""
    return HALF if split_layout(lay) else FULL


def forward_specs(lay: LayerSnapshot, start: int) -> dict[str, PanelSpec]:
    """Panels X, K, B, Z, Y (and winners for max pooling); absent keys are hidden."""
    mw = _width(lay)
    specs: dict[str, PanelSpec] = {}
    x = lay.x
    what = tr("input vector") if x.ndim == 1 else tr("input maps")
    specs["X"] = PanelSpec(tr("X — {0} ({1})").format(what, shape_text(x.shape)),
                           *_maps(x, "X", mw), scale_of=x)
    if lay.weight is not None:
        name = "K" if lay.weight.ndim == 4 else "W"
        maps, labels, cols, sub = _kernels(lay.weight, lay, start, name)
        title = (tr("K_ij — kernel weights ({0}×{1} of {2}×{3})").format(*lay.weight.shape)
                 if lay.weight.ndim == 4 else
                 tr("W — weight matrix ({0}×{1})").format(*lay.weight.shape))
        specs["K"] = PanelSpec(title, maps, labels, cols, lay.weight, sub, says_role=True)
        b, first = _page(lay.bias, lay, start)
        specs["B"] = PanelSpec(tr("B — bias ({0})").format(shape_text(lay.bias.shape)),
                               *_maps(b, "B", mw, first), scale_of=lay.bias, says_role=True)
    z, first = _page(lay.z, lay, start)
    shape = shape_text(lay.out_shape)
    formula = tr("Y_i = B_i + Σ_j X_j ⋆ K_ij") if lay.kind == "conv" else tr("Y = W X + B")
    act = lay.activation
    if lay.weight is not None:
        specs["Z"] = PanelSpec(tr("Y — pre-activation output ({0})").format(shape),
                               *_maps(z, "Y", mw, first), scale_of=lay.z, subtitle=formula)
    y, _ = _page(lay.y, lay, start)
    if act:
        specs["Y"] = PanelSpec(tr("{0}(Y) — activated output ({1})").format(act, shape),
                               *_maps(y, f"{act}(Y)", mw, first), scale_of=lay.y)
    elif lay.weight is not None:
        specs["Z"].subtitle += tr(" · no activation: Y is the block's output")
    else:
        specs["Y"] = PanelSpec(tr("Y — output ({0})").format(shape), *_maps(y, "Y", mw, first),
                               scale_of=lay.y,
                               subtitle=tr("pooling has no activation: pre-activation = "
                                           "output, so it is shown once"))
    if paged(lay) and z.shape[0] < lay.out_shape[0]:
        for key in ("Z", "Y"):
            if key in specs:
                specs[key].subtitle += tr(" · output maps {0}–{1} of {2}").format(
                    first, first + z.shape[0] - 1, lay.out_shape[0])
    if lay.winners is not None:
        won = winners_map(lay)
        specs["winners"] = PanelSpec(
            tr("winners — which input won ({0})")
            .format(shape_text(won.shape)), *_maps(won, "won", mw), levels=(0.0, 1.0),
            subtitle=tr("1 = this input is the maximum of its window and passes on"))
    return specs


def backward_specs(lay: LayerSnapshot, start: int, first: bool = False
                   ) -> dict[str, PanelSpec]:
    """Panels dY (dE/dY w.r.t. the pre-activation), dK, dB, dX; messages until backward.

    ``first`` says the block reads the image itself, so dE/dX goes to no other block.
    """
    mw = _width(lay)
    names = {"dY": "dE/dY", "dK": "dE/dK" if lay.kind == "conv" else "dE/dW",
             "dB": "dE/dB", "dX": "dE/dX"}
    keys = ["dY", "dX"] if lay.weight is None else ["dY", "dK", "dB", "dX"]
    shape = shape_text(lay.out_shape)
    titles = {
        "dY": tr("dE/dY — gradient w.r.t. Y ({0})").format(shape),
        "dK": tr("{0} — weight gradient").format(names["dK"]),
        "dB": tr("dE/dB — bias gradient"),
        "dX": tr("dE/dX — gradient w.r.t. the input ({0})").format(shape_text(lay.in_shape)),
    }
    if not lay.has_backward:
        msg = tr("{0} appears once the backward pass reaches {1}")
        return {k: PanelSpec(titles[k], message=msg.format(names[k], lay.name)) for k in keys}
    specs = {}
    dz, first_map = _page(lay.dz, lay, start)
    sub = (tr("Y is the pre-activation: dE/dY = {0}'(Y) · dE/d(output)").format(lay.activation)
           if lay.activation else tr("Y is the block's output"))
    specs["dY"] = PanelSpec(titles["dY"], *_maps(dz, "dE/dY", mw, first_map), scale_of=lay.dz,
                            subtitle=sub)
    if lay.weight is not None:
        maps, labels, cols, sub = _kernels(lay.dweight, lay, start, names["dK"])
        specs["dK"] = PanelSpec(titles["dK"], maps, labels, cols, lay.dweight, sub)
        db, first_b = _page(lay.dbias, lay, start)
        specs["dB"] = PanelSpec(titles["dB"], *_maps(db, "dE/dB", mw, first_b),
                                scale_of=lay.dbias)
    if lay.dx is None:
        specs["dX"] = PanelSpec(titles["dX"], message=tr("dE/dX is not needed for the input"))
    else:
        dx = lay.dx.reshape(lay.x.shape) if lay.x.ndim == 1 else lay.dx
        specs["dX"] = PanelSpec(titles["dX"], *_maps(dx, "dE/dX", mw), scale_of=lay.dx,
                                subtitle=tr("the gradient at the input image") if first
                                else tr("passed back as dE/d(output) of the block before"))
    return specs
