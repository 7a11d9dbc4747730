"""What training-health monitoring costs in training throughput.

Trains LeNet-5 headless the way the training process does (one compute thread), in
alternating rounds with and without the health monitor, and prints images/s of each, the
time of one measurement (64 monitor images forward and backward, the histograms and the
ratios) against one training batch, and the share of the time the monitor takes.

    python benchmarks/health_cost.py --seconds 20 --every 0.5
"""

from __future__ import annotations

import argparse
import statistics
import time


def rate(session, seconds: float, monitor=None) -> tuple[float, list[float]]:
    """Images/s over ``seconds``, and the durations of the measurements made."""
    images, spent, t0 = 0, [], time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        before = monitor.arm(session.net) if monitor else None
        stats = session.train_batch()
        if before is not None:
            t1 = time.perf_counter()
            monitor.record(session.net, stats.step, before)
            spent.append(time.perf_counter() - t1)
        images += stats.images
    return images / (time.perf_counter() - t0), spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every", type=float, default=0.5, help="seconds between measurements")
    args = parser.parse_args()

    from cnnviz.core.health import HealthMonitor, monitor_batch
    from cnnviz.core.session import Session, TrainConfig
    from cnnviz.core.tuning import tune
    from cnnviz.data import load

    tune()
    data = load()
    session = Session(data, TrainConfig())
    session.net.threads = 1
    monitor = HealthMonitor(*monitor_batch(data), every_s=args.every)
    for _ in range(5):
        session.train_batch()
    plain, watched, spent = [], [], []
    for _ in range(args.rounds):
        plain.append(rate(session, args.seconds)[0])
        r, s = rate(session, args.seconds, monitor)
        watched.append(r)
        spent += s
    t0 = time.perf_counter()
    for _ in range(20):
        session.train_batch()
    batch_ms = (time.perf_counter() - t0) / 20 * 1000
    a, b = statistics.median(plain), statistics.median(watched)
    m = statistics.median(spent) * 1000
    print(f"training alone:          {a:8.0f} images/s (median of {args.rounds} rounds)")
    print(f"with health every {args.every:g} s: {b:8.0f} images/s ({100 * (b / a - 1):+.1f}%)")
    print(f"one measurement:         {m:8.1f} ms (median of {len(spent)}); "
          f"one batch of {session.config.batch_size}: {batch_ms:.1f} ms")
    print(f"expected share:          {100 * m / 1000 / args.every:8.1f}% of the time")


if __name__ == "__main__":
    main()
