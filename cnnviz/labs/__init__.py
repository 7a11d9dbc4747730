"""Qt-free models of the labs: one idea of the lecture at a time, with the core's numbers."""
