"""cnnviz: watch LeNet-5 compute and learn, one layer at a time."""

__version__ = "0.1.0"
