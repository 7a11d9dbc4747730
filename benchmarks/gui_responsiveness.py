"""Responsiveness of the window while LeNet-5 trains continuously with every view live.

Prints: the GUI event loop's latency (how late a 10 ms timer fires: median, 95th
percentile, max), how often the views were redrawn (frames/s), training images/s in the
window against the headless figure at the same batch size (measured before and after the
window's run, for the machine's speed drifts), and the process's resident
memory over the run (to show it stays flat). The window's training is timed from its
first batches on, as headless training is timed after its first five: the training
process's start (about 0.7 s, once per window) is not counted against it.

The machine's speed drifts by 10-20% within a minute, so a ratio of a 30 s window run to
headless runs before and after it moves by as much. ``--rounds N`` measures the ratio in
turns instead: N rounds of the window training for ``--seconds`` (Play, then Pause) and
headless training for as long right after, and prints each round's ratio and their
median.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_responsiveness.py --seconds 60 [--layer C3]
    QT_QPA_PLATFORM=offscreen python benchmarks/gui_responsiveness.py --rounds 6 --seconds 8
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


def headless_session(batch: int):
    from cnnviz.core.session import Session, TrainConfig
    from cnnviz.data import load

    return Session(load(), TrainConfig(batch_size=batch, epochs=1000))


def headless_rate(batch: int, seconds: float, session=None) -> float:
    """Images/s of plain ``Session.train_batch`` calls, after five untimed ones; in a
    session of its own unless one is given (which is then kept open)."""
    s = session or headless_session(batch)
    for _ in range(5):
        s.train_batch()
    images, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        images += s.train_batch().images
    rate = images / (time.perf_counter() - t0)
    if session is None:
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


class Timed:
    """What the window did while its training was timed: from the first batches a Play
    delivered (their images not counted) until the Pause, over every round."""

    def __init__(self, win, batch: int):
        from cnnviz.gui.qt import QtCore

        self.win, self.batch = win, batch
        self.started: float | None = None
        self.armed = False
        self.images = self.frames = 0
        self.seconds = self.cpu = 0.0
        self.lateness: list[float] = []
        self._last = self._cpu0 = 0.0
        self._at_play = (0, 0.0)
        win.controller.snapshotChanged.connect(self._frame)
        win.controller.batchesTrained.connect(self._batches)
        self.tick = QtCore.QTimer()
        self.tick.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self.tick.setInterval(10)
        self.tick.timeout.connect(self._tick)
        self.tick.start()

    @property
    def on(self) -> bool:
        return self.started is not None

    def _batches(self, steps, *_):
        if self.on:
            self.images += len(steps) * self.batch
        elif self.armed:
            self.started, self._cpu0 = time.perf_counter(), time.process_time()
            self._last = self.started

    def _frame(self, _snap):
        self.frames += self.on

    def _tick(self):
        now = time.perf_counter()
        if self.on:
            self.lateness.append(max(0.0, (now - self._last) * 1000 - 10))
        self._last = now

    def play(self) -> None:
        self.armed, self._at_play = True, (self.images, self.seconds)
        self.win.controller.play()

    def stop(self) -> tuple[int, float]:
        """Stop timing and pause; the images and seconds timed since ``play``."""
        if self.on:
            self.seconds += time.perf_counter() - self.started
            self.cpu += time.process_time() - self._cpu0
        self.started, self.armed = None, False
        self.win.controller.pause()
        return self.images - self._at_play[0], self.seconds - self._at_play[1]


def run_events(seconds: float, until=None) -> None:
    """Run the event loop for ``seconds``, or until ``until()`` is true."""
    from cnnviz.gui.qt import QtCore

    loop = QtCore.QEventLoop()
    end = QtCore.QTimer()
    end.setSingleShot(True)
    end.timeout.connect(loop.quit)
    check = QtCore.QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: until() and loop.quit())
    end.start(int(seconds * 1000))
    if until is not None:
        check.start()
    loop.exec()
    end.stop()
    check.stop()


def timed_play(timed: Timed, seconds: float) -> tuple[int, float]:
    """Play, time ``seconds`` of training from the first batches on, pause; wait until
    the training process has stopped. The images and seconds timed."""
    timed.play()
    run_events(60.0, until=lambda: timed.on)
    if not timed.on:
        timed.stop()
        raise SystemExit("the window's training sent no batch within 60 s of Play")
    run_events(seconds)
    images, elapsed = timed.stop()
    run_events(30.0, until=lambda: not timed.win.controller.running)
    return images, elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0,
                    help="how long to train (with --rounds: in each round)")
    ap.add_argument("--rounds", type=int, default=0,
                    help="measure the window against headless in this many rounds taken "
                         "in turn (see above), not in one run between two headless runs")
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
    if args.no_window:
        base = headless_rate(args.batch_size, min(10.0, args.seconds / 3))
        rate, fps = without_window(args.batch_size, args.seconds)
        after = headless_rate(args.batch_size, min(10.0, args.seconds / 3))
        headless = (base + after) / 2
        print(f"the training process alone, {args.seconds:.0f} s at batch {args.batch_size}: "
              f"{rate:,.0f} images/s = {rate / headless * 100:.0f}% of headless "
              f"{headless:,.0f} images/s (before {base:,.0f}, after {after:,.0f}); "
              f"{fps:.1f} frames/s taken")
        return 0
    session = headless_session(args.batch_size)
    if not args.rounds:
        base = headless_rate(args.batch_size, min(10.0, args.seconds / 3), session)
    app = make_app()
    win = MainWindow(config=TrainConfig(batch_size=args.batch_size, epochs=1000))
    win.show()
    win.select_layer(args.layer)
    timed = Timed(win, args.batch_size)
    memory: list[tuple[float, float]] = []
    t_start = time.perf_counter()

    def sample_memory():
        memory.append((time.perf_counter() - t_start, rss_mib()))

    mem_timer = QtCore.QTimer()
    mem_timer.setInterval(int(args.memory_every * 1000))
    mem_timer.timeout.connect(sample_memory)
    sample_memory()
    mem_timer.start()
    ratios = []
    if args.rounds:
        for r in range(args.rounds):
            # the order within a round alternates, so that neither side always comes
            # first after the other's load
            window_first = r % 2 == 0
            if not window_first:
                head = headless_rate(args.batch_size, args.seconds, session)
            images, elapsed = timed_play(timed, args.seconds)
            if window_first:
                head = headless_rate(args.batch_size, args.seconds, session)
            ratios.append(images / elapsed / head)
            print(f"round {r + 1}: the window {images / elapsed:,.0f} images/s, headless "
                  f"{head:,.0f} images/s: {ratios[-1] * 100:.0f}%", flush=True)
    else:
        timed_play(timed, args.seconds)
    sample_memory()
    win.close()
    app.processEvents()
    elapsed = timed.seconds
    rate = timed.images / elapsed
    lat = np.array(timed.lateness[50:] or timed.lateness)
    print(f"trained {elapsed:.0f} s at batch {args.batch_size} with {args.layer} on show, "
          f"platform {os.environ.get('QT_QPA_PLATFORM')}")
    print(f"event-loop latency (10 ms timer lateness): median {np.median(lat):.1f} ms, "
          f"p95 {np.percentile(lat, 95):.1f} ms, max {lat.max():.1f} ms")
    print(f"view refreshes: {timed.frames / elapsed:.1f} frames/s; the window's process used "
          f"{timed.cpu / elapsed * 100:.0f}% of a core")
    if args.rounds:
        rounds = f"{args.rounds} round" + ("s" if args.rounds != 1 else "")
        print(f"training in the window, {rounds}: median "
              f"{statistics.median(ratios) * 100:.0f}% of headless (rounds "
              f"{min(ratios) * 100:.0f}-{max(ratios) * 100:.0f}%); {rate:,.0f} images/s")
    else:
        # the machine's speed drifts over minutes: headless again, and the mean of the two
        after = headless_rate(args.batch_size, min(10.0, args.seconds / 3), session)
        headless = (base + after) / 2
        print(f"training in the window: {rate:,.0f} images/s = {rate / headless * 100:.0f}% of "
              f"headless {headless:,.0f} images/s (before {base:,.0f}, after {after:,.0f})")
    session.net.close()
    rss = [m for _, m in memory]
    print("resident memory (MiB) over time: " + ", ".join(f"{t:.0f}s {m:.0f}" for t, m in memory))
    print(f"memory growth after the first sample: {rss[-1] - rss[1 if len(rss) > 2 else 0]:+.1f} "
          f"MiB (median {statistics.median(rss):.0f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
