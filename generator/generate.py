"""The whole pipeline: spec → resolved documents → IR → rendered files → the output directory.

Every stage runs to completion in memory before anything is written, so a bad spec or a failing
template leaves the output directory as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import ir
from generator.diagnostics import Problem, SpecError
from generator.diff import Review, diff
from generator.load import SpecBundle, load_spec
from generator.parse import parse
from generator.resolve import resolve_bundle
from generator.review import changes_document
from generator.templating import TEMPLATES_DIR
from generator.write import compare, existing_files, output_lock, recover, write_tree

# The review of every bump from one shipped version to the next, newest first. It covers the
# versions the package ships, not the sunset ones still in the spec: each entry is a bump a user of
# the package can make by changing an import, and the file grows with what is shipped, not with
# history (`make diff FROM=<sunset version> TO=<shipped version>` reviews any other bump).
CHANGES_FILE = "CHANGES.md"


@dataclass(frozen=True)
class GeneratorConfig:
    """Settings of the generator itself, apart from the spec (which says what the API is)."""

    # The last part of the generated distribution's version (see `package_version`): raise it for
    # a release that changes the package but ships the same API versions, and reset it to 0 when a
    # new API version is added.
    package_revision: int = 0
    templates_dir: Path = field(default=TEMPLATES_DIR)

    def package_version(self, api_versions: Sequence[str]) -> str:
        """The version of the generated `linkedin-marketing` distribution: the newest API version
        it ships as year.month, then the revision (API versions 202401 and 202410 give 2024.10.0),
        so that every new API version gives a new, higher package version. PEP 440 form: the month
        has no leading zero."""
        newest = max(api_versions)
        return f"{int(newest[:4])}.{int(newest[4:])}.{self.package_revision}"


@dataclass(frozen=True)
class GenerateResult:
    """Paths relative to the output directory. In check mode `changed` lists the files that differ
    (new, changed or no longer generated) and nothing was written."""

    changed: tuple[str, ...]
    unchanged: tuple[str, ...]


def generate(
    spec_dir: Path,
    out_dir: Path,
    versions: Sequence[str] | None = None,
    check: bool = False,
    config: GeneratorConfig | None = None,
) -> GenerateResult:
    """Generate the package for `versions` (by default the versions versions.yaml marks shipped)
    into `out_dir`.

    Any version of the spec can be asked for, sunset ones included. With some versions only, the
    other versions' subpackages already in `out_dir` (and its CHANGES.md, which needs every
    shipped version) are kept as they are, and the package lists them too. Raises `SpecError`
    with every problem found, before writing anything. Holds the output directory's lock
    throughout.
    """
    config = config or GeneratorConfig()
    with output_lock(out_dir):
        if not check:
            recover(out_dir)  # the kept versions must be read from the tree a killed run left
        kept = () if versions is None else _other_versions_in(out_dir, versions)
        files = render_all(spec_dir, versions, config, kept)
        if versions is not None:
            files = _keep_other_versions(out_dir, files, versions)
        result = compare(out_dir, files) if check else write_tree(out_dir, files)
    return GenerateResult(result.changed, result.unchanged)


def render_all(
    spec_dir: Path,
    versions: Sequence[str] | None,
    config: GeneratorConfig,
    kept: Sequence[str] = (),
) -> dict[str, str]:
    """Every file of the output, by path relative to the output directory: the subpackages of
    `versions` (the shipped ones by default), and the package around them and the `kept`
    subpackages already in the output."""
    # Imported here: rendering loads black, which the review and the upgrade check never need.
    from generator.render import Renderer

    bundle = load_spec(spec_dir)
    wanted = list(bundle.shipped) if versions is None else list(versions)
    apis = list(_parsed(bundle, wanted).values())

    renderer = Renderer(config.templates_dir)
    packaged = sorted({*wanted, *kept})
    files = renderer.package_files(
        [r for r in bundle.releases if r.version in packaged], config.package_version(packaged)
    )
    files.update(renderer.runtime_files())
    releases = {r.version: r for r in bundle.releases}
    for api, document in apis:
        files.update(renderer.version_files(api, document, releases[api.version]))
    if versions is None:
        # The review of each version bump needs both versions; with some versions only, the
        # existing file is kept (see _keep_other_versions).
        bumps = zip(apis, apis[1:], strict=False)
        reviews = (diff(o, n, od, nd) for (o, od), (n, nd) in bumps)
        files[CHANGES_FILE] = changes_document(reviews, config.templates_dir)
    return files


def review(spec_dir: Path, from_version: str, to_version: str) -> Review:
    """What changes for client code from one version of the spec in `spec_dir` to another."""
    parsed = parse_versions(spec_dir, [from_version, to_version])
    (old, old_document), (new, new_document) = parsed[from_version], parsed[to_version]
    return diff(old, new, old_document, new_document)


# The IR of a version and the resolved document it was parsed from.
Parsed = tuple[ir.Api, dict[str, Any]]


def parse_versions(spec_dir: Path, versions: Sequence[str]) -> dict[str, Parsed]:
    """Some versions of the spec in `spec_dir`, resolved and parsed (for the review and the
    upgrade check); raises `SpecError` with the problems of every version."""
    return _parsed(load_spec(spec_dir), versions)


def _parsed(bundle: SpecBundle, versions: Sequence[str]) -> dict[str, Parsed]:
    documents = resolve_bundle(bundle, list(versions))
    problems: list[Problem] = []
    parsed: dict[str, Parsed] = {}
    for version, document in documents.items():
        try:
            parsed[version] = (parse(document, version, bundle.file_of), document)
        except SpecError as error:
            problems.extend(error.problems)
    if problems:
        raise SpecError(problems)
    return parsed


def _other_versions_in(out_dir: Path, versions: Sequence[str]) -> tuple[str, ...]:
    """The versions other than `versions` that have a subpackage in `out_dir`."""
    from generator.render import PACKAGE

    package_dir = out_dir / PACKAGE
    names = sorted(p.name for p in package_dir.iterdir()) if package_dir.is_dir() else []
    return tuple(
        name[1:] for name in names if re.fullmatch(r"v[0-9]{6}", name) and name[1:] not in versions
    )


def _keep_other_versions(
    out_dir: Path, files: dict[str, str], versions: Sequence[str]
) -> dict[str, str]:
    from generator.render import PACKAGE, package_name

    regenerated = tuple(f"{PACKAGE}/{package_name(v)}/" for v in versions)
    kept = {
        path: content.decode("utf-8")
        for path, content in existing_files(out_dir).items()
        if path == CHANGES_FILE
        or (
            path.startswith(f"{PACKAGE}/v")
            and "/" in path[len(PACKAGE) + 1 :]
            and not path.startswith(regenerated)
        )
    }
    return {**kept, **files}
