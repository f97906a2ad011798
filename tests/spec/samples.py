"""The documentation samples (tests/data/samples/*/index.yaml) and their spec methods."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from generator.load import load_spec

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "samples"
SPEC_DIR = SAMPLES_DIR.parents[2] / "spec"
BASE_URL = "https://api.linkedin.com/rest"
# The captured pages the samples come from document versions up to 202410. The spec records no
# change after 202410 that alters what these samples show, and where a 2026 view of a page is at
# hand (li-lms-2026-02: campaign groups, creatives) it shows the same samples; so a sample of
# 202410 also stands for every shipped version.
NEWEST_CAPTURED = "202410"
SHIPPED = load_spec(SPEC_DIR).shipped


@dataclass(frozen=True)
class Sample:
    source: str
    resource: str
    method: str
    name: str | None
    kind: str
    versions: tuple[str, ...]
    http: str | None
    status: int | None
    file: Path | None
    placeholder: bool

    @property
    def label(self) -> str:
        target = self.file.name if self.file else (self.http or "")
        return f"{self.resource}/{target}@{self.source}"

    def body(self) -> Any:
        assert self.file is not None
        return json.loads(self.file.read_text(encoding="utf-8"))

    def request_line(self) -> tuple[str, str, list[tuple[str, str]]]:
        """HTTP verb, path below the base URL, and raw query pairs (still Rest.li-encoded)."""
        assert self.http is not None
        verb, _, url = self.http.partition(" ")
        parts = urlsplit(url.strip())
        path = parts.path.removeprefix("/rest")
        query = [tuple(p.split("=", 1)) if "=" in p else (p, "") for p in parts.query.split("&")]
        return verb.upper(), path, [q for q in query if q[0]]  # type: ignore[misc]


def load_samples() -> list[Sample]:
    samples = []
    for index in sorted(SAMPLES_DIR.glob("*/index.yaml")):
        for entry in yaml.safe_load(index.read_text(encoding="utf-8")) or []:
            samples.append(
                Sample(
                    source=entry["source"],
                    resource=entry["resource"],
                    method=entry["method"],
                    name=entry.get("name"),
                    kind=entry["kind"],
                    versions=_versions(entry["versions"]),
                    http=entry.get("http"),
                    status=entry.get("status"),
                    file=index.parent / entry["file"] if "file" in entry else None,
                    placeholder=bool(entry.get("placeholder")),
                )
            )
    return samples


def _versions(recorded: list[object]) -> tuple[str, ...]:
    versions = tuple(str(v) for v in recorded)
    return versions + SHIPPED if NEWEST_CAPTURED in versions else versions


def find_methods(document: dict[str, Any], resource: str, method: str, name: str | None):
    """(path, verb, method entry) of every spec method with this resource, kind and name."""
    found = []
    for path, item in document["paths"].items():
        if item.get("x-restli-resource") != resource:
            continue
        for verb in ("get", "put", "post", "delete"):
            for entry in (item.get(verb) or {}).get("x-restli-methods", []):
                if entry["method"] == method and entry.get("name") == name:
                    found.append((path, verb, entry))
    return found


def query_names(sample: Sample) -> set[str]:
    return {name for name, _ in parse_qsl(urlsplit(sample.http or "").query)}
