"""Exceptions that cnnviz shows to its users.

Every message names the file, value or shape at fault, so that the CLI and the GUI can
print it as it is, without a traceback.
"""


class CnnvizError(Exception):
    """Base of every error cnnviz reports to a user."""


class DataError(CnnvizError):
    """A data file is missing, truncated, corrupt or does not match its partner."""


class CheckpointError(CnnvizError):
    """A checkpoint cannot be read, or does not fit the network."""


class ConfigError(CnnvizError, ValueError):
    """A hyperparameter or architecture option is out of range."""


class TrainingDiverged(CnnvizError):
    """The loss became NaN or infinite."""
