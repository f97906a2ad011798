"""Load the spec files and bundle them into one OpenAPI document with local references."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generator.diagnostics import Problem, SpecError, pointer, raise_if_errors, resolve_pointer
from generator.versions import VERSION_PATTERN as VERSION_PATTERN  # where validate.py reads it
from generator.versions import VERSIONS_FILE, ApiVersion, parse_versions

# libyaml's loader when PyYAML was built with it (ten times faster; same documents, same marks).
if TYPE_CHECKING:
    _SafeLoader = yaml.SafeLoader
else:
    _SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):
    """The safe loader, refusing a key given twice in one mapping (YAML keeps the last silently,
    so an edit would be lost without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                earlier = first.setdefault(key, key_node)
            except TypeError:  # an unhashable key: the base class says what is wrong with it
                break
            if earlier is not key_node:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"duplicate key {key!r} (first at line {earlier.start_mark.line + 1})",
                    key_node.start_mark,
                )
        return super().construct_mapping(node, deep=deep)


ROOT_FILE = "openapi.yaml"
FILES_KEY = "x-spec-files"
# What a resource file may hold; everything else belongs to the root document.
RESOURCE_FILE_KEYS = ("paths", "components")
# Characters no spec string may hold: control characters other than tab and line breaks (a NUL
# makes a module Python cannot read; the others corrupt docstrings and Markdown), and halves of
# surrogate pairs (they cannot be written as UTF-8).
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class SpecBundle:
    """The bundled document (version annotations still in it) and where each part came from."""

    document: dict[str, Any]
    releases: tuple[ApiVersion, ...]  # every version of versions.yaml, oldest first
    origins: Mapping[str, str]

    @property
    def versions(self) -> tuple[str, ...]:
        """Every version the spec describes (shipped or sunset), oldest first."""
        return tuple(r.version for r in self.releases)

    @property
    def shipped(self) -> tuple[str, ...]:
        """The versions generated/ holds a subpackage of, oldest first."""
        return tuple(r.version for r in self.releases if r.shipped)

    def file_of(self, path: str) -> str:
        """The spec file that defines the node at this JSON pointer of the bundled document."""
        parts = path.split("/")
        for depth in (4, 3):  # /components/<section>/<name>, /paths/<path>
            origin = self.origins.get("/".join(parts[:depth]))
            if origin is not None:
                return origin
        return ROOT_FILE


def load_spec(spec_dir: Path) -> SpecBundle:
    """Read `spec_dir`, resolve cross-file references and merge the files into one document."""
    problems: list[Problem] = []
    releases = _load_versions(spec_dir, problems)
    root = _read_yaml(spec_dir, ROOT_FILE, problems)
    raise_if_errors(problems)
    assert isinstance(root, dict)

    files = root.get(FILES_KEY, [])
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise SpecError([Problem(ROOT_FILE, pointer(FILES_KEY), "must be a list of file names")])
    raw: dict[str, dict[str, Any]] = {ROOT_FILE: root}
    for name in files:
        content = _read_yaml(spec_dir, name, problems)
        if content is None:
            continue
        extra = sorted(set(content) - set(RESOURCE_FILE_KEYS))
        for key in extra:
            problems.append(
                Problem(name, pointer(key), f"a resource file holds only {RESOURCE_FILE_KEYS}")
            )
        raw[name] = content
    for name, content in raw.items():
        _check_strings(content, name, (), problems)
    raise_if_errors(problems)

    for name, content in raw.items():
        _localise_refs(content, name, raw, (), problems)
    document, origins = _merge(raw, problems)
    raise_if_errors(problems)
    return SpecBundle(document=document, releases=releases, origins=origins)


def _load_versions(spec_dir: Path, problems: list[Problem]) -> tuple[ApiVersion, ...]:
    content = _read_yaml(spec_dir, VERSIONS_FILE, problems)
    return () if content is None else parse_versions(content, problems)


