"""The data layer: IDX files, MNIST-format datasets and LeNet-5 input scaling."""

from cnnviz.data.idx import read_idx, write_idx
from cnnviz.data.mnist import Dataset, from_lenet_input, load, to_lenet_input

__all__ = ["load", "Dataset", "to_lenet_input", "from_lenet_input", "read_idx", "write_idx"]
