"""The resolved OpenAPI document of one version: load, check, project, check again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diagnostics import Problem, SpecError, raise_if_errors
from generator.load import SpecBundle, load_spec
from generator.project import project
from generator.validate import check_bundle, check_version
from generator.versions import VERSIONS_FILE


def resolve(spec_dir: Path, version: str) -> dict[str, Any]:
    return resolve_all(spec_dir, [version])[version]


def resolve_all(spec_dir: Path, versions: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Resolved documents by version (all listed versions by default); problems of every
    version are reported together."""
    bundle = load_spec(spec_dir)
    return resolve_bundle(bundle, versions)


def resolve_bundle(
    bundle: SpecBundle, versions: list[str] | None = None
) -> dict[str, dict[str, Any]]:
    wanted = list(bundle.versions) if versions is None else versions
    unknown = [v for v in wanted if v not in bundle.versions]
    if unknown:
        raise SpecError(
            [
                Problem(
                    VERSIONS_FILE,
                    "/versions",
                    f"unknown version {v}; the spec has {', '.join(bundle.versions)}",
                )
                for v in unknown
            ]
        )
    raise_if_errors(check_bundle(bundle))
    problems: list[Problem] = []
    resolved = {}
    for version in wanted:
        document = project(bundle.document, version)
        problems.extend(check_version(document, version, bundle.file_of))
        resolved[version] = document
    raise_if_errors(problems)
    return resolved
