"""Start the cnnviz window: ``cnnviz [--data DIR] [--checkpoint CKPT | --pretrained]``."""

from __future__ import annotations

import argparse
import sys

from cnnviz.errors import CnnvizError


def _quiet_offscreen(mode, context, message: str) -> None:
    """Qt's messages to stderr, except a headless platform plugin's notices that it
    cannot do what only a real screen does ("This plugin does not support raise()",
    "... propagateSizeHints()"): every headless export printed them, and they mean
    nothing there."""
    if not message.startswith("This plugin does not support "):
        print(message, file=sys.stderr)


def make_app(argv: list[str] | None = None):
    """The QApplication (created once), with a font that reads well on a projector."""
    from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

    app = QtWidgets.QApplication.instance()
    if app is None:
        QtCore.qInstallMessageHandler(_quiet_offscreen)
        app = QtWidgets.QApplication(["cnnviz", *(argv or [])])
        app.setApplicationName("cnnviz")
        font = app.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        app.setFont(font)
        QtGui.QGuiApplication.setDesktopFileName("cnnviz")
        # garbage is collected by a timer in the GUI thread for the application's whole
        # life (cnnviz.gui.gui_gc), not wherever an allocation fills a generation: inside
        # a Qt call that holds a lock (a signal disconnected while a plot is built), the
        # collector deleted a dropped widget whose destructor waited for that same lock
        from cnnviz.gui import gui_gc

        gui_gc.hold()
    return app


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cnnviz", description="The LeNet-5 explorer window.")
    p.add_argument("--data", metavar="DIR", help="folder of MNIST-format IDX files")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--checkpoint", metavar="CKPT", help="open this checkpoint")
    src.add_argument("--pretrained", action="store_true", help="open the bundled trained net")
    p.add_argument("--probe", type=int, default=0, metavar="INDEX",
                   help="test-set index of the image to show first (default: 0)")
    p.add_argument("--lang", default=None, help="interface language: en, ru or auto "
                   "(the system locale's; default: the scenario's, else auto)")
    p.add_argument("--scenario", metavar="FILE.json",
                   help="open a saved scenario (its checkpoint FILE.npz lies next to it)")
    p.add_argument("--theme", choices=["light", "dark"], help="colour theme (default: light, "
                   "or the scenario's)")
    p.add_argument("--present", action="store_true",
                   help="start in presentation mode (full screen, large fonts); F11 leaves it")
    return p


def scenario_language(path: str | None) -> str:
    """The language a scenario asks for ("auto" without one, or when it cannot be read:
    opening it later says why)."""
    from cnnviz.core import scenario

    try:
        return scenario.load(path).language if path else "auto"
    except CnnvizError:
        return "auto"


def _open_network(window, args) -> None:
    """--pretrained or --checkpoint. A file that cannot be opened is named in a dialog,
    which goes once dismissed: the terminal keeps it too, and says that the network on
    show is a new one, not the file's."""
    if not (args.pretrained or args.checkpoint):
        return
    opened = window.open_pretrained() if args.pretrained else window.open_checkpoint(
        args.checkpoint)
    if not opened:
        print(f"cnnviz: error: {window.last_error}; the window shows a new network instead",
              file=sys.stderr)


def _lecture_options(window, args) -> None:
    """--scenario, then --theme and --present, which override the scenario's."""
    from cnnviz.gui import scenario_io

    if args.scenario:
        scenario_io.open_scenario(window, args.scenario)
    if args.theme:
        window.lecture.themes.apply(args.theme)
    if args.present:
        window.lecture.presentation.set_active(True)


def report_unexpected(window) -> None:
    """An error cnnviz did not expect (a bug) in anything the window does: the traceback
    goes to the terminal, for a report, and the window says in a dialog that the last
    action failed, instead of failing it without a word. The dialog is opened on the GUI
    thread whichever thread failed (the link's, say), and only one at a time: an error
    that repeats (in a paint, at every frame) does not pile dialogs up."""
    import traceback

    from cnnviz.errors import Message
    from cnnviz.gui.qt import QtCore, QtWidgets
    from cnnviz.translatable import QT_TRANSLATE_NOOP

    class Reporter(QtCore.QObject):
        said = QtCore.Signal(object)

        def show(self, message) -> None:
            box = window.findChild(QtWidgets.QMessageBox, "unexpected_error")
            if box is None or not box.isVisible():
                window.show_error(message, "unexpected_error")

    reporter = Reporter(window)         # lives on the GUI thread, and goes with the window
    reporter.said.connect(reporter.show)   # queued when said from another thread

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        traceback.print_exception(kind, value, tb)
        try:
            reporter.said.emit(Message(QT_TRANSLATE_NOOP(
                "Errors", "cnnviz met an error it did not expect, and the last action did not "
                          "complete: {kind}: {detail}. The details are on the terminal; "
                          "saving the network (File > Save checkpoint) keeps the work so far."),
                kind=kind.__name__, detail=str(value)))
        except Exception:   # the window itself is gone or broken: the terminal has it all
            pass

    sys.excepthook = hook


def can_show_dialogs() -> bool:
    """False on Qt's headless platforms (offscreen, minimal): a modal dialog there waits
    for a click nobody can give, and ``cnnviz --data MISSING`` in a script never ended."""
    from cnnviz.gui.qt import QtGui

    return QtGui.QGuiApplication.platformName() not in ("offscreen", "minimal")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from cnnviz.core.tuning import tune
    from cnnviz.gui.qt import QtWidgets

    tune()
    app = make_app()
    try:
        from cnnviz.data import load
        from cnnviz.gui import i18n
        from cnnviz.gui.main_window import MainWindow

        i18n.install(app, args.lang or scenario_language(args.scenario))
        window = MainWindow(load(args.data), probe_index=args.probe)
    except CnnvizError as e:
        from cnnviz.gui.i18n import error_text

        print(f"cnnviz: error: {e}", file=sys.stderr)
        if can_show_dialogs():
            QtWidgets.QMessageBox.critical(None, "cnnviz", error_text(e))
        return 2
    _open_network(window, args)
    _lecture_options(window, args)
    report_unexpected(window)
    window.show()
    return app.exec()