def _read_yaml(spec_dir: Path, name: str, problems: list[Problem]) -> dict[str, Any] | None:
    path = spec_dir / name
    try:
        data = path.read_bytes()
    except OSError as error:
        problems.append(Problem(name, "", f"cannot read {path}: {error.strerror}"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line, column = before.count(b"\n") + 1, error.start - (before.rfind(b"\n") + 1) + 1
        problems.append(
            Problem(
                name,
                "",
                f"not UTF-8: byte 0x{data[error.start]:02x} at line {line}, column {column}"
                " cannot be decoded",
            )
        )
        return None
    try:
        content = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = getattr(error, "problem", None) or str(error)
        problems.append(Problem(name, "", f"invalid YAML{where}: {reason}"))
        return None
    if not isinstance(content, dict):
        problems.append(Problem(name, "", "the file must hold a mapping"))
        return None
    return content


def _check_strings(node: Any, file: str, at: tuple[object, ...], problems: list[Problem]) -> None:
    """Refuse characters that no generated file can carry, in keys and string values."""
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node) if isinstance(node, list) else ()
    )
    for key, value in items:
        for text in (key, value):
            found = _UNWRITABLE.search(text) if isinstance(text, str) else None
            if found:
                code = ord(found.group())
                kind = "unpaired surrogate" if 0xD800 <= code <= 0xDFFF else "control character"
                problems.append(
                    Problem(
                        file,
                        pointer(*at, key),
                        f"{kind} U+{code:04X} in a string; write it escaped or leave it out",
                    )
                )
                break
        _check_strings(value, file, (*at, key), problems)


def _localise_refs(
    node: Any,
    file: str,
    raw: Mapping[str, dict[str, Any]],
    at: tuple[object, ...],
    problems: list[Problem],
) -> None:
    """Check every `$ref` resolves in the file it names, and rewrite it as a local reference."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            target_file, _, fragment = ref.partition("#")
            target_file = target_file or file
            if target_file not in raw or target_file == ROOT_FILE and file != ROOT_FILE:
                problems.append(
                    Problem(file, pointer(*at, "$ref"), f"{ref!r} names an unknown spec file")
                )
            elif resolve_pointer(raw[target_file], fragment) is None:
                problems.append(
                    Problem(file, pointer(*at, "$ref"), f"dangling $ref {ref!r}: nothing there")
                )
            else:
                node["$ref"] = "#" + fragment
        for key, value in node.items():
            _localise_refs(value, file, raw, (*at, key), problems)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _localise_refs(value, file, raw, (*at, index), problems)


def _merge(
    raw: Mapping[str, dict[str, Any]], problems: list[Problem]
) -> tuple[dict[str, Any], dict[str, str]]:
    document = {k: v for k, v in raw[ROOT_FILE].items() if k != FILES_KEY}
    paths: dict[str, Any] = dict(document.get("paths") or {})
    components: dict[str, dict[str, Any]] = {
        section: dict(entries) for section, entries in (document.get("components") or {}).items()
    }
    origins = {pointer("paths", p): ROOT_FILE for p in paths}
    for section, entries in components.items():
        origins.update({pointer("components", section, n): ROOT_FILE for n in entries})

    for file, content in raw.items():
        if file == ROOT_FILE:
            continue
        for path, item in (content.get("paths") or {}).items():
            key = pointer("paths", path)
            if key in origins:
                problems.append(Problem(file, key, f"path also defined in {origins[key]}"))
                continue
            paths[path] = item
            origins[key] = file
        for section, entries in (content.get("components") or {}).items():
            merged = components.setdefault(section, {})
            for name, value in (entries or {}).items():
                key = pointer("components", section, name)
                if key in origins:
                    problems.append(Problem(file, key, f"component also defined in {origins[key]}"))
                    continue
                merged[name] = value
                origins[key] = file
    document["paths"] = paths
    document["components"] = components
    return document, origins
