"""The generator's caches in the user's cache directory: where they live, what their keys must
include, and how entries are written. Every cache here only saves time: a missing or unwritable
entry costs a recomputation, never a different result.

Imports nothing heavy: the no-op fast path uses it before Jinja, black or the validator load.
"""

from __future__ import annotations

import importlib.metadata
import os
import sys
from pathlib import Path

CACHE_DIR = (
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    / "linkedin-marketing-generator"
)
# The distributions whose behaviour decides what a run produces or accepts: the loader, the
# validator and the schema libraries behind it, the template engine and the formatter.
_TOOLCHAIN = (
    "pyyaml",
    "openapi-spec-validator",
    "openapi-schema-validator",
    "jsonschema",
    "jsonschema-path",
    "jinja2",
    "black",
)


def toolchain() -> str:
    """The versions of Python and of every distribution in `_TOOLCHAIN`, for cache keys."""
    versions = [f"python {sys.version_info[0]}.{sys.version_info[1]}"]
    for name in _TOOLCHAIN:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} none")
    return ", ".join(versions)


def store(path: Path, text: str) -> None:
    """Write a cache entry atomically (a reader never sees half of it); failures are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError:
        pass
