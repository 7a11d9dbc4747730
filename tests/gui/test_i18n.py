"""Translations: the .ts/.qm files follow the code, and the window speaks Russian."""

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from cnnviz.errors import ConfigError
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools" / "translations.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_translation_files_follow_the_code(capsys):
    """Every tr() string of the code is in the .ts file (and nothing else), .qm compiled."""
    assert _tool().main(["--check"]) == 0, capsys.readouterr().out


def test_compiled_translation_holds_every_finished_entry(qapp):
    """The shipped .qm answers every finished entry of the .ts with its translation."""
    from cnnviz.gui.qt import QtCore

    tool = _tool()
    for lang in tool.LANGUAGES:
        entries = tool._read_ts(tool.TS_DIR / f"cnnviz_{lang}.ts")
        translator = QtCore.QTranslator()
        assert translator.load(str(tool.TS_DIR / f"cnnviz_{lang}.qm"))
        for (ctx, source), (text, finished) in entries.items():
            if finished:
                assert translator.translate(ctx, source) == text, (ctx, source)


def _extract(tmp_path, sources: dict[str, str]):
    """What the extractor finds in a package ``cnnviz`` of the given files."""
    pkg = tmp_path / "cnnviz"
    pkg.mkdir()
    for name, text in sources.items():
        (pkg / name).write_text(text)
    return _tool().extract(pkg)


def test_extractor_finds_module_contexts_and_markers(tmp_path):
    found = _extract(tmp_path, {
        "a.py": "from PySide6 import QtCore\n"
                "def tr(text):\n    return QtCore.QCoreApplication.translate('Alpha', text)\n"
                "X = QtCore.QT_TR_NOOP('marked')\n"
                "tr('plain')\ntr(X)\n"
                "QtCore.QCoreApplication.translate('Beta', 'direct')\n",
        "b.py": "from cnnviz.a import tr\ntr('borrowed')\ntr(f'{1}')\n"})
    assert set(found.messages["Alpha"]) == {"marked", "plain", "borrowed"}
    assert set(found.messages["Beta"]) == {"direct"}
    assert [p.split(":")[0] for p in found.dynamic] == ["cnnviz/a.py"]
    assert "f-string" in found.problems[0]


def test_language_choice(qapp, monkeypatch):
    from cnnviz.gui import i18n
    from cnnviz.gui.qt import QtCore

    assert i18n.choose("ru") == "ru" and i18n.choose("en") == "en"
    monkeypatch.setattr(QtCore.QLocale, "system", staticmethod(lambda: QtCore.QLocale("ru_RU")))
    assert i18n.choose("auto") == "ru" and i18n.choose(None) == "ru"
    monkeypatch.setattr(QtCore.QLocale, "system", staticmethod(lambda: QtCore.QLocale("de_DE")))
    assert i18n.choose("auto") == "en"
    with pytest.raises(ConfigError, match="--lang 'xx'"):
        i18n.choose("xx")
    assert i18n.install(qapp, "ru") == "ru" and i18n.current() == "ru"
    assert i18n.install(qapp, "en") == "en" and i18n.current() == "en"


def test_every_string_is_translated():
    """The Russian .ts file has no unfinished (untranslated) entry."""
    tool = _tool()
    unfinished = [key for key, (_, done) in tool._read_ts(
        ROOT / "resources" / "translations" / "cnnviz_ru.ts").items() if not done]
    assert unfinished == []


def test_translations_keep_placeholders():
    """{0}, {name}, {1:.2f} and %1 survive translation, or .format() would fail."""
    import re

    tool = _tool()
    marks = re.compile(r"\{[^}]*\}|%\d")
    ts = tool._read_ts(ROOT / "resources" / "translations" / "cnnviz_ru.ts")
    wrong = [(ctx, src, text) for (ctx, src), (text, _) in ts.items()
             if sorted(marks.findall(src)) != sorted(marks.findall(text))]
    assert wrong == []


def _texts_of_every_page(window, qtbot):
    """Visible texts of every page, with every tab of the page's tab widgets on show."""
    from tests.gui.visible_texts import visible_texts

    texts = []
    for name in window.page_names():
        page = window.show_page(name)
        qtbot.wait(20)
        tabs = [(tw, i) for tw in page.findChildren(QtWidgets.QTabWidget)
                for i in range(tw.count())]
        for tw, i in tabs or [(None, 0)]:
            if tw is not None:
                tw.setCurrentIndex(i)
                qtbot.wait(10)
            texts += visible_texts(window)
    return texts


def test_window_speaks_russian_on_every_page(russian, window, qtbot):
    from tests.gui.visible_texts import english

    window.open_pretrained()
    texts = _texts_of_every_page(window, qtbot)
    assert "Свёртка" in texts and "Подвыборка" in texts
    assert english(texts) == []


def test_russian_step_buttons_name_the_passes(russian, window):
    """"Шаг назад" read as "step back" (an undo): the Backward step button names the
    backward pass, as the phase "Обратный проход C3" does."""
    def first_word(text):
        return text.replace("&", "").split()[0]

    phase = QtCore.QCoreApplication.translate
    for action, source in ((window.action_forward_step, "Forward {layer}"),
                           (window.action_backward_step, "Backward {layer}")):
        assert first_word(action.text()) == first_word(phase("Errors", source)), action.text()
    assert "назад" not in window.action_backward_step.text()


