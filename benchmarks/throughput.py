"""LeNet-5 training throughput of cnnviz's NumPy core, side by side with PyTorch's CPU
build and the lecture source's one-image-at-a-time SciPy loop.

The machines are shared and noisy, so the three are run in turns (cnnviz, PyTorch,
cnnviz, PyTorch, ...) and each figure is the median over the rounds; compare the ratios.
PyTorch runs in its own virtual environment (it is no dependency of cnnviz):

    python3 -m venv /tmp/torchvenv && /tmp/torchvenv/bin/pip install torch==2.13.0 numpy
    python benchmarks/throughput.py --torch-python /tmp/torchvenv/bin/python --rounds 3

The ratio column is median(cnnviz) / median(PyTorch); "per round" lists the ratio of
each round's two runs, which were made a few seconds apart under the same load.
Without --torch-python only cnnviz (and the SciPy loop, when SciPy is installed) run.
Both processes get the same glibc malloc settings (``MALLOC_MMAP_THRESHOLD_`` and
``MALLOC_TRIM_THRESHOLD_`` at 256 MiB), which cnnviz applies to itself at start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MALLOC = {"MALLOC_MMAP_THRESHOLD_": "268435456", "MALLOC_TRIM_THRESHOLD_": "268435456"}


def run_json(cmd: list[str]) -> dict:
    env = dict(os.environ, **MALLOC)
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out[out.index("{"):])


def median_of(results: list[dict], kind: str, batch: str) -> float | None:
    vals = [r[kind][batch] for r in results if batch in r.get(kind, {})]
    return statistics.median(vals) if vals else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--torch-python", help="python of a venv with torch==2.13.0 installed")
    ap.add_argument("--rounds", type=int, default=3, help="turns of each implementation")
    ap.add_argument("--seconds", type=float, default=1.0, help="length of each timed loop")
    ap.add_argument("--batch-sizes", default="1,16,64,256")
    ap.add_argument("--no-scipy", action="store_true", help="skip the SciPy loop")
    ap.add_argument("--no-processes", action="store_true",
                    help="cnnviz's second core as a thread, not a worker process")
    args = ap.parse_args()

    ours_cmd = [sys.executable, "-m", "cnnviz", "bench", "--batch-sizes", args.batch_sizes,
                "--seconds", str(args.seconds), "--repeats", "3"]
    ours_cmd += ["--no-processes"] if args.no_processes else []
    torch_cmd = None
    if args.torch_python:
        torch_cmd = [args.torch_python, str(HERE / "pytorch_lenet5.py"), "--json",
                     "--batch-sizes", args.batch_sizes, "--seconds", str(args.seconds),
                     "--repeats", "3"]
    ours, torch = [], []
    for r in range(args.rounds):
        print(f"round {r + 1}/{args.rounds}: cnnviz", file=sys.stderr, flush=True)
        ours.append(run_json(ours_cmd))
        if torch_cmd:
            print(f"round {r + 1}/{args.rounds}: pytorch", file=sys.stderr, flush=True)
            torch.append(run_json(torch_cmd))
    scipy_loop = None
    if not args.no_scipy:
        try:
            scipy_loop = run_json([sys.executable, str(HERE / "scipy_loop_lenet5.py"), "--json",
                                   "--seconds", "3"])["train"]["1"]
        except (subprocess.CalledProcessError, ValueError, KeyError) as e:
            print(f"SciPy loop skipped: {e}", file=sys.stderr)

    info = ours[0]
    lanes = (f"1 thread + {info['threads'] - 1} worker process(es)" if info.get("processes")
             else f"{info['threads']} compute threads")
    print(f"cnnviz core: numpy {info['numpy']}, BLAS {info['blas']}, {lanes}, "
          f"{info['cpus']} CPUs")
    if torch:
        print(f"pytorch {torch[0].get('version')}, {torch[0].get('threads')} threads")
    head = f"{'images/s':22s}{'cnnviz':>10s}"
    head += f"{'pytorch':>10s}{'ratio':>8s}{'per round':>22s}" if torch else ""
    head += f"{'vs SciPy loop':>15s}" if scipy_loop else ""
    print(head)
    rows = [("train", b) for b in args.batch_sizes.split(",")] + [("infer", "256")]
    for kind, b in rows:
        o = median_of(ours, kind, b)
        line = f"{kind + ' batch ' + b:22s}{o:10,.0f}"
        if torch:
            t = median_of(torch, kind, b)
            if t:
                # each round's ratio of the two runs made side by side, least to most
                rr = sorted(a[kind][b] / p[kind][b] for a, p in zip(ours, torch)
                            if b in a.get(kind, {}) and b in p.get(kind, {}))
                line += f"{t:10,.0f}{o / t:8.2f}x" + "  " + " ".join(f"{r:.2f}" for r in rr)
        if scipy_loop and kind == "train":
            line += f"{o / scipy_loop:14,.0f}x"
        print(line)
    if scipy_loop:
        print(f"SciPy loop (one image at a time, batch 1): {scipy_loop:,.1f} images/s")
    for b, v in sorted(info.get("snapshot_overhead", {}).items(), key=lambda kv: int(kv[0])):
        vals = [r["snapshot_overhead"][b] for r in ours]
        print(f"probe snapshot after every batch, batch {b}: costs "
              f"{statistics.median(vals) * 100:.1f}% of training throughput")
    return 0


if __name__ == "__main__":
    sys.exit(main())
