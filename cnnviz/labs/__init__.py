"""The labs' numbers, Qt-free: each lab takes one idea of the lecture apart by asking
the core, so that every number a lab page shows is the core's own.

Importing this package loads no Qt.
"""
