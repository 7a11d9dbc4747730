"""How long the Draw page takes from a piece of stroke to the updated picture.

A stroke is drawn with mouse events, one move at a time, on the Draw page of the window
with the pretrained LeNet-5; after each move the event loop runs until the page has run
the drawing through the pipeline and the network and Qt has painted it. Prints the
latency (median, 95th percentile, max) when idle and, with ``--training``, while the
training process runs.

    QT_QPA_PLATFORM=offscreen python benchmarks/draw_latency.py
    QT_QPA_PLATFORM=offscreen python benchmarks/draw_latency.py --training

Measured on 2 shared cores (load average 3.5-4.5 from other work): idle median 31-35 ms,
p95 40-77 ms; while training median 72-100 ms, p95 about 250 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import numpy as np


def stroke(n: int) -> list[tuple[float, float]]:
    """A spiral across the canvas, ``n`` points."""
    t = np.linspace(0, 4 * np.pi, n)
    return list(zip(140 + (20 + 8 * t) * np.cos(t), 140 + (20 + 8 * t) * np.sin(t)))


def measure(app, page, points) -> list[float]:
    from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

    left, none = QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.MouseButton.NoButton
    canvas, out = page.canvas, []

    def send(kind, x, y, button, buttons):
        pos = QtCore.QPointF(canvas.to_widget(x, y))
        ev = QtGui.QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button, buttons,
                               QtCore.Qt.KeyboardModifier.NoModifier)
        QtWidgets.QApplication.sendEvent(canvas, ev)

    canvas.clear()
    send(QtCore.QEvent.Type.MouseButtonPress, *points[0], left, left)
    for x, y in points[1:]:
        done = len(page.latency_ms)
        t0 = time.perf_counter()
        send(QtCore.QEvent.Type.MouseMove, x, y, none, left)
        while len(page.latency_ms) == done:
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
        page.repaint()
        out.append(1000 * (time.perf_counter() - t0))
    send(QtCore.QEvent.Type.MouseButtonRelease, *points[-1], left, none)
    return out


def report(name: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(f"{name}: {len(ms)} stroke moves, stroke to picture median "
          f"{statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--points", type=int, default=120, help="mouse moves per stroke")
    ap.add_argument("--training", action="store_true", help="also measure while training")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cnnviz.core.tuning import tune
    from cnnviz.gui.app import make_app
    from cnnviz.gui.main_window import MainWindow

    tune()
    app = make_app()
    window = MainWindow()
    window.open_pretrained()
    window.resize(1280, 800)
    window.show()
    page = window.show_page("draw_page")
    for _ in range(5):
        app.processEvents()
    points = stroke(args.points)
    measure(app, page, points[:10])   # warm-up
    report("idle", measure(app, page, points))
    if args.training:
        window.controller.play()
        time.sleep(2.0)
        report("training", measure(app, page, points))
        window.controller.pause()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
