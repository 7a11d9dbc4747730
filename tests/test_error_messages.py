"""Error messages are marked templates plus values: English as a string, translatable."""

import ast
import pickle
import string
from pathlib import Path

import pytest

import cnnviz.core.scenario  # noqa: F401  (defines ScenarioError)
import cnnviz.core.wire  # noqa: F401  (defines WireError)
from cnnviz.errors import CheckpointError, CnnvizError, ConfigError, Message, reason, word

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("core", "data", "labs")


def _error_names() -> set[str]:
    names, todo = set(), [CnnvizError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _marked(node) -> str | None:
    """The template of ``QT_TRANSLATE_NOOP("Errors", "...")`` (or its attribute form)."""
    if isinstance(node, ast.IfExp):
        a, b = _marked(node.body), _marked(node.orelse)
        return a if a is not None and b is not None else None
    if not (isinstance(node, ast.Call) and len(node.args) == 2):
        return None
    name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
    ctx, text = node.args
    if name == "QT_TRANSLATE_NOOP" and isinstance(ctx, ast.Constant) and ctx.value == "Errors" \
            and isinstance(text, ast.Constant) and isinstance(text.value, str):
        return text.value
    return None


def _templates(node) -> list[str]:
    if isinstance(node, ast.IfExp):
        return _templates(node.body) + _templates(node.orelse)
    return [node.args[1].value]


def _error_calls():
    errors = _error_names()
    for package in PACKAGES:
        for path in sorted((ROOT / "cnnviz" / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                        and node.func.id in errors:
                    yield f"{path.relative_to(ROOT)}:{node.lineno}", node


def test_every_error_of_the_core_data_and_labs_is_a_marked_template():
    """No f-string or plain text: the first argument is QT_TRANSLATE_NOOP("Errors", ...),
    and the template's placeholders are exactly the keyword values passed with it."""
    calls, wrong = list(_error_calls()), []
    for where, node in calls:
        if not node.args or _marked(node.args[0]) is None:
            wrong.append(f"{where}: not a marked template")
            continue
        given = {k.arg for k in node.keywords}
        if None in given:   # **values: checked where they are built
            continue
        for template in _templates(node.args[0]):
            wanted = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            if wanted != given and not wanted < given:
                wrong.append(f"{where}: {template!r} needs {sorted(wanted)}, gets {sorted(given)}")
    assert len(calls) > 100 and wrong == []


def test_the_walk_catches_an_f_string():
    """The check above fails on the old form of a message."""
    node = ast.parse('raise ConfigError(f"{x} is bad")').body[0].exc
    assert _marked(node.args[0]) is None
    node = ast.parse('raise ConfigError(QT_TRANSLATE_NOOP("Errors", "{x} is bad"), x=1)').body[0].exc
    assert _marked(node.args[0]) == "{x} is bad"


def test_str_is_the_english_message_and_template_and_values_are_kept():
    e = CheckpointError("{path}: {key} has shape {shape}, expected {expected}",
                        path="a.npz", key="C1.w", shape=(6, 1, 5, 5), expected=(6, 1, 3, 3))
    assert str(e) == "a.npz: C1.w has shape (6, 1, 5, 5), expected (6, 1, 3, 3)"
    assert e.template == "{path}: {key} has shape {shape}, expected {expected}"
    assert e.values["shape"] == (6, 1, 5, 5)
    assert str(CnnvizError("no {braces} formatted")) == "no {braces} formatted"


def test_messages_survive_json_and_pickle():
    inner = word("the forward pass")
    m = Message("{what} at {step:d} ({rate:g}), file {path}", what=inner, step=3,
                rate=0.5, path=Path("/tmp/x.npz"))
    back = Message.from_json(m.to_json())
    assert back == m and back.template == m.template
    assert isinstance(back.values["what"], Message) and back.values["what"].template == inner
    e = pickle.loads(pickle.dumps(ConfigError("{a} and {b}", a=1, b=inner)))
    assert isinstance(e, ConfigError) and str(e) == "1 and the forward pass"
    assert e.values["b"].template == "the forward pass"


def test_reasons_keep_the_english_of_the_system():
    import errno
    import os

    r = reason(FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "x"))
    assert isinstance(r, Message) and str(r) == os.strerror(errno.ENOENT)
    assert reason(ValueError("odd")) == "odd"


@pytest.mark.parametrize("bad", ["nan", "-1", "abc"])
def test_a_bad_learning_rate_names_the_value(bad):
    from cnnviz.core.optim import make_optimizer

    with pytest.raises(ConfigError) as info:
        make_optimizer("sgd", {}, lr=bad)
    assert bad in str(info.value) and str(info.value).startswith("learning rate must be")
    assert info.value.values["name"].template == "learning rate"
