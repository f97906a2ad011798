"""Every JSON body in the documentation validates against the schema of its method, in each
version it belongs to, and every documented request line maps to exactly one operation."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator

from generator.resolve import resolve_all
from tests.spec.samples import Sample, find_methods, load_samples

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
SAMPLES = load_samples()


@cache
def documents() -> dict[str, dict[str, Any]]:
    return resolve_all(SPEC_DIR, sorted({v for s in SAMPLES for v in s.versions}))


def schema_of(document: dict[str, Any], sample: Sample) -> dict[str, Any]:
    [(_, _, method)] = find_methods(document, sample.resource, sample.method, sample.name)
    if sample.kind == "request":
        return method["request"]
    if sample.status is not None and sample.status >= 400:
        return {"$ref": "#/components/schemas/Error"}
    return method["response"]


def resolve_ref(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in node:
        return node
    section, name = node["$ref"].split("/")[-2:]
    return document["components"][section][name]


def cases(with_body: bool) -> list[Any]:
    return [
        pytest.param(sample, version, id=f"{sample.label}@{version}")
        for sample in SAMPLES
        if (sample.file is not None) == with_body
        for version in sample.versions
    ]


def test_samples_are_recorded_for_every_resource() -> None:
    resources = {s.resource for s in SAMPLES}
    assert resources == {
        "adAccounts",
        "adCampaignGroups",
        "adCampaigns",
        "creatives",
        "adTargetTemplates",
    }


@pytest.mark.parametrize(("sample", "version"), cases(with_body=True))
def test_body_validates_against_its_method_schema(sample: Sample, version: str) -> None:
    document = documents()[version]
    schema = {**schema_of(document, sample), "components": document["components"]}
    errors = sorted(OAS31Validator(schema).iter_errors(sample.body()), key=str)
    assert not errors, "\n".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors)


@pytest.mark.parametrize(
    ("sample", "version"),
    [c for c in cases(with_body=True) + cases(with_body=False) if c.values[0].http],
)
def test_request_line_maps_to_exactly_one_operation(sample: Sample, version: str) -> None:
    document = documents()[version]
    verb, path, _ = sample.request_line()
    matching = [
        template
        for template in document["paths"]
        if re.fullmatch(re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)), path)
    ]
    assert len(matching) == 1, f"{path} matches {matching}"
    operation = document["paths"][matching[0]].get(verb.lower())
    assert operation is not None, f"{verb} {matching[0]} is not in the spec for {version}"
    carried = {(m["method"], m.get("name")) for m in operation["x-restli-methods"]}
    assert (sample.method, sample.name) in carried
    declared = {resolve_ref(document, p)["name"] for p in operation.get("parameters", [])}
    # Some pages still show the Rest.li 1.0 form (`search.status.values[0]=DRAFT`): the
    # parameter is the part before the first `.` or `[`.
    names = {re.split(r"[.\[]", name, maxsplit=1)[0] for name, _ in sample.request_line()[2]}
    undeclared = names - declared
    assert not undeclared, f"query parameters not in the spec for {version}: {sorted(undeclared)}"
