"""PyTorch (CPU) reference benchmark: LeNet-5 training and inference throughput.

Measures images/s of one SGD training step (forward + backward + optimizer
step) for each batch size in --batch-sizes, and of a no-grad forward pass at
batch 256, for the classic LeNet-5 on random 1x32x32 float32 inputs:

    C1 Conv2d(1,6,5)+tanh, S2 AvgPool2d(2), C3 Conv2d(6,16,5)+tanh,
    S4 AvgPool2d(2), C5 Conv2d(16,120,5)+tanh, flatten, F6 Linear(120,84)+tanh,
    OUT Linear(84,10); CrossEntropyLoss (mean); SGD lr=0.01 momentum=0.9.

Each figure is the median over --repeats timed loops of about --seconds each,
after a warm-up. Without the two glibc malloc settings below, glibc hands
PyTorch's larger buffers back to the OS after every step, which slows it down;
set both for a fair comparison. Run with the torch venv's Python:

    MALLOC_MMAP_THRESHOLD_=268435456 MALLOC_TRIM_THRESHOLD_=268435456 \
        /work/torchvenv/bin/python benchmarks/pytorch_lenet5.py [--json]
"""

import argparse
import json
import os
import statistics
import time

import numpy as np
import torch
from torch import nn

MALLOC_VARS = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_")
INFER_BATCH = 256


def lenet5():
    return nn.Sequential(
        nn.Conv2d(1, 6, 5), nn.Tanh(),
        nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Tanh(),
        nn.AvgPool2d(2),
        nn.Conv2d(16, 120, 5), nn.Tanh(),
        nn.Flatten(),
        nn.Linear(120, 84), nn.Tanh(),
        nn.Linear(84, 10),
    )


def run_for(step, seconds, min_steps=1):
    """Call step() until `seconds` have passed (and at least min_steps times).

    Returns (number of calls, elapsed seconds)."""
    n = 0
    start = time.perf_counter()
    while True:
        step()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds and n >= min_steps:
            return n, elapsed


def images_per_second(step, batch, seconds, repeats):
    run_for(step, max(0.2, seconds / 4), min_steps=3)
    rates = []
    for _ in range(repeats):
        n, elapsed = run_for(step, seconds)
        rates.append(n * batch / elapsed)
    return statistics.median(rates)


def bench_train(x, y, batch, seconds, repeats):
    torch.manual_seed(0)
    model = lenet5()
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    xb, yb = x[:batch], y[:batch]

    def step():
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()

    return images_per_second(step, batch, seconds, repeats)


def bench_infer(x, batch, seconds, repeats):
    torch.manual_seed(0)
    model = lenet5()
    model.eval()
    xb = x[:batch]

    def step():
        with torch.no_grad():
            model(xb)

    return images_per_second(step, batch, seconds, repeats)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batch-sizes", default="1,16,64,256",
                    help="comma-separated training batch sizes (default 1,16,64,256)")
    ap.add_argument("--threads", type=int, default=2,
                    help="torch.set_num_threads value (default 2)")
    ap.add_argument("--seconds", type=float, default=1.0,
                    help="length of each timed loop in seconds (default 1.0)")
    ap.add_argument("--repeats", type=int, default=3,
                    help="timed loops per figure; the median is reported (default 3)")
    ap.add_argument("--json", action="store_true",
                    help="print one JSON object instead of a table")
    args = ap.parse_args()
    batch_sizes = [int(b) for b in args.batch_sizes.split(",") if b.strip()]

    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(0)
    n = max(batch_sizes + [INFER_BATCH])
    x = torch.from_numpy(rng.standard_normal((n, 1, 32, 32), dtype=np.float32))
    y = torch.from_numpy(rng.integers(0, 10, size=n))

    malloc_env = {k: os.environ.get(k) for k in MALLOC_VARS}
    result = {
        "impl": "pytorch",
        "version": torch.__version__,
        "threads": torch.get_num_threads(),
        "malloc_env": malloc_env,
        "seconds": args.seconds,
        "repeats": args.repeats,
        "train": {},
        "infer": {},
    }
    if not args.json:
        print(f"impl     pytorch {result['version']}")
        print(f"threads  {result['threads']}")
        for k, v in malloc_env.items():
            print(f"{k}={v if v is not None else '(unset)'}")

    for b in batch_sizes:
        ips = bench_train(x, y, b, args.seconds, args.repeats)
        result["train"][str(b)] = ips
        if not args.json:
            print(f"train b{b:<4d} {ips:10.0f} img/s", flush=True)
    ips = bench_infer(x, INFER_BATCH, args.seconds, args.repeats)
    result["infer"][str(INFER_BATCH)] = ips
    if args.json:
        print(json.dumps(result))
    else:
        print(f"infer b{INFER_BATCH:<4d} {ips:10.0f} img/s")


if __name__ == "__main__":
    main()
