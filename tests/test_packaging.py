"""The installed package finds its bundled data from any working directory."""

import subprocess
import sys


def test_installed_package_finds_bundled_mnist(tmp_path):
    code = ("from cnnviz.resources import resources_dir; from cnnviz.data import load; "
            "d = load(); print(resources_dir(), len(d.train_labels), len(d.test_labels))")
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split()[1:] == ["60000", "10000"]
