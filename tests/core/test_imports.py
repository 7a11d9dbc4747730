"""The core is pure NumPy: importing it loads no Qt, no pyqtgraph and no SciPy; nor do
the drawing pipeline and the labs' models, which compute what the lab pages show."""

import subprocess
import sys


def test_core_and_cli_import_no_gui_or_scipy():
    code = ("import sys, cnnviz.core, cnnviz.core.session, cnnviz.core.checkpoint, "
            "cnnviz.data, cnnviz.bench, cnnviz.cli, cnnviz.labs.sliding, "
            "cnnviz.labs.inputs, cnnviz.labs.kernels, cnnviz.data.drawing, cnnviz.labs.draw, "
            "cnnviz.labs.evaluation, cnnviz.labs.pooling, cnnviz.labs.backprop, "
            "cnnviz.labs.multichannel, cnnviz.labs.notation, cnnviz.labs.lab_state; "
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'pyqtgraph', 'scipy', 'shiboken6')]; print(bad)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
