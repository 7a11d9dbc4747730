"""Keep cnnviz's Qt translation files in step with the code.

    python tools/translations.py            # update resources/translations/*.ts, build .qm
    python tools/translations.py --check    # exit 1 if a .ts file is out of date

Every user-visible string of the window goes through a module's ``tr(text)``, which
calls ``QCoreApplication.translate(CONTEXT, text)`` with the module's own context, or
through ``translate("Context", "text")`` directly; strings that are translated later
from a variable are marked where they are written with
``QT_TRANSLATE_NOOP("Context", "text")`` (or ``QT_TR_NOOP("text")`` for the module's own
context). Qt's ``pyside6-lupdate`` does not follow a
module-level ``tr`` wrapper (it files such strings under an empty context, so they would
never be found at run time), hence this extractor: it reads the source with ``ast``,
merges what it finds into each ``.ts`` file (new strings are marked unfinished, strings
no longer in the code are dropped, existing translations are kept) and compiles the
``.qm`` files that cnnviz loads with ``pyside6-lrelease``.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "cnnviz"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"ru": "ru_RU"}


class Found:
    """The translatable strings of the source tree, by context, in order of appearance."""

    def __init__(self):
        self.messages: dict[str, dict[str, str]] = {}   # context -> source -> "file:line"
        self.problems: list[str] = []
        self.dynamic: list[str] = []     # tr(variable): its strings need QT_TRANSLATE_NOOP

    def add(self, context: str, text: str, where: str) -> None:
        self.messages.setdefault(context, {}).setdefault(text, where)


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _tr_context(tree: ast.Module) -> str | None:
    """The context of a module's ``def tr(text)``: the literal first argument of the
    ``translate`` call it returns."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for sub in ast.walk(node):
                if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute)
                        and sub.func.attr == "translate" and sub.args):
                    return _literal(sub.args[0])
    return None


def _name(func) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _imported_tr(tree: ast.Module) -> str | None:
    """The module a ``from X import tr`` takes its ``tr`` from, if any."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and any(a.name == "tr" for a in node.names):
            return node.module
    return None


def extract(sources: Path = SOURCES) -> Found:
    found = Found()
    trees, contexts = {}, {}
    for path in sorted(sources.rglob("*.py")):
        rel = path.relative_to(sources.parent)
        module = ".".join(rel.with_suffix("").parts)
        trees[module] = (rel, ast.parse(path.read_text(encoding="utf-8"), filename=str(rel)))
        contexts[module] = _tr_context(trees[module][1])
    for module, (rel, tree) in trees.items():
        ctx = contexts[module] or contexts.get(_imported_tr(tree) or "")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name, args, where = _name(node.func), node.args, f"{rel}:{node.lineno}"
            if name == "tr" and isinstance(node.func, ast.Name) and len(args) == 1:
                text = _literal(args[0])
                if ctx is None:
                    found.problems.append(f"{where}: tr() in a module without a tr context")
                elif text is not None:
                    found.add(ctx, text, where)
                elif isinstance(args[0], ast.JoinedStr):
                    found.problems.append(f"{where}: tr() of an f-string cannot be translated")
                else:
                    found.dynamic.append(where)
            elif name == "QT_TR_NOOP" and len(args) == 1 and _literal(args[0]) is not None:
                if ctx is None:
                    found.problems.append(f"{where}: QT_TR_NOOP in a module without a tr context")
                else:
                    found.add(ctx, _literal(args[0]), where)
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                c, text = _literal(args[0]), _literal(args[1])
                if c is not None and text is not None:
                    found.add(c, text, where)
    return found


def _read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) of an existing .ts file."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        cname = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr_el = msg.find("translation")
            text = (tr_el.text or "") if tr_el is not None else ""
            finished = tr_el is not None and tr_el.get("type") is None and bool(text)
            out[(cname, msg.findtext("source") or "")] = (text, finished)
    return out


def render_ts(found: Found, lang: str, old: dict) -> str:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[lang], sourcelanguage="en")
    for cname in sorted(found.messages):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = cname
        for source, where in found.messages[cname].items():
            msg = ET.SubElement(context, "message")
            # the file only: line numbers would make every edit above a string a change
            # of the .ts file
            ET.SubElement(msg, "location", filename=f"../../{where.rsplit(':', 1)[0]}")
            ET.SubElement(msg, "source").text = source
            text, finished = old.get((cname, source), ("", False))
            el = ET.SubElement(msg, "translation")
            el.text = text
            if not finished:
                el.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def lrelease() -> str:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(exe).exists():
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return exe


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if out of date")
    ap.add_argument("--dynamic", action="store_true",
                    help="list tr() calls of variables (their strings need QT_TRANSLATE_NOOP)")
    args = ap.parse_args(argv)
    found = extract()
    if args.dynamic:
        print("\n".join(found.dynamic))
    for p in found.problems:
        print(f"warning: {p}", file=sys.stderr)
    stale = []
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts, qm = TS_DIR / f"cnnviz_{lang}.ts", TS_DIR / f"cnnviz_{lang}.qm"
        text = render_ts(found, lang, _read_ts(ts))
        with tempfile.TemporaryDirectory() as tmp:
            new_qm = Path(tmp) / qm.name
            tmp_ts = Path(tmp) / ts.name
            tmp_ts.write_text(text, encoding="utf-8")
            compile_qm(tmp_ts, new_qm)
            if args.check:
                # the .qm is checked by loading it (tests/gui/test_i18n.py): its bytes
                # depend on the lrelease version
                if not ts.exists() or ts.read_text(encoding="utf-8") != text:
                    stale.append(str(ts.relative_to(ROOT)))
            else:
                ts.write_text(text, encoding="utf-8")
                shutil.copyfile(new_qm, qm)
        todo = sum(not f for (_, f) in _read_ts(ts).values()) if ts.exists() else 0
        total = sum(len(v) for v in found.messages.values())
        print(f"{ts.relative_to(ROOT)}: {total} strings, {todo} unfinished")
    if stale:
        print("out of date (run python tools/translations.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
