"""The real spec: every version resolves, passes openapi-spec-validator (inside resolve) and the
project's checks, and loads in a third-party OpenAPI tool (openapi-core)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_core import OpenAPI

from generator.load import load_spec
from generator.resolve import resolve_all

PROJECT_DIR = Path(__file__).resolve().parents[2]
SPEC_DIR = PROJECT_DIR / "spec"
VERSIONS = load_spec(SPEC_DIR).versions


@pytest.fixture(scope="module")
def resolved() -> dict[str, dict]:
    return resolve_all(SPEC_DIR)


def test_the_documented_versions_are_listed() -> None:
    assert {"202311", "202401", "202408", "202410"} <= set(VERSIONS)


@pytest.mark.parametrize("version", VERSIONS)
def test_version_resolves_without_annotations(resolved: dict[str, dict], version: str) -> None:
    text = json.dumps(resolved[version])
    assert "x-linkedin-since" not in text and "x-linkedin-until" not in text
    assert all(ref.startswith('"#/') for ref in text.split('"$ref": ')[1:])


@pytest.mark.parametrize("version", VERSIONS)
def test_version_loads_in_openapi_core(resolved: dict[str, dict], version: str) -> None:
    api = OpenAPI.from_dict(resolved[version])
    assert api.spec is not None


def test_resource_paths(resolved: dict[str, dict]) -> None:
    for document in resolved.values():
        resources = {item["x-restli-resource"]: path for path, item in document["paths"].items()}
        assert set(resources) == {
            "adAccounts",
            "adCampaignGroups",
            "adCampaigns",
            "creatives",
            "adTargetTemplates",
        }


def test_resolve_command_prints_the_document(tmp_path: Path) -> None:
    out = tmp_path / "202410.json"
    subprocess.run(
        [sys.executable, "-m", "generator", "resolve", "--version", "202410", "--output", str(out)],
        check=True,
        cwd=PROJECT_DIR,
    )
    assert json.loads(out.read_text())["openapi"] == "3.1.0"


def test_resolve_command_reports_an_unknown_version() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "generator", "resolve", "--version", "209901"],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
    )
    assert run.returncode == 2
    assert "versions.yaml: /versions: error: unknown version 209901" in run.stderr
