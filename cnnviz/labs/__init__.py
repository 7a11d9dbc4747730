"""The labs' numbers, Qt-free: each module takes one idea of the lecture apart by asking
the core and returns plain arrays and frozen dataclasses that a page only has to draw, so
that every number a lab page shows is the core's own.

Importing this package loads no Qt.
"""
