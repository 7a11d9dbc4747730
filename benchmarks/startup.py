"""How long `cnnviz` takes to open its window: from starting the process to the end of
the main window's first paint, with LeNet-5 built on the bundled MNIST and the probe
digit already run forward (what a lecturer waits for after typing `cnnviz`).

Each run is a fresh process that runs the same entry point as the `cnnviz` command
(`cnnviz.cli.main([])`), ended once the window has painted itself. Prints every run
and the median; the first run may include a cold disk cache.

    python benchmarks/startup.py --runs 5     # on the screen, or offscreen without one
    # under Xvfb, a real X server: DISPLAY=:99 QT_QPA_PLATFORM=xcb python ...
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

# Runs in the child: the `cnnviz` command's own entry point, with an event filter that
# notes the main window's first paint and then ends the event loop.
CHILD = r"""
import sys, time
import cnnviz.gui.app as app_module
from cnnviz.gui.qt import QtCore

make_app = app_module.make_app

class FirstPaint(QtCore.QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QtCore.QEvent.Type.Paint and obj.isWidgetType()
                and obj.window().objectName() == "cnnviz_main_window"
                and not getattr(self, "seen", False)):
            self.seen = True
            QtCore.QTimer.singleShot(0, painted)   # runs once this paint has finished
        return False

def painted():
    print(f"painted {time.time():.6f}", flush=True)
    QtCore.QCoreApplication.quit()

def make_app_noting_paint(*args, **kwargs):
    app = make_app(*args, **kwargs)
    app._first_paint = FirstPaint()
    app.installEventFilter(app._first_paint)
    return app

app_module.make_app = make_app_noting_paint
from cnnviz.cli import main
sys.exit(main([]))
"""


def one_run(timeout: float) -> float:
    """Seconds from starting the process to the main window's first paint."""
    t0 = time.time()
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        raise SystemExit(f"the window did not paint within {timeout:.0f} s") from None
    for line in proc.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - t0
    raise SystemExit(f"the window did not paint (exit code {proc.returncode}):\n"
                     f"{proc.stderr[-2000:]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per run")
    args = ap.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # no screen: offscreen
    platform = os.environ.get("QT_QPA_PLATFORM", "the system's")
    times = []
    for i in range(args.runs):
        times.append(one_run(args.timeout))
        print(f"run {i + 1}: window painted {times[-1]:.2f} s after the process started")
    print(f"platform {platform}: median {statistics.median(times):.2f} s, "
          f"min {min(times):.2f} s, max {max(times):.2f} s over {len(times)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
