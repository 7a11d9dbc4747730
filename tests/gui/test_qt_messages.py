"""Qt's own messages: a headless platform plugin's notices are dropped, the rest kept."""

from cnnviz.gui.app import _quiet_offscreen


def test_headless_plugin_notices_are_dropped_and_other_messages_kept(capsys):
    for notice in ("This plugin does not support raise()",
                   "This plugin does not support propagateSizeHints()"):
        _quiet_offscreen(None, None, notice)
    assert capsys.readouterr().err == ""
    _quiet_offscreen(None, None, "QPainter::begin: Paint device returned engine == 0")
    _quiet_offscreen(None, None, "a plugin that does not support raise() said so")
    err = capsys.readouterr().err.splitlines()
    assert err == ["QPainter::begin: Paint device returned engine == 0",
                   "a plugin that does not support raise() said so"]
