"""Layers of the core: forward/backward pairs in the batch-last layout."""

from cnnviz.core.layers.activations import ACTIVATIONS, ReLU, Sigmoid, Tanh
from cnnviz.core.layers.base import Layer
from cnnviz.core.layers.conv import Conv2D
from cnnviz.core.layers.dense import Dense
from cnnviz.core.layers.pool import AvgPool2D, MaxPool2D
from cnnviz.core.layers.shape import Flatten

__all__ = [
    "ACTIVATIONS", "AvgPool2D", "Conv2D", "Dense", "Flatten", "Layer", "MaxPool2D",
    "ReLU", "Sigmoid", "Tanh",
]
