"""Each spec check, fed a spec broken in one place, names the file, the path and the fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.resolve import resolve, resolve_all
from tests.spec.minimal import save, write_spec


def problems_of(spec_dir: Path, version: str | None = None) -> list[str]:
    with pytest.raises(SpecError) as caught:
        resolve_all(spec_dir, None if version is None else [version])
    return [str(p) for p in caught.value.problems]


def test_minimal_spec_resolves_per_version(tmp_path: Path) -> None:
    write_spec(tmp_path)
    old, new = resolve(tmp_path, "202311"), resolve(tmp_path, "202410")
    thing_old = old["components"]["schemas"]["Thing"]
    thing_new = new["components"]["schemas"]["Thing"]
    assert "label" not in thing_old["properties"] and thing_old["required"] == ["name"]
    assert thing_new["required"] == ["name", "label"]
    assert thing_old["properties"]["kind"]["enum"] == ["A"]
    assert thing_new["properties"]["kind"]["enum"] == ["A", "B"]
    finder_old = old["paths"]["/things"]["get"]["x-restli-methods"][0]
    assert finder_old["parameters"] == ["owner"]
    assert "OldThing" not in old["components"]["schemas"]  # unreferenced, pruned
    assert "x-linkedin-since" not in str(new) and "x-spec-files" not in new
    assert new["paths"]["/things/{thingUrn}"]["parameters"][0]["schema"] == {
        "$ref": "#/components/schemas/ThingUrn"
    }


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    write_spec(tmp_path)
    (tmp_path / "things.yaml").write_text("paths:\n  /a: [\n", encoding="utf-8")
    [problem] = problems_of(tmp_path)
    assert problem.startswith("things.yaml: /: error: invalid YAML at line 3")


def test_dangling_ref(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    thing = files["things.yaml"]["components"]["schemas"]["Thing"]
    thing["properties"]["owner"] = {"$ref": "common.yaml#/components/schemas/OwnerUrn"}
    save(tmp_path, files)
    assert problems_of(tmp_path) == [
        "things.yaml: /components/schemas/Thing/properties/owner/$ref: error: "
        "dangling $ref 'common.yaml#/components/schemas/OwnerUrn': nothing there"
    ]


def test_local_ref_must_be_in_the_same_file(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    thing = files["things.yaml"]["components"]["schemas"]["Thing"]
    thing["properties"]["id"] = {"$ref": "#/components/schemas/ThingUrn"}
    save(tmp_path, files)
    [problem] = problems_of(tmp_path)
    assert "things.yaml: /components/schemas/Thing/properties/id/$ref" in problem
    assert "dangling $ref" in problem


def test_ref_to_node_missing_in_one_version(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    thing = files["things.yaml"]["components"]["schemas"]["Thing"]
    thing["properties"]["old"] = {"$ref": "#/components/schemas/OldThing"}
    files["things.yaml"]["components"]["schemas"]["OldThing"]["x-linkedin-until"] = "202311"
    thing["properties"]["old"]["x-linkedin-since"] = "202401"
    save(tmp_path, files)
    [problem] = problems_of(tmp_path, "202401")
    assert "things.yaml: /components/schemas/Thing/properties/old/$ref" in problem
    assert "not defined in version 202401" in problem


def test_since_later_than_until(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    label = files["things.yaml"]["components"]["schemas"]["Thing"]["properties"]["label"]
    label["x-linkedin-until"] = "202401"
    save(tmp_path, files)
    assert problems_of(tmp_path) == [
        "things.yaml: /components/schemas/Thing/properties/label: error: "
        "x-linkedin-since 202410 is later than x-linkedin-until 202401: the node is in no version"
    ]


def test_annotation_between_the_listed_versions(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    label = files["things.yaml"]["components"]["schemas"]["Thing"]["properties"]["label"]
    label["x-linkedin-since"] = 202402  # written unquoted: YAML reads a number
    label["x-linkedin-until"] = "202409"
    save(tmp_path, files)
    assert problems_of(tmp_path) == [
        "things.yaml: /components/schemas/Thing/properties/label: error: "
        "the range x-linkedin-since 202402 / x-linkedin-until 202409 holds none of the versions"
        " listed in versions.yaml (202311, 202401, 202410)"
    ]


@pytest.mark.parametrize(
    ("key", "month"), [("x-linkedin-since", "202501"), ("x-linkedin-until", "202306")]
)
def test_annotation_beyond_the_listed_versions_is_allowed(
    tmp_path: Path, key: str, month: str
) -> None:
    """A change LinkedIn made after the newest (or before the oldest) listed version is written
    with its real month; the node is simply in no generated version."""
    files = write_spec(tmp_path)
    label = files["things.yaml"]["components"]["schemas"]["Thing"]["properties"]["label"]
    label.pop("x-linkedin-since", None)
    label[key] = month
    save(tmp_path, files)
    for document in resolve_all(tmp_path).values():
        assert "label" not in document["components"]["schemas"]["Thing"]["properties"]


def test_malformed_version_annotation(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    label = files["things.yaml"]["components"]["schemas"]["Thing"]["properties"]["label"]
    label["x-linkedin-since"] = "2024-10"
    save(tmp_path, files)
    assert problems_of(tmp_path) == [
        "things.yaml: /components/schemas/Thing/properties/label/x-linkedin-since: error: "
        "x-linkedin-since '2024-10' is not YYYYMM"
    ]


def test_annotation_between_listed_versions_is_allowed(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    label = files["things.yaml"]["components"]["schemas"]["Thing"]["properties"]["label"]
    label["x-linkedin-since"] = "202405"  # a change in a version the spec does not generate
    save(tmp_path, files)
    assert "label" in resolve(tmp_path, "202410")["components"]["schemas"]["Thing"]["properties"]
    assert (
        "label" not in resolve(tmp_path, "202401")["components"]["schemas"]["Thing"]["properties"]
    )


def test_unknown_version_requested(tmp_path: Path) -> None:
    write_spec(tmp_path)
    assert problems_of(tmp_path, "202501") == [
        "versions.yaml: /versions: error: unknown version 202501; "
        "the spec has 202311, 202401, 202410"
    ]


def test_versions_file_must_be_ordered(tmp_path: Path) -> None:
    write_spec(tmp_path, versions=("202401", "202311"))
    assert problems_of(tmp_path) == [
        "versions.yaml: /versions: error: versions must be unique and listed oldest first"
    ]


def test_duplicate_operation_id(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    files["things.yaml"]["paths"]["/things/{thingUrn}"]["get"]["operationId"] = "findThings"
    save(tmp_path, files)
    problems = problems_of(tmp_path, "202410")
    assert problems == [
        "things.yaml: /paths/~1things~1{thingUrn}/get/operationId: error: "
        "duplicate operationId 'findThings' (also /paths/~1things/get/operationId)"
    ]


def test_method_without_response_schema(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    del files["things.yaml"]["paths"]["/things"]["get"]["x-restli-methods"][0]["response"]
    save(tmp_path, files)
    assert problems_of(tmp_path, "202410") == [
        "things.yaml: /paths/~1things/get/x-restli-methods/0: error: "
        "Rest.li method finder owner has no response schema"
    ]


def test_undefined_key(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    files["things.yaml"]["paths"]["/things/{thingUrn}"]["x-restli-key"] = "thingId"
    save(tmp_path, files)
    assert problems_of(tmp_path, "202410") == [
        "things.yaml: /paths/~1things~1{thingUrn}/x-restli-key: error: "
        "undefined key: 'thingId' is not a path parameter of /things/{thingUrn}"
    ]


def test_key_of_undefined_urn_type(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    del files["common.yaml"]["components"]["schemas"]["ThingUrn"]["x-urn-type"]
    save(tmp_path, files)
    assert problems_of(tmp_path, "202410") == [
        "things.yaml: /paths/~1things~1{thingUrn}/x-restli-key: error: "
        "undefined URN type: key schema '#/components/schemas/ThingUrn' has no x-urn-type"
    ]


def test_unknown_method_parameter(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    files["things.yaml"]["paths"]["/things"]["get"]["x-restli-methods"][0]["parameters"].append(
        "ownr"
    )
    save(tmp_path, files)
    assert problems_of(tmp_path) == [
        "things.yaml: /paths/~1things/get/x-restli-methods/0/parameters/2: error: "
        "method parameter 'ownr' is not a parameter of the operation"
    ]


def test_method_on_wrong_verb(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    files["things.yaml"]["paths"]["/things"]["get"]["x-restli-methods"][0]["method"] = "create"
    save(tmp_path, files)
    problems = problems_of(tmp_path, "202410")
    assert problems == [
        "things.yaml: /paths/~1things/get/x-restli-methods/0: error: "
        "Rest.li method create has no request schema",
        "things.yaml: /paths/~1things/get/x-restli-methods/0: error: "
        "create is carried by HTTP POST, not GET",
    ]


def test_component_defined_twice(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    files["things.yaml"]["components"]["schemas"]["ThingUrn"] = {"type": "string"}
    save(tmp_path, files)
    assert problems_of(tmp_path) == [
        "things.yaml: /components/schemas/ThingUrn: error: component also defined in common.yaml"
    ]


def test_openapi_validator_errors_are_located(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    owner = files["things.yaml"]["paths"]["/things"]["get"]["parameters"][1]
    owner["in"] = "body"
    save(tmp_path, files)
    problems = problems_of(tmp_path, "202410")
    assert problems and all(
        p.startswith("things.yaml: /paths/~1things: error: OpenAPI (202410)") for p in problems
    )
