"""The NumPy core of cnnviz: ops, layers, LeNet-5, optimisers and training.

Pure NumPy: it imports no Qt, no pyqtgraph and no SciPy, so the command line, the tests
and the GUI all run the very same code.
"""

from cnnviz.core.losses import softmax, softmax_cross_entropy
from cnnviz.core.models import build, lenet5
from cnnviz.core.batch import BatchRun
from cnnviz.core.network import Block, Network

__all__ = [
    "BatchRun", "Block", "Network", "build", "lenet5", "softmax", "softmax_cross_entropy",
]
