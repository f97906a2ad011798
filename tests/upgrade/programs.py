"""Helpers for upgrade-check tests: user programs whose expected findings are marked in them.

A line with a `# breaking` (or `# possibly`) comment must be reported as breaking (or
possibly-breaking); every other line must not be reported at all.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from generator.load import load_spec
from generator.parse import parse
from generator.resolve import resolve_bundle
from generator.upgrade.check import Upgrade, between, check
from generator.upgrade.report import Outcome
from tests.diff.widgets import Edit, widgets, write

MARKS = {"# breaking": "breaking", "# possibly": "possibly-breaking"}


def program(directory: Path, source: str, name: str = "app.py") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
    return path


def marked(path: Path) -> set[tuple[int, str]]:
    """The (line, severity) pairs the program's comments ask for."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {
        (number, severity)
        for number, line in enumerate(lines, 1)
        for mark, severity in MARKS.items()
        if mark in line
    }


def reported(outcome: Outcome) -> set[tuple[int, str]]:
    return {(use.line, use.severity) for _, use in outcome.uses}


def assert_marked(upgrade: Upgrade, path: Path) -> Outcome:
    outcome = check(upgrade, [path])
    assert outcome.problems == []
    assert reported(outcome) == marked(path), [
        f"{u.line}: {u.severity}: {u.message}" for _, u in outcome.uses
    ]
    return outcome


def widgets_upgrade(tmp_path: Path, edit: Edit) -> Upgrade:
    """From the widgets spec as version 202401 to the same spec changed by `edit`, as 202402."""
    new = widgets()
    edit(new)
    old_api, old_document = _load(tmp_path / "old", widgets(), "202401")
    new_api, new_document = _load(tmp_path / "new", new, "202402")
    return between(old_api, new_api, old_document, new_document)


def _load(directory: Path, spec: dict[str, Any], version: str) -> tuple[Any, Any]:
    bundle = load_spec(write(directory, spec, [version]))
    document = resolve_bundle(bundle, [version])[version]
    return parse(document, version, bundle.file_of), document
