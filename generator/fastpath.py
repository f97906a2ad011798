"""Regeneration when nothing changed: recognised from fingerprints, without rendering anything.

A generation run is a pure function of the spec, the templates, the generator's own source, the
versions asked for, and the toolchain (Python, the YAML loader, the validator stack, Jinja and
black: `cache.toolchain`). After a run (or a passing check) the
fingerprint of those inputs is stored with the fingerprint of what the output directory then held.
The next run with the same inputs whose output directory still holds exactly that has nothing to
do, and says so in a few milliseconds instead of loading, validating and rendering the spec.
The record lives in the user's cache directory; deleting it only costs one full run.

This module imports nothing heavy (no Jinja, black, YAML or validator): it runs before them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from generator.cache import CACHE_DIR, store, toolchain
from generator.write import existing_files

GENERATOR_DIR = Path(__file__).resolve().parent
_RECORDS = CACHE_DIR / "runs"


def _tree_digest(root: Path, suffixes: tuple[str, ...] | None = None) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        if suffixes is not None and not path.name.endswith(suffixes):
            continue
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def inputs_key(
    spec_dir: Path, templates_dir: Path, out_dir: Path, versions: Sequence[str] | None
) -> str:
    """The fingerprint of everything a run's output depends on, and of where it is written."""
    parts = [
        _tree_digest(spec_dir),
        _tree_digest(templates_dir),
        _tree_digest(GENERATOR_DIR, (".py",)),
        toolchain(),
        ",".join(versions) if versions is not None else "*",
        str(out_dir.resolve()),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def output_digest(out_dir: Path) -> tuple[str, tuple[str, ...]]:
    """The fingerprint of the generated files in `out_dir` (caches left out), and their paths."""
    files = existing_files(out_dir)
    digest = hashlib.sha256()
    for path, content in files.items():
        digest.update(path.encode() + b"\0" + content + b"\0")
    return digest.hexdigest(), tuple(files)


def unchanged(key: str, out_dir: Path) -> tuple[str, ...] | None:
    """The files of `out_dir` (relative paths, sorted) when the last run with inputs `key` left it
    as it is now; None when it did not, or no such run was recorded."""
    try:
        recorded = (_RECORDS / key).read_text(encoding="ascii").strip()
    except OSError:
        return None
    digest, paths = output_digest(out_dir)
    return paths if recorded == digest else None


def remember(key: str, out_dir: Path) -> None:
    """Record that inputs `key` give what `out_dir` holds now."""
    digest, _ = output_digest(out_dir)
    store(_RECORDS / key, digest + "\n")
