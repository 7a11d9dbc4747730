"""Test images as a grid of thumbnails with their index, true and predicted class and the
confidence; pictures are made only for the thumbnails that come into view."""

from __future__ import annotations

import numpy as np

from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

THUMB_PX = 84   # three screen pixels per MNIST pixel


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ThumbList", text)


def thumbnail(image: np.ndarray) -> QtGui.QPixmap:
    """A (28, 28) uint8 image as a THUMB_PX pixmap, white ink on black like MNIST."""
    a = np.ascontiguousarray(image, dtype=np.uint8)
    h, w = a.shape
    q = QtGui.QImage(a.data, w, h, w, QtGui.QImage.Format.Format_Grayscale8)
    return QtGui.QPixmap.fromImage(q.scaled(THUMB_PX, THUMB_PX,
                                            QtCore.Qt.AspectRatioMode.KeepAspectRatio))


class ThumbModel(QtCore.QAbstractListModel):
    """Rows: test indices. ``set_rows(indices, texts)``; pictures come from ``images``."""

    def __init__(self, images: np.ndarray, parent=None):
        super().__init__(parent)
        self.images = images
        self.indices = np.zeros(0, np.int64)
        self.texts: list[str] = []
        self._pixmaps: dict[int, QtGui.QPixmap] = {}

    def set_rows(self, indices: np.ndarray, texts: list[str]) -> None:
        self.beginResetModel()
        self.indices, self.texts = np.asarray(indices, np.int64), list(texts)
        self.endResetModel()

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.indices)

    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = int(self.indices[index.row()])
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()]
        if role == QtCore.Qt.ItemDataRole.DecorationRole:
            if i not in self._pixmaps:
                self._pixmaps[i] = thumbnail(self.images[i])
            return self._pixmaps[i]
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return tr("Click: trace test image {0} in the network view").format(i)
        return None


class ThumbList(QtWidgets.QListView):
    """A wrapping grid of thumbnails; ``indexChosen(test index)`` on a click."""

    indexChosen = QtCore.Signal(int)

    def __init__(self, images: np.ndarray, parent=None):
        super().__init__(parent)
        self.setViewMode(QtWidgets.QListView.ViewMode.IconMode)
        self.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.setMovement(QtWidgets.QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setIconSize(QtCore.QSize(THUMB_PX, THUMB_PX))
        self.setGridSize(QtCore.QSize(THUMB_PX + 40, THUMB_PX + 48))
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setLayoutMode(QtWidgets.QListView.LayoutMode.Batched)
        self.model_ = ThumbModel(images, self)
        self.setModel(self.model_)
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)   # Return on the current thumbnail

    def _choose(self, ix: QtCore.QModelIndex) -> None:
        self.indexChosen.emit(int(self.model_.indices[ix.row()]))

    def set_rows(self, indices: np.ndarray, texts: list[str]) -> None:
        self.model_.set_rows(indices, texts)
        self.scrollToTop()

    def shown_indices(self) -> np.ndarray:
        return self.model_.indices.copy()

    def item_point(self, row: int) -> QtCore.QPoint:
        """The centre of row ``row`` in the viewport (for clicks in tests)."""
        return self.visualRect(self.model_.index(row)).center()
