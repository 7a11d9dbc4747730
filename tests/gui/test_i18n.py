"""Translations: the .ts/.qm files follow the code, and the window speaks Russian."""

import importlib.util
import sys
from pathlib import Path

import pytest

from cnnviz.errors import ConfigError

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


def test_extractor_finds_module_contexts_and_markers(tmp_path):
    tool = _tool()
    pkg = tmp_path / "cnnviz"
    pkg.mkdir()
    (pkg / "a.py").write_text(
        "from PySide6 import QtCore\n"
        "def tr(text):\n    return QtCore.QCoreApplication.translate('Alpha', text)\n"
        "X = QtCore.QT_TR_NOOP('marked')\n"
        "tr('plain')\ntr(X)\n"
        "QtCore.QCoreApplication.translate('Beta', 'direct')\n")
    (pkg / "b.py").write_text("from cnnviz.a import tr\ntr('borrowed')\ntr(f'{1}')\n")
    found = tool.extract(pkg)
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
