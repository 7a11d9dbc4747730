"""Real failures reach the window in Russian, naming what is at fault; str() stays English."""

import re

import numpy as np
import pytest

from cnnviz.core import checkpoint
from cnnviz.data import load
from cnnviz.data.idx import write_idx
from cnnviz.data.mnist import FILES
from cnnviz.errors import CheckpointError, CnnvizError, DataError, Message
from cnnviz.gui.i18n import error_text
from cnnviz.gui.qt import QtWidgets
from tests.gui.lab_helpers import type_matrix
from tests.gui.visible_texts import ALLOWED, WORD

#: names of file formats, written in Latin in Russian too (as PNG and GIF are)
FORMATS = {"IDX", "JSON", "gzip", "zip", "npy", "NaN", "nan", "inf"}


def leaves(message) -> list[str]:
    """The texts of the values of ``message`` and of the messages among them."""
    out = []
    for v in message.values.values():
        out += leaves(v) if isinstance(v, Message) else [str(v)]
    return out


def assert_russian(shown: str, message: Message, *must_name) -> None:
    """Russian, naming ``must_name``, and no English word but the values themselves."""
    for name in must_name:
        assert str(name) in shown, (name, shown)
    rest = shown
    for value in sorted(filter(None, leaves(message)), key=len, reverse=True):
        rest = rest.replace(value, " ")
    assert re.search("[а-яё]{4,}", rest.lower()), shown
    leftover = [w for w in WORD.findall(rest) if w not in ALLOWED | FORMATS]
    assert leftover == [], (leftover, shown)


def shown_dialog(window) -> str:
    box = window.findChild(QtWidgets.QMessageBox, "error_dialog")
    assert box is not None and box.text() == window.last_error
    return box.text()


def test_a_corrupt_checkpoint(russian, window, tmp_path):
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"PK\x03\x04 this is no checkpoint")
    with pytest.raises(CheckpointError) as info:
        checkpoint.load(bad)
    assert str(info.value).startswith(f"{bad}: not a readable cnnviz checkpoint (")
    assert window.open_checkpoint(bad) is False
    assert_russian(shown_dialog(window), info.value.message, bad)
    assert "не удаётся прочитать" in window.last_error


def test_a_checkpoint_with_a_wrong_shape(russian, window, tmp_path):
    good = checkpoint.save_session(tmp_path / "good.npz", window.controller.session)
    with np.load(good) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["param/C3.weight"] = arrays["param/C3.weight"][:, :, :3, :3].copy()
    bad = tmp_path / "reshaped.npz"
    np.savez(bad, **arrays)
    with pytest.raises(CheckpointError) as info:
        checkpoint.load_network(bad)
    assert str(info.value) == (f"{bad}: C3.weight has shape (16, 6, 3, 3), "
                               f"expected (16, 6, 5, 5)")
    assert window.open_checkpoint(bad) is False
    assert_russian(shown_dialog(window), info.value.message,
                   bad, "C3.weight", "(16, 6, 3, 3)", "(16, 6, 5, 5)")
    assert "имеет форму" in window.last_error


@pytest.mark.parametrize("gz", [False, True])
def test_a_truncated_mnist_file(russian, window, tmp_path, gz):
    rng = np.random.default_rng(0)
    arrays = {"train_images": rng.integers(0, 256, (5, 28, 28), dtype=np.uint8),
              "train_labels": rng.integers(0, 10, 5, dtype=np.uint8),
              "test_images": rng.integers(0, 256, (3, 28, 28), dtype=np.uint8),
              "test_labels": rng.integers(0, 10, 3, dtype=np.uint8)}
    for role, a in arrays.items():
        write_idx(tmp_path / (FILES[role] + (".gz" if gz else "")), a)
    cut = tmp_path / (FILES["train_images"] + (".gz" if gz else ""))
    cut.write_bytes(cut.read_bytes()[:-200 if gz else 1000])
    with pytest.raises(DataError) as info:
        load(tmp_path, verify_checksums=False)
    english_text = str(info.value)
    assert english_text.startswith(f"{cut}: ")
    assert ("truncated: header says 5 images of 28x28 (3936 bytes) but the file holds 1000 "
            "bytes" in english_text) if not gz else ("gzip file ends early" in english_text)
    window.show_error(info.value)
    assert_russian(shown_dialog(window), info.value.message, cut)
    assert ("5" in window.last_error and "3936" in window.last_error) if not gz else True


@pytest.mark.filterwarnings("ignore:invalid value:RuntimeWarning")
@pytest.mark.filterwarnings("ignore:overflow:RuntimeWarning")
def test_a_diverging_run_in_the_training_process(russian, window, qtbot):
    c = window.controller
    assert c.set_hyper(lr=1e38)
    c.play()
    qtbot.waitUntil(lambda: not c.running, timeout=60000)
    shown = shown_dialog(window)
    assert "уменьшите скорость обучения (1e+38)" in shown, shown
    assert re.search(r"на шаге \d+ \(эпоха 1\)", shown), shown


def test_a_bad_hyperparameter(russian, window):
    assert window.controller.set_hyper(momentum=2.0) is False
    assert window.last_error == "импульс должен лежать в [0, 1], а не 2.0"
    assert window.controller.set_hyper(lr=-0.5) is False
    assert window.last_error == "скорость обучения: значение должно быть > 0.0, а не -0.5"


def test_english_stays_as_before(window):
    assert window.controller.set_hyper(lr=-0.5) is False
    assert window.last_error == "learning rate must be > 0.0, not -0.5"


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(russian):
    """A broken translation never turns a message into a crash."""
    m = Message("{path}: no such checkpoint file", path="x.npz")
    assert error_text(m) == "x.npz: такого файла контрольной точки нет"
    assert error_text(CnnvizError(Message("{nowhere} in no .ts", nowhere=1))) == "1 in no .ts"
    assert error_text(ValueError("plain")) == "plain"


def test_a_bad_entry_on_a_lab_page(russian, show_page):
    page = show_page("pooling_lab")
    type_matrix(page.x_editor, np.arange(1, 10).reshape(3, 3))
    page.x_editor.editor.item(1, 1).setText("x")
    assert page.error_label.text() == "X, строка 2, столбец 2: 'x' — не число"
    page.window_size.setValue(4)
    shown = page.error_label.text()
    assert shown.startswith("окно подвыборки 4x4 с шагом 2 не помещается"), shown