def test_english_stays_english(window, qtbot):
    texts = _texts_of_every_page(window, qtbot)
    assert {"Network", "Convolution", "Pooling", "Health"} <= set(texts)
    assert not any(any("а" <= ch <= "я" for ch in t.lower()) for t in texts
                   if t != "Русский")


def test_language_switch_keeps_the_network_and_the_view(window, qtbot):
    """Switching to Russian and back rebuilds the texts; the session, the page, the layer
    and the training curves stay, and a run goes on across the switch."""
    from cnnviz.gui import i18n
    from tests.gui.visible_texts import english, visible_texts

    c = window.controller
    session = c.session
    window.controller.train_batch()
    window.show_page("pooling_lab")
    window.select_layer("S4")
    window.inspector.tabs.setCurrentIndex(1)
    curves = window.training.batch_data()
    dock_width = window.dock.width()
    try:
        window.findChild(QtGui.QAction, "action_language_ru").trigger()
        assert i18n.current() == "ru" and window.windowTitle().endswith("LeNet-5")
        assert window.pages.tabText(0) == "Сеть" and english(visible_texts(window)) == []
        assert c.session is session and window.controller is c
        assert window.pages.currentWidget().objectName() == "pooling_lab"
        assert window.inspector.layer_name == "S4" and window.inspector.tabs.currentIndex() == 1
        for key, values in window.training.batch_data().items():
            np.testing.assert_array_equal(values, curves[key])
        assert window.training.counter_label.text().startswith("шаг 1 ")
        assert window.timeline_bar.step_label.text() == "шаг 1 · сейчас"
        window.action_play.trigger()
        qtbot.waitUntil(lambda: c.session.step >= 3, timeout=20000)
        window.findChild(QtGui.QAction, "action_language_en").trigger()
        assert c.running and window.action_pause.isEnabled()
        assert not window.action_play.isEnabled()
        window.action_pause.trigger()
        qtbot.waitUntil(lambda: not c.running, timeout=20000)
        assert c.session.step >= 3 and window.pages.tabText(0) == "Network"
        assert window.training.batch_data()["step"].size >= 3   # curves went on
        # the dock as wide as before: each switch widened it (360, 406, 433 pixels)
        qtbot.waitUntil(lambda: window.dock.width() == dock_width)
    finally:
        i18n.install(QtWidgets.QApplication.instance(), "en")


def test_extractor_finds_error_templates(tmp_path):
    """Templates marked inside a raise, also through an error class, reach the .ts."""
    found = _extract(tmp_path, {"e.py": (
        "from cnnviz.errors import ConfigError\n"
        "from cnnviz.translatable import QT_TRANSLATE_NOOP\n"
        "def f(x):\n"
        "    raise ConfigError(QT_TRANSLATE_NOOP('Errors', '{x} is bad'), x=x)\n"
        "def g(x):\n"
        "    raise ConfigError(ConfigError.QT_TRANSLATE_NOOP('Errors', '{x} is worse')\n"
        "                      if x else QT_TRANSLATE_NOOP('Errors', 'none'), x=x)\n")})
    assert set(found.messages["Errors"]) == {"{x} is bad", "{x} is worse", "none"}


def test_qt_own_dialogs_follow_the_language(qapp):
    """File > Open is Qt's dialog: its labels come from Qt's translation, loaded too."""
    from cnnviz.gui import i18n
    from cnnviz.gui.qt import QtCore

    try:
        i18n.install(qapp, "ru")
        assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
        assert i18n.current() == "ru"
    finally:
        i18n.install(qapp, "en")
    assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_big_numbers_are_grouped_as_the_language_writes_them(qapp):
    """"шаг 9,380" read in Russian as nine and a fraction: there, digits are grouped by
    a (no-break) space."""
    from cnnviz.gui import i18n
    from cnnviz.gui.views.training_panel import TrainingPanel

    panel = TrainingPanel()
    try:
        assert i18n.grouped(9380) == "9,380" and i18n.grouped(12) == "12"
        panel.set_counters(9380, 10, 15234.4, "")
        assert "9,380" in panel.counters_text() and "15,234" in panel.counters_text()
        i18n.install(qapp, "ru")
        assert i18n.grouped(9380) == "9\u00a0380" and i18n.grouped(1234567) == "1\u00a0234\u00a0567"
        panel.set_counters(9380, 10, 15234.4, "")
        text = panel.counters_text()
        assert "9\u00a0380" in text and "15\u00a0234" in text and "," not in text, text
    finally:
        i18n.install(qapp, "en")
        panel.deleteLater()


def test_error_messages_group_digits_as_the_language_writes_them(qapp):
    """The core's messages group with {n:,}: a Russian reader saw "1,048,576 значений",
    one point something."""
    from cnnviz.errors import Message
    from cnnviz.gui import i18n

    m = Message("{name} declares {count:,} values of {dtype} ({declared:,} bytes) but "
                "holds {left:,} bytes", context="Errors", name="C1.weight", count=1048576,
                dtype="float32", declared=4194304, left=100)
    assert i18n.error_text(m) == ("C1.weight declares 1,048,576 values of float32 "
                                  "(4,194,304 bytes) but holds 100 bytes")
    i18n.install(qapp, "ru")
    try:
        text = i18n.error_text(m)
        assert "1\u00a0048\u00a0576" in text and "4\u00a0194\u00a0304" in text
        assert "," not in text.replace("), ", "")   # the sentence's own comma stays
    finally:
        i18n.install(qapp, "en")
