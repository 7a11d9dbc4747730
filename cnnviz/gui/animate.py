"""``cnnviz animate``: the sliding-window animation rendered headless to a GIF, one frame
per output position."""

from __future__ import annotations

import os
from pathlib import Path

FRAME_SIZE = (640, 400)     # small frames keep a 1000-frame GIF at a few MB


def animate(model, out: str | Path, ms_per_frame: int = 400,
            size: tuple[int, int] = FRAME_SIZE) -> tuple[Path, int]:
    """Write the animation of ``model`` (a SlidingWindow) to ``out``; returns the path and
    the number of frames."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from cnnviz.gui.app import make_app
    from cnnviz.gui.labs.sliding_view import SlidingWindowView
    from cnnviz.gui.widgets.gif_export import save_gif

    app = make_app()
    view = SlidingWindowView()
    try:
        view.resize(*size)
        view.set_model(model)
        # grids with numbers have a smallest legible size: grow the frame rather than clip
        view.resize(size[0], max(size[1], view.minimumSizeHint().height() + 20))
        view.show()
        app.processEvents()
        frames = view.rendered_frames()
        return save_gif(frames, out, ms_per_frame), len(frames)
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
