"""The window's side of scenario files: capture what is shown, and show a saved view.

The data and their checks live in :mod:`cnnviz.core.scenario`; here a :class:`View` is
read from the window's widgets and written back into them, a lab page's settings with
its ``lab_state()`` and ``restore_lab_state()``. Opening a scenario checks
everything (the file, its checkpoint, the pages and layers it names) before it changes
anything, so a bad file leaves the window as it was.
"""

from __future__ import annotations

from pathlib import Path

from cnnviz.core import scenario
from cnnviz.core.scenario import Scenario, ScenarioError, View
from cnnviz.errors import CnnvizError
from cnnviz.gui import i18n
from cnnviz.gui.labs.page_parts import lab_limits
from cnnviz.gui.qt import QT_TRANSLATE_NOOP, QtCore
from cnnviz.labs import lab_state

BACKWARD_TAB = 1   # the layer inspector's tabs: forward, backward, change


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("Scenario", text)


def capture_view(window, name: str = "") -> View:
    """The view the window shows now."""
    session = window.controller.session
    drawn, page = session.drawn, window.pages.currentWidget()
    return View(page=page.objectName(),
                layer=window.inspector.layer_name,
                side="backward" if window.inspector.tabs.currentIndex() == BACKWARD_TAB
                else "forward",
                probe=session.probe_index,
                drawn=None if drawn is None else drawn.image.copy(),
                drawn_label=0 if drawn is None else drawn.label,
                presentation=window.lecture.presentation.active, name=name,
                lab=page.lab_state() if hasattr(page, "lab_state") else None)


def capture(window) -> Scenario:
    """The whole state, but step and epoch, which saving takes from the session."""
    session = window.controller.session
    return Scenario(settings=session.config.to_dict(), architecture=dict(session.net.config),
                    view=capture_view(window), step=session.step, epoch=session.epoch,
                    theme=window.lecture.themes.name, language=i18n.current(),
                    scenes=tuple(window.lecture.scenes.views))


def check_view(window, view: View, layers: list[str], where: str) -> None:
    """A ``ScenarioError`` if the window has no such page, the network no such layer, or
    the lab on the page cannot take the settings the view holds."""
    pages = window.page_names()
    if view.page not in pages:
        raise ScenarioError(QT_TRANSLATE_NOOP(
            "Errors", "field '{where}.page': there is no page {page!r}; pages are {pages}"),
            where=where, page=view.page, pages=", ".join(pages))
    if view.layer not in layers:
        raise ScenarioError(QT_TRANSLATE_NOOP(
            "Errors", "field '{where}.layer': there is no layer {layer!r}; layers are {layers}"),
            where=where, layer=view.layer, layers=", ".join(layers))
    if view.lab is not None:
        try:
            lab_state.check(view.page, view.lab, f"{where}.lab", lab_limits(window))
        except lab_state.LabStateError as e:
            if not view.name:
                raise ScenarioError(e.message) from None
            raise ScenarioError(QT_TRANSLATE_NOOP("Errors", "scene {scene!r}: {reason}"),
                                scene=view.name, reason=e.message) from None


def show_view(window, view: View, may_leave_presentation: bool = True) -> None:
    """Show ``view`` (checked beforehand with :func:`check_view`).

    Stepping through scenes passes ``may_leave_presentation=False``: a scene saved while
    preparing the lecture, outside presentation mode, must not end it in front of the hall.
    """
    c, session = window.controller, window.controller.session
    if view.drawn is not None:
        c.set_probe_image(view.drawn, view.drawn_label)
    elif session.drawn is not None or session.probe_index != view.probe:
        c.set_probe(view.probe)
    if view.presentation or may_leave_presentation:
        window.lecture.presentation.set_active(view.presentation)
    page = window.show_page(view.page)
    if view.lab is not None and hasattr(page, "restore_lab_state"):
        try:
            page.restore_lab_state(view.lab)
        except CnnvizError as e:    # checked when read: only if the data changed since
            window.show_error(tr("{0}: the lab's settings could not be restored: {1}").format(
                view.name or page.objectName(), i18n.error_text(e)))
    window.select_layer(view.layer)
    window.inspector.tabs.setCurrentIndex(BACKWARD_TAB if view.side == "backward" else 0)


def save(window, path) -> bool:
    """Save the scenario and its checkpoint; False (and an error dialog) on failure."""
    path = Path(path)
    if not window.controller.save_checkpoint(scenario.checkpoint_path(path),
                                             lambda: window.training.history()):
        return False
    try:
        scenario.save(path, capture(window))
    except CnnvizError as e:
        window.show_error(e)
        return False
    window.controller.name_file(path)   # the scenario, not its checkpoint beside it
    return True


def open_scenario(window, path) -> bool:
    """Restore everything ``path`` saved; a bad file changes nothing (an error dialog)."""
    try:
        sc = scenario.load(path)
        if sc.language not in (*i18n.LANGUAGES, "auto"):
            raise ScenarioError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: field 'language' must be one of {languages} or auto, not "
                          "{language!r}"),
                path=path, languages=", ".join(i18n.LANGUAGES), language=sc.language)
        session = scenario.open_session(path, sc, window.data)
    except CnnvizError as e:
        window.show_error(e)
        return False
    layers = [b.name for b in session.net.blocks]
    try:
        for where, view in [("view", sc.view)] + [(f"scenes[{i}]", v)
                                                  for i, v in enumerate(sc.scenes)]:
            check_view(window, view, layers, where)
    except ScenarioError as e:
        session.net.close()
        window.show_error(ScenarioError(QT_TRANSLATE_NOOP("Errors", "{path}: {reason}"),
                                        path=path, reason=e.message))
        return False
    window.controller.use_session(session, path)
    window.lecture.themes.apply(sc.theme)
    window.lecture.scenes.set_views(sc.scenes)
    window.lecture.language = sc.language   # the interface language applies at start-up
    show_view(window, sc.view)
    return True
