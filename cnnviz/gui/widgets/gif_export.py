"""Animated GIFs of a lab animation: ``save_gif(frames, path, ms)`` with Pillow, and a
right-click entry "Export animation as GIF…" for pages that animate.

All frames share one palette, made from frames spread over the whole animation (the
output fills in as it goes, so the first frame alone lacks colours that come later);
colours do not flicker, and Pillow stores only the part of each frame that changed: a
1000-frame animation stays a few MB.
"""

from __future__ import annotations

from pathlib import Path

from cnnviz.gui.i18n import error_text
from cnnviz.gui.qt import QT_TRANSLATE_NOOP, QtCore, QtGui, QtWidgets
from cnnviz.errors import reason
from cnnviz.gui.widgets.export_menu import ExportError, ExportMenuMixin
from cnnviz.gui.widgets import file_dialogs


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


class RenderedFrames:
    """An animation's frames, each drawn only when asked for: ``show(i)`` puts ``widget``
    at position ``i``, which is then grabbed. A 1000-frame animation held as pictures
    takes a gigabyte; drawn one at a time and reduced to the GIF's palette at once it takes
    a quarter of that. ``restore()`` puts the widget back where it was."""

    def __init__(self, widget: QtWidgets.QWidget, count: int, show, restore=None):
        self.widget, self.count, self.show, self._restore = widget, int(count), show, restore

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i: int) -> QtGui.QImage:
        if not 0 <= i < self.count:
            raise IndexError(i)
        self.show(i)
        return self.widget.grab().toImage()

    def restore(self) -> None:
        if self._restore is not None and self.count:
            self._restore()

    def grab_all(self, progress=None) -> list[QtGui.QImage]:
        """Every frame as a picture, then back where it was; ``progress(done, total)``
        is called per frame (False cancels)."""
        try:
            images = []
            for i in range(self.count):
                check_progress(progress, i, self.count)
                images.append(self[i])
            return images
        finally:
            self.restore()


def save_gif(frames, path: str | Path, ms_per_frame: int = 500, progress=None) -> Path:
    """Write ``frames`` (QImages: a list, or :class:`RenderedFrames`) to ``path`` as a
    looping GIF, ``ms_per_frame`` each.

    ``progress(done, total) -> bool`` is called per frame; returning False cancels.
    """
    try:
        return _save_gif(frames, path, ms_per_frame, progress)
    finally:
        if isinstance(frames, RenderedFrames):
            frames.restore()


def _save_gif(frames, path, ms_per_frame, progress) -> Path:
    from PIL import Image

    path = Path(path)
    if not len(frames):
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "{path}: there are no frames to write"),
                          path=path)
    if path.suffix.lower() != ".gif":
        raise ExportError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: an animation needs a .gif file name, not {suffix!r}"),
            path=path, suffix=path.suffix)
    palette = _palette([_to_pil(frames[i]) for i in _spread(len(frames), PALETTE_FRAMES)])
    images = []
    for i in range(len(frames)):
        check_progress(progress, i, len(frames))
        images.append(_to_pil(frames[i]).quantize(palette=palette, dither=Image.Dither.NONE))
    first, rest = images[0], images[1:]
    try:
        first.save(path, save_all=True, append_images=rest, duration=max(20, int(ms_per_frame)),
                   loop=0, disposal=1)
    except (OSError, ValueError) as e:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "{path}: could not write the GIF ({reason})"),
                          path=path, reason=reason(e)) from None
    return path


class GifExportMixin(ExportMenuMixin):
    """Adds "Export animation as GIF…" to the right-click menu.

    The class provides ``animation_frames()`` (a :class:`RenderedFrames`, or a list of
    QImages) and ``animation_ms() -> int`` (time per frame).
    """

    def context_menu(self) -> QtWidgets.QMenu:
        menu = super().context_menu()
        act = menu.addAction(tr("Export animation as GIF…"))
        act.setObjectName("action_export_gif")
        act.triggered.connect(self._export_gif_dialog)
        return menu

    def export_gif(self, path: str | Path, progress=None) -> Path:
        """Write one frame per animation position to ``path``; ``progress(done, total)``
        is called per frame (False cancels)."""
        return save_gif(self.animation_frames(), path, self.animation_ms(), progress)

    def _export_gif_dialog(self) -> None:
        path = file_dialogs.save_path(self, tr("Export animation"), "animation.gif",
                                      tr("GIF animations (*.gif)"))
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
            QtWidgets.QMessageBox.warning(self, tr("Export animation"), error_text(e))
        finally:
            dialog.reset()
            dialog.deleteLater()
