"""Scenario files: a lecture's whole state in JSON, with the weights in a companion checkpoint.

A scenario is ``NAME.json`` (settings, seed, architecture, step, the open view, theme,
language and a list of scenes) next to ``NAME.npz``, a checkpoint written by
:func:`cnnviz.core.checkpoint.save_session` that holds the weights bit for bit, the
optimiser buffers and the data order. Reopening continues the run exactly where it was
saved (a batch stepped half-way is saved from its last finished update).

A *view* is what the lecturer looks at: the page, the selected layer, the inspector side
(forward or backward), the probe (a test index or a drawn image), presentation on/off and,
on a lab page, the lab's settings (``lab``: the page's ``lab_state()``, a JSON object that
:mod:`cnnviz.labs.lab_state` checks; files written before it was kept have none).
A *scene* is a named view; the lecturer steps through the scene list.

Every problem is a :class:`ScenarioError` naming the file and the field at fault.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from cnnviz.errors import CnnvizError, Message, reason
from cnnviz.translatable import QT_TRANSLATE_NOOP

FORMAT = "cnnviz-scenario"
VERSION = 1
SIDES = ("forward", "backward")
THEMES = ("light", "dark")


class ScenarioError(CnnvizError):
    """A scenario file cannot be read, or one of its fields is wrong."""


@dataclass(frozen=True)
class View:
    """What the window shows: page, layer, inspector side, probe and presentation mode.

    ``drawn`` is a drawn probe as (H, W) pixels 0..255 (None: test image ``probe``);
    ``drawn_label`` is the class its backward pass starts from. ``lab`` holds the settings
    of the lab page on show (None: not a lab, or not kept).
    """

    page: str = "network"
    layer: str = "C1"
    side: str = "forward"
    probe: int = 0
    drawn: np.ndarray | None = field(default=None, compare=False)
    drawn_label: int = 0
    presentation: bool = False
    name: str = ""
    lab: dict | None = None

    def same_as(self, other: "View") -> bool:
        """Equal fields, the drawn image compared pixel for pixel."""
        if self != other or (self.drawn is None) != (other.drawn is None):
            return False
        return self.drawn is None or np.array_equal(self.drawn, other.drawn)


@dataclass(frozen=True)
class Scenario:
    """A saved lecture state. ``settings`` holds the training settings with the seed."""

    settings: dict
    architecture: dict
    view: View = View()
    step: int = 0
    epoch: int = 0
    theme: str = "light"
    language: str = "en"
    scenes: tuple[View, ...] = ()


def checkpoint_path(path: str | Path) -> Path:
    """The companion checkpoint of the scenario ``path``: the same name, ending ``.npz``."""
    return Path(path).with_suffix(".npz")


# -- writing ---------------------------------------------------------------------
def view_to_json(view: View) -> dict:
    out = {"name": view.name, "page": view.page, "layer": view.layer, "side": view.side,
           "presentation": view.presentation}
    if view.drawn is None:
        out["probe"] = {"test_index": int(view.probe)}
    else:
        out["probe"] = {"drawn": np.asarray(view.drawn).astype(float).tolist(),
                        "label": int(view.drawn_label)}
    if view.lab is not None:
        out["lab"] = view.lab
    return out


def to_json(s: Scenario) -> dict:
    return {"format": FORMAT, "version": VERSION, "settings": dict(s.settings),
            "architecture": dict(s.architecture), "step": s.step, "epoch": s.epoch,
            "theme": s.theme, "language": s.language, "view": view_to_json(s.view),
            "scenes": [view_to_json(v) for v in s.scenes]}


def save(path: str | Path, scenario: Scenario, session=None) -> Path:
    """Write ``path`` (JSON) and, given ``session``, its companion checkpoint first.

    Step and epoch are taken from the session when one is given.
    """
    from cnnviz.core import checkpoint

    path = Path(path)
    try:
        if session is not None:
            checkpoint.save_session(checkpoint_path(path), session)
            scenario = replace(scenario, step=session.step, epoch=session.epoch)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(to_json(scenario), indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as e:
        raise ScenarioError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot write the scenario ({reason})"),
                            path=path, reason=reason(e)) from None
    return path


# -- reading ---------------------------------------------------------------------
class _Fields:
    """Reads typed fields of one JSON object; errors name the file and the field."""

    def __init__(self, path: Path, obj, where: str):
        if not isinstance(obj, dict):
            if where:
                raise ScenarioError(QT_TRANSLATE_NOOP(
                    "Errors", "{path}: field {field!r} must be a JSON object, not {kind}"),
                    path=path, field=where, kind=type(obj).__name__)
            raise ScenarioError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: the file must be a JSON object, not {kind}"),
                path=path, kind=type(obj).__name__)
        self.path, self.obj, self.where = path, obj, where

    def name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, what: str, **values) -> ScenarioError:
        """``what`` (a marked template, filled with ``values``) about field ``key``."""
        return ScenarioError(QT_TRANSLATE_NOOP("Errors", "{path}: field {field!r} {what}"),
                             path=self.path, field=self.name(key), what=Message(what, **values))

    def get(self, key: str, kind, default=None, choices=None):
        if key not in self.obj:
            if default is None:
                raise self.fail(key, QT_TRANSLATE_NOOP("Errors", "is missing"))
            return default
        v = self.obj[key]
        ok = isinstance(v, kind) and not (kind is int and isinstance(v, bool))
        if not ok:
            raise self.fail(key, QT_TRANSLATE_NOOP("Errors", "must be {kind}, not {value!r}"),
                            kind=kind.__name__, value=v)
        if choices is not None and v not in choices:
            raise self.fail(key, QT_TRANSLATE_NOOP("Errors", "must be one of {choices}, not {value!r}"),
                            choices=", ".join(choices), value=v)
        if kind is int and v < 0:
            raise self.fail(key, QT_TRANSLATE_NOOP("Errors", "must be >= 0, not {value}"), value=v)
        return v


def view_from_json(path: Path, obj, where: str) -> View:
    f = _Fields(path, obj, where)
    probe = _Fields(path, f.get("probe", dict), f.name("probe"))
    drawn, label, index = None, 0, 0
    if "drawn" in probe.obj:
        try:
            drawn = np.array(probe.obj["drawn"], dtype=np.float64)
        except (TypeError, ValueError):
            raise probe.fail("drawn", QT_TRANSLATE_NOOP("Errors", "must be rows of numbers")) from None
        if drawn.ndim != 2 or not np.all(np.isfinite(drawn)) or drawn.size == 0 \
                or drawn.min() < 0 or drawn.max() > 255:
            raise probe.fail("drawn", QT_TRANSLATE_NOOP("Errors", "must be a rectangle of pixels 0..255"))
        label = probe.get("label", int)
    else:
        index = probe.get("test_index", int)
    lab = f.obj.get("lab")
    if lab is not None and not isinstance(lab, dict):
        raise f.fail("lab", QT_TRANSLATE_NOOP("Errors", "must be a JSON object, not {kind}"),
                     kind=type(lab).__name__)
    return View(page=f.get("page", str), layer=f.get("layer", str),
                side=f.get("side", str, choices=SIDES), probe=index, drawn=drawn,
                drawn_label=label, presentation=f.get("presentation", bool, False),
                name=f.get("name", str, ""), lab=lab)


def load(path: str | Path) -> Scenario:
    """Read and check a scenario file (not yet its checkpoint)."""
    path = Path(path)
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ScenarioError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot read the scenario ({reason})"),
                            path=path, reason=reason(e)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ScenarioError(QT_TRANSLATE_NOOP("Errors", "{path}: not a JSON scenario file ({reason})"),
                            path=path, reason=reason(e)) from None
    f = _Fields(path, obj, "")
    if obj.get("format") != FORMAT:
        raise f.fail("format", QT_TRANSLATE_NOOP("Errors", "must be {expected!r}, not {value!r}"),
                     expected=FORMAT, value=obj.get("format"))
    version = f.get("version", int)
    if version > VERSION:
        raise f.fail("version", QT_TRANSLATE_NOOP(
            "Errors", "is {version}: this cnnviz reads scenarios up to version {newest}"),
            version=version, newest=VERSION)
    settings, arch = f.get("settings", dict), f.get("architecture", dict)
    _check_settings(path, settings)
    scenes = f.get("scenes", list, [])
    return Scenario(settings=settings, architecture=arch,
                    view=view_from_json(path, f.get("view", dict), "view"),
                    step=f.get("step", int, 0), epoch=f.get("epoch", int, 0),
                    theme=f.get("theme", str, "light", THEMES),
                    language=f.get("language", str, "en"),
                    scenes=tuple(view_from_json(path, v, f"scenes[{i}]")
                                 for i, v in enumerate(scenes)))


def _check_settings(path: Path, settings: dict) -> None:
    from cnnviz.core.session import TrainConfig

    known = TrainConfig.__dataclass_fields__
    for key in settings:
        if key not in known:
            raise ScenarioError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: field 'settings.{key}' is not a training setting ({known})"),
                path=path, key=key, known=", ".join(known))
    try:
        TrainConfig(**settings).validate()
    except (CnnvizError, TypeError) as e:
        raise ScenarioError(QT_TRANSLATE_NOOP("Errors", "{path}: field 'settings': {reason}"),
                            path=path, reason=reason(e)) from None


def open_session(path: str | Path, scenario: Scenario, data):
    """The session saved with the scenario at ``path`` (its companion checkpoint).

    The checkpoint's architecture and step must be the scenario's; a probe is set from
    the scenario's view. Every problem is a ``CnnvizError`` naming the file.
    """
    from cnnviz.core import checkpoint
    from cnnviz.core.session import TrainConfig

    ckpt = checkpoint_path(path)
    if not ckpt.exists():
        raise ScenarioError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: its checkpoint {name} is missing (it is saved next to the "
                      "scenario, with the same name)"), path=path, name=ckpt.name)
    session, _ = checkpoint.open_session(ckpt, data, TrainConfig(**scenario.settings))
    if dict(session.net.config) != dict(scenario.architecture):
        session.net.close()
        raise ScenarioError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: field 'architecture' differs from {name}'s"),
            path=path, name=ckpt.name)
    if session.step != scenario.step:
        session.net.close()
        raise ScenarioError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: field 'step' is {step} but {name} holds step {held}"),
            path=path, step=scenario.step, name=ckpt.name, held=session.step)
    try:
        apply_probe(session, scenario.view)
    except CnnvizError as e:
        session.net.close()
        raise ScenarioError(QT_TRANSLATE_NOOP("Errors", "{path}: field 'view.probe': {reason}"),
                            path=path, reason=reason(e)) from None
    return session


def apply_probe(session, view: View) -> None:
    """Make the view's probe (test image or drawing) the session's."""
    if view.drawn is None:
        session.set_probe(view.probe)
    else:
        session.set_probe_image(view.drawn, view.drawn_label)
