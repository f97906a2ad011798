"""Runs an upgrade check over files and directories: versions in, an `Outcome` out."""

from __future__ import annotations

import ast
import io
import os
import shutil
import sys
import tempfile
import tokenize
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import ir
from generator.diagnostics import SpecError
from generator.upgrade.breaks import Breaks, breaks
from generator.upgrade.fix import retarget
from generator.upgrade.report import Outcome, text, to_json
from generator.upgrade.surface import Surface, surface
from generator.upgrade.uses import find_uses


@dataclass(frozen=True)
class Upgrade:
    """What one version offers and what the next one breaks of it."""

    from_version: str
    to_version: str
    surface: Surface
    breaks: Breaks


def upgrade(spec_dir: Path, from_version: str, to_version: str) -> Upgrade:
    """Both versions from the spec (neither needs to be in `generated/`); raises SpecError."""
    from generator.generate import parse_versions

    parsed = parse_versions(spec_dir, [from_version, to_version])
    (old, old_document), (new, new_document) = parsed[from_version], parsed[to_version]
    return between(old, new, old_document, new_document)


def between(
    old: ir.Api, new: ir.Api, old_document: Mapping[str, Any], new_document: Mapping[str, Any]
) -> Upgrade:
    """The upgrade from `old` to `new`, given the resolved documents they were parsed from."""
    from generator.diff import diff

    review = diff(old, new, old_document, new_document)
    return Upgrade(old.version, new.version, surface(old), breaks(review, old, new))


def check(upgrade: Upgrade, paths: Sequence[Path], fix: bool = False) -> Outcome:
    outcome = Outcome(upgrade.from_version, upgrade.to_version)
    for path in _python_files(paths, outcome.problems):
        _check_file(upgrade, path, fix, outcome)
    return outcome


def _python_files(paths: Sequence[Path], problems: list[str]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            # Hidden directories (.venv, .git) hold no code of the user's own.
            yield from sorted(
                p
                for p in path.rglob("*.py")
                if not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            yield path
        else:
            problems.append(f"{path}: no such file or directory")


def _check_file(upgrade: Upgrade, path: Path, fix: bool, outcome: Outcome) -> None:
    try:
        data = path.read_bytes()
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        source = data.decode(encoding)
    except OSError as error:
        outcome.problems.append(f"{path}: cannot read: {error.strerror or error}")
        return
    except (SyntaxError, UnicodeDecodeError, LookupError) as error:  # encoding cookie or bytes
        outcome.problems.append(f"{path}: cannot read: {error}")
        return
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as error:
        outcome.problems.append(
            f"{path}:{error.lineno or 1}:{error.offset or 1}: syntax error: {error.msg}; skipped"
        )
        return
    outcome.checked += 1
    lines = io.StringIO(source, newline="").readlines()
    uses = find_uses(tree, lines, upgrade.surface, upgrade.breaks)
    outcome.uses += [(str(path), u) for u in uses]
    if not fix:
        return
    if uses:  # a possibly-breaking use is one the checker cannot vouch for either
        outcome.not_fixed.append(f"{path}: {len(uses)} use(s) to change first")
        return
    fixed = retarget(lines, tree, upgrade.from_version, upgrade.to_version)
    if fixed != source:
        _replace(path, fixed.encode(encoding))
        outcome.fixed.append(str(path))


def _replace(path: Path, data: bytes) -> None:
    """Writes `data` to `path` whole or not at all (a temporary file renamed over it)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        shutil.copymode(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def run(
    spec_dir: Path,
    from_version: str,
    to_version: str,
    paths: Sequence[Path],
    form: str = "text",
    fix: bool = False,
) -> int:
    """The command: prints the outcome and returns the exit status."""
    if from_version >= to_version:
        print(
            f"--to ({to_version}) must be a later version than --from ({from_version})",
            file=sys.stderr,
        )
        return 2
    try:
        found = upgrade(spec_dir, from_version, to_version)
    except SpecError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    outcome = check(found, paths, fix)
    for unchecked in outcome.problems:
        print(unchecked, file=sys.stderr)
    sys.stdout.write(to_json(outcome) if form == "json" else text(outcome))
    return outcome.exit_code
