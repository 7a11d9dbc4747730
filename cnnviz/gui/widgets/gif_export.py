"""Animated GIFs of a lab animation: ``save_gif(frames, path, ms)`` with Pillow, and a
right-click entry "Export animation as GIF…" for pages that animate.

All frames share one palette, made from frames spread over the whole animation (the
output fills in as it goes, so the first frame alone lacks colours that come later);
colours do not flicker, and Pillow stores only the part of each frame that changed: a
1000-frame animation stays a few MB.
"""

from __future__ import annotations

from pathlib import Path

from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.gui.widgets.export_menu import ExportMenuMixin


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("GifExport", text)


def _to_pil(image: QtGui.QImage):
    from PIL import Image

    rgb = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    w, h = rgb.width(), rgb.height()
    data = bytes(rgb.constBits())[: rgb.bytesPerLine() * h]
    return Image.frombuffer("RGB", (w, h), data, "raw", "RGB", rgb.bytesPerLine(), 1).copy()


PALETTE_FRAMES = 12


def _spread(n: int, k: int) -> list[int]:
    """Up to k frame numbers spread evenly over 0..n-1, first and last included."""
    m = min(n, k)
    return sorted({round(i * (n - 1) / max(m - 1, 1)) for i in range(m)})


def _palette(images):
    """One 255-colour palette for all of ``images`` (stacked, then median cut)."""
    from PIL import Image

    w, h = images[0].size
    sheet = Image.new("RGB", (w, h * len(images)))
    for i, im in enumerate(images):
        sheet.paste(im, (0, i * h))
    return sheet.quantize(colors=255, method=Image.Quantize.MEDIANCUT)


class ExportCancelled(Exception):
    """The user stopped an export; nothing was written."""


def check_progress(progress, done: int, total: int) -> None:
    """Report ``done`` of ``total`` to ``progress(done, total) -> bool``; False cancels."""
    if progress is not None and not progress(done, total):
        raise ExportCancelled()


def save_gif(frames: list[QtGui.QImage], path: str | Path, ms_per_frame: int = 500,
             progress=None) -> Path:
    """Write ``frames`` to ``path`` as a looping GIF, ``ms_per_frame`` each.

    ``progress(done, total) -> bool`` is called per frame; returning False cancels.
    """
    from PIL import Image

    path = Path(path)
    if not frames:
        raise OSError(f"{path}: there are no frames to write")
    if path.suffix.lower() != ".gif":
        raise OSError(f"{path}: an animation needs a .gif file name, not {path.suffix!r}")
    palette = _palette([_to_pil(frames[i]) for i in _spread(len(frames), PALETTE_FRAMES)])
    first = _to_pil(frames[0]).quantize(palette=palette, dither=Image.Dither.NONE)
    rest = []
    for i, f in enumerate(frames[1:], 1):
        check_progress(progress, i, len(frames))
        rest.append(_to_pil(f).quantize(palette=palette, dither=Image.Dither.NONE))
    try:
        first.save(path, save_all=True, append_images=rest, duration=max(20, int(ms_per_frame)),
                   loop=0, disposal=1)
    except (OSError, ValueError) as e:
        raise OSError(f"{path}: could not write the GIF ({e})") from None
    return path


class GifExportMixin(ExportMenuMixin):
    """Adds "Export animation as GIF…" to the right-click menu.

    The class provides ``animation_frames(progress=None) -> list[QImage]`` (calling
    :func:`check_progress` per frame) and ``animation_ms() -> int`` (time per frame).
    """

    def context_menu(self) -> QtWidgets.QMenu:
        menu = super().context_menu()
        act = menu.addAction(tr("Export animation as GIF…"))
        act.setObjectName("action_export_gif")
        act.triggered.connect(self._export_gif_dialog)
        return menu

    def export_gif(self, path: str | Path, progress=None) -> Path:
        """Write one frame per animation position to ``path``; ``progress(done, total)``
        sees the pictures taken, then the frames written (False cancels)."""
        def half(offset):
            return None if progress is None else \
                lambda done, total: progress(offset * total + done, 2 * total)

        frames = self.animation_frames(progress=half(0))
        return save_gif(frames, path, self.animation_ms(), progress=half(1))

    def _export_gif_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, tr("Export animation"), "animation.gif", tr("GIF animations (*.gif)"))
        if not path:
            return
        dialog = QtWidgets.QProgressDialog(tr("Writing the animation…"), tr("Cancel"), 0, 1, self)
        dialog.setObjectName("gif_progress")
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)      # a modal progress dialog keeps the window drawn
            return not dialog.wasCanceled()

        try:
            self.export_gif(path, progress)
        except ExportCancelled:
            pass
        except OSError as e:
            QtWidgets.QMessageBox.warning(self, tr("Export animation"), str(e))
        finally:
            dialog.reset()
            dialog.deleteLater()
