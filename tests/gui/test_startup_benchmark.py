"""benchmarks/startup.py: the `cnnviz` entry point, run in a fresh process, paints its
main window and the script reads the time of that paint (numbers only, no timing
asserts: the figure goes into the README)."""

import os
import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "startup.py"


def test_startup_benchmark_sees_the_main_window_paint():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(SCRIPT), "--runs", "1", "--timeout", "120"],
                          capture_output=True, text=True, env=env, timeout=180)
    assert proc.returncode == 0, proc.stderr
    seconds = re.search(r"run 1: window painted ([0-9.]+) s", proc.stdout)
    assert seconds is not None, proc.stdout
    assert float(seconds.group(1)) > 0
    assert "median" in proc.stdout
