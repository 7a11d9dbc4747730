"""Responsiveness of the window while LeNet-5 trains continuously with every view live.

Prints: the GUI event loop's latency (how late a 10 ms timer fires: median, 95th
percentile, max), how often the views were redrawn (frames/s), training images/s in the
window against the headless figure at the same batch size (measured before and after the
window's run, for the machine's speed drifts), and the process's resident
memory over the run (to show it stays flat).

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_responsiveness.py --seconds 60 [--layer C3]
    python benchmarks/gui_responsiveness.py --no-window   # the training process alone
    # under Xvfb, a real X server: DISPLAY=:99 QT_QPA_PLATFORM=xcb python ...
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import numpy as np


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def headless_rate(batch: int, seconds: float) -> float:
    from cnnviz.core.session import Session, TrainConfig
    from cnnviz.data import load

    s = Session(load(), TrainConfig(batch_size=batch))
    for _ in range(5):
        s.train_batch()
    images, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        images += s.train_batch().images
    rate = images / (time.perf_counter() - t0)
    s.net.close()
    return rate


def without_window(batch: int, seconds: float) -> tuple[float, float]:
    """Images/s and frames/s of the window's training process with no window: its frames
    are taken as the window takes them (every 25 ms) and dropped undrawn. What the
    process's own work costs (snapshots, test accuracy, health), apart from the drawing."""
    from cnnviz.core.session import Session, TrainConfig
    from cnnviz.data import load
    from cnnviz.gui.controller import FRAME_MS
    from cnnviz.gui.qt import QtCore
    from cnnviz.gui.worker import TrainerLink

    app = QtCore.QCoreApplication.instance() or QtCore.QCoreApplication([])   # noqa: F841
    data = load()
    link = TrainerLink(data)
    link.play("play", Session(data, TrainConfig(batch_size=batch, epochs=1000)).export_state())
    images = frames = 0
    started = None
    deadline = time.perf_counter() + seconds + 30   # the process's start: a few seconds
    while time.perf_counter() < deadline:
        time.sleep(FRAME_MS / 1000)
        frame, _ = link.take()
        if frame.steps and started is None:   # timed from its first batches on
            started, deadline = time.perf_counter(), time.perf_counter() + seconds
            continue
        if started is not None:
            images += len(frame.steps) * batch
            frames += frame.snapshot is not None
    elapsed = time.perf_counter() - (started or time.perf_counter())
    link.shutdown()
    return images / max(elapsed, 1e-9), frames / max(elapsed, 1e-9)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to train")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--memory-every", type=float, default=10.0, help="seconds between RSS samples")
    ap.add_argument("--layer", default="C1",
                    help="layer the inspector shows meanwhile (C1, S2, C3, S4, C5, F6, OUT; "
                         "C3's 96 kernels and C5's pages are the most to draw)")
    ap.add_argument("--lanes", type=int, choices=(1, 2),
                    help="compute lanes of the training process (default: as the app chooses)")
    ap.add_argument("--no-window", action="store_true",
                    help="the training process alone, its frames taken and not drawn")
    args = ap.parse_args()
    if args.lanes:
        os.environ["CNNVIZ_LANES"] = str(args.lanes)   # the training process reads it
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from cnnviz.core.session import TrainConfig
    from cnnviz.core.tuning import tune
    from cnnviz.gui.app import make_app
    from cnnviz.gui.main_window import MainWindow
    from cnnviz.gui.qt import QtCore

    tune()
    base = headless_rate(args.batch_size, min(10.0, args.seconds / 3))
    if args.no_window:
        rate, fps = without_window(args.batch_size, args.seconds)
        after = headless_rate(args.batch_size, min(10.0, args.seconds / 3))
        headless = (base + after) / 2
        print(f"the training process alone, {args.seconds:.0f} s at batch {args.batch_size}: "
              f"{rate:,.0f} images/s = {rate / headless * 100:.0f}% of headless "
              f"{headless:,.0f} images/s (before {base:,.0f}, after {after:,.0f}); "
              f"{fps:.1f} frames/s taken")
        return 0
    app = make_app()
    win = MainWindow(config=TrainConfig(batch_size=args.batch_size, epochs=1000))
    win.show()
    win.select_layer(args.layer)
    lateness: list[float] = []
    frames = [0]
    memory: list[tuple[float, float]] = []
    images = [0]
    win.controller.snapshotChanged.connect(lambda _s: frames.__setitem__(0, frames[0] + 1))
    win.controller.batchesTrained.connect(
        lambda steps, *_: images.__setitem__(0, images[0] + len(steps) * args.batch_size))

    tick = QtCore.QTimer()
    tick.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    tick.setInterval(10)
    last = [time.perf_counter()]

    def on_tick():
        now = time.perf_counter()
        lateness.append(max(0.0, (now - last[0]) * 1000 - 10))
        last[0] = now

    tick.timeout.connect(on_tick)
    t_start = time.perf_counter()

    def sample_memory():
        memory.append((time.perf_counter() - t_start, rss_mib()))

    mem_timer = QtCore.QTimer()
    mem_timer.setInterval(int(args.memory_every * 1000))
    mem_timer.timeout.connect(sample_memory)
    sample_memory()
    win.controller.play()
    tick.start()
    mem_timer.start()
    QtCore.QTimer.singleShot(int(args.seconds * 1000), app.quit)
    warm, cpu0 = time.perf_counter(), time.process_time()
    app.exec()
    elapsed = time.perf_counter() - warm
    window_cpu = (time.process_time() - cpu0) / elapsed
    sample_memory()
    win.close()
    app.processEvents()
    # the machine's speed drifts over minutes: headless again, and the mean of the two
    after = headless_rate(args.batch_size, min(10.0, args.seconds / 3))

    lat = np.array(lateness[50:] or lateness)
    rate = images[0] / elapsed
    print(f"trained {elapsed:.0f} s at batch {args.batch_size} with {args.layer} on show, "
          f"platform {os.environ.get('QT_QPA_PLATFORM')}")
    print(f"event-loop latency (10 ms timer lateness): median {np.median(lat):.1f} ms, "
          f"p95 {np.percentile(lat, 95):.1f} ms, max {lat.max():.1f} ms")
    print(f"view refreshes: {frames[0] / elapsed:.1f} frames/s; the window's process used "
          f"{window_cpu * 100:.0f}% of a core")
    headless = (base + after) / 2
    print(f"training in the window: {rate:,.0f} images/s = {rate / headless * 100:.0f}% of "
          f"headless {headless:,.0f} images/s (before {base:,.0f}, after {after:,.0f})")
    rss = [m for _, m in memory]
    print("resident memory (MiB) over time: " + ", ".join(f"{t:.0f}s {m:.0f}" for t, m in memory))
    print(f"memory growth after the first sample: {rss[-1] - rss[1 if len(rss) > 2 else 0]:+.1f} "
          f"MiB (median {statistics.median(rss):.0f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
